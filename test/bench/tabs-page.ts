// What the tabs benchmark runs in the page: one switch (a tab, a sub-view button, an account),
// timed with performance marks from the click to the frame where the panel's tables have rows
// and every chart canvas is painted.
import type { Page } from 'playwright-core'
import { toIsoDate, type Day } from '../../src/shared/calendar'

export interface Switch {
  /** The panel that must end up painted: `panel-<id>`. */
  panel: string
  /** What to click; looked up inside the panel when `within` is set, else in the document. */
  click: string
  within?: boolean
  /**
   * The panel's tables and KPI cards must read differently from before the click: a sub-view
   * switch keeps the panel on screen, so "painted" alone would be true at once.
   */
  changed?: boolean
  /** A JavaScript expression over `panel` that must also hold (e.g. the comparison has arrived). */
  until?: string
}

// Plain JavaScript text: the bundler's helpers do not exist in the page.
const MEASURE_IN_PAGE = `async (o, until) => {
  const painted = (canvas) => {
    if (canvas.width === 0 || canvas.height === 0) return false
    // A 48×24 copy is enough to see ink and costs far less than reading every pixel.
    const probe = document.createElement('canvas')
    probe.width = 48
    probe.height = 24
    const ctx = probe.getContext('2d')
    ctx.drawImage(canvas, 0, 0, probe.width, probe.height)
    const data = ctx.getImageData(0, 0, probe.width, probe.height).data
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true
    return false
  }
  const panelOf = () => document.querySelector('[data-testid="panel-' + o.panel + '"]')
  const signature = () => {
    const panel = panelOf()
    return panel ? [...panel.querySelectorAll('.el-table, .kpi')].map((e) => e.textContent).join('|') : ''
  }
  const before = o.changed ? signature() : null
  const ready = () => {
    const panel = panelOf()
    if (!panel || panel.getAttribute('data-state') !== 'data') return false
    const tables = [...panel.querySelectorAll('.el-table')]
    if (tables.length === 0 || tables.some((t) => t.querySelector('.el-table__body-wrapper tbody tr') === null)) return false
    const canvases = [...panel.querySelectorAll('canvas')]
    if (canvases.length === 0 || !canvases.every(painted)) return false
    if (before !== null && signature() === before) return false
    return !until || until(panel)
  }
  const scope = o.within ? panelOf() : document
  const target = scope && scope.querySelector(o.click)
  if (!target) throw new Error('nothing to click: ' + o.click + (o.within ? ' in panel-' + o.panel : ''))
  performance.clearMarks()
  performance.clearMeasures()
  performance.mark('switch')
  target.click()
  await new Promise((resolve, reject) => {
    const deadline = performance.now() + 30000
    const check = () => {
      if (ready()) return resolve()
      if (performance.now() > deadline) {
        const panel = panelOf()
        const canvases = panel ? [...panel.querySelectorAll('canvas')].map((c) => c.width + 'x' + c.height + (painted(c) ? ' painted' : ' blank')) : []
        return reject(new Error(o.click + ': panel-' + o.panel + ' never finished: ' + (panel && panel.getAttribute('data-state')) + ' ' + canvases.join(',')))
      }
      requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
  performance.mark('painted')
  return performance.measure(o.click, 'switch', 'painted').duration
}`

/** Runs one switch in the page; its time in ms, click to painted. */
export function measureSwitch(page: Page, s: Switch): Promise<number> {
  const until = s.until ? `(panel) => (${s.until})` : 'null'
  return page.evaluate(`(${MEASURE_IN_PAGE})(${JSON.stringify(s)}, ${until})`) as Promise<number>
}

/** Clicks the app tab and times it until its panel is painted. */
export function switchTab(page: Page, tab: string): Promise<number> {
  return measureSwitch(page, { panel: tab, click: `[data-testid="tab-${tab}"]` })
}

/** Types the range into the header's date picker, as a user would, and waits for its day count. */
export async function setRange(page: Page, from: Day, to: Day, days: number): Promise<void> {
  const inputs = page.locator('[data-testid="range-picker"] input')
  await inputs.nth(0).fill(toIsoDate(from))
  await inputs.nth(1).fill(toIsoDate(to))
  await inputs.nth(1).press('Enter')
  await page.keyboard.press('Escape')
  await page.waitForFunction(`document.querySelector('.range-control__days')?.textContent?.includes('${days}')`)
}

/** Opens the header's account picker, then times choosing the account until `panel` is painted. */
export async function switchAccount(page: Page, accountId: string, panel: string): Promise<number> {
  const option = `[data-testid="account-option"][data-account-id="${accountId}"]`
  await page.click('[data-testid="account-picker"]')
  await page.waitForSelector(option, { state: 'visible' })
  return measureSwitch(page, { panel, click: option })
}
