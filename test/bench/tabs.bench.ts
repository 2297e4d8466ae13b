// Tab switches in Chromium against the browser host, with a cache holding 3 years of the demo
// account's reports and the header set to those 3 years (a trend of 1,095 days, as many cohorts).
// Measured in the page with performance marks: from the click on a tab to the frame where its
// tables have rows and every chart canvas is painted. First visits (the tab mounts, its data comes
// from the cache over HTTP) and returns (kept-alive tabs) are shown apart and together.
// Goal: median of all switches ≤ 100 ms.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { createCore } from '../../src/main/core'
import { silentLogger } from '../../src/main/log'
import { startWebHost } from '../../src/main/web'
import { addDays, beijingYesterday, toIsoDate } from '../../src/shared/calendar'
import { findChromium, launchChromium } from '../e2e/support/chromium'
import { median, percentile, printTable } from './stats'

const GOAL_MS = 100
const YEARS_DAYS = 3 * 365
const ROUNDS = 3
const APP_TABS = ['overview', 'trend', 'activity', 'retention', 'portrait', 'region', 'terminal', 'pages', 'habits', 'sources'] as const

// In the page: click the tab, then wait frame by frame until its tables have rows and every chart
// canvas has ink. Plain JavaScript text: the bundler's helpers do not exist in the page.
const SWITCH_IN_PAGE = `async (id) => {
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
  const ready = () => {
    const panel = document.querySelector('[data-testid="panel-' + id + '"]')
    if (!panel || panel.getAttribute('data-state') !== 'data') return false
    const tables = [...panel.querySelectorAll('.el-table')]
    if (tables.length === 0 || tables.some((t) => t.querySelector('.el-table__body-wrapper tbody tr') === null)) return false
    const canvases = [...panel.querySelectorAll('canvas')]
    return canvases.length > 0 && canvases.every(painted)
  }
  performance.clearMarks()
  performance.clearMeasures()
  performance.mark('switch')
  document.querySelector('[data-testid="tab-' + id + '"]').click()
  await new Promise((resolve, reject) => {
    const deadline = performance.now() + 30000
    const check = () => {
      if (ready()) return resolve()
      if (performance.now() > deadline) {
        const panel = document.querySelector('[data-testid="panel-' + id + '"]')
        const canvases = panel ? [...panel.querySelectorAll('canvas')].map((c) => c.width + 'x' + c.height + (painted(c) ? ' painted' : ' blank')) : []
        return reject(new Error('tab ' + id + ' never finished: ' + (panel && panel.getAttribute('data-state')) + ' ' + canvases.join(',')))
      }
      requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
  performance.mark('painted')
  return performance.measure('tab-' + id, 'switch', 'painted').duration
}`

function switchTab(page: Page, tab: string): Promise<number> {
  return page.evaluate(`(${SWITCH_IN_PAGE})(${JSON.stringify(tab)})`) as Promise<number>
}

/** Types the range into the header's date picker, as a user would. */
async function setRange(page: Page, from: string, to: string): Promise<void> {
  const inputs = page.locator('[data-testid="range-picker"] input')
  await inputs.nth(0).fill(toIsoDate(from))
  await inputs.nth(1).fill(toIsoDate(to))
  await inputs.nth(1).press('Enter')
  await page.keyboard.press('Escape')
  await page.waitForFunction(`document.querySelector('.range-control__days')?.textContent?.includes('${YEARS_DAYS}')`)
}

export async function tabsBench(): Promise<boolean> {
  const executable = findChromium()
  if (!executable) {
    console.log('\nTabs: no Chromium found (set CHROMIUM_PATH): skipped.')
    return false
  }
  const rendererDir = resolve(__dirname, '../../out/renderer')
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('out/renderer is missing: run `npx electron-vite build` first.')
  const dir = mkdtempSync(join(tmpdir(), 'swanboard-tabs-bench-'))
  const core = createCore({
    dbPath: join(dir, 'swanboard.db'),
    logger: silentLogger,
    settings: { autoSyncOnOpen: false, accountRequestsPerSecond: 200, accountConcurrency: 8, globalConcurrency: 8 }
  })
  const host = await startWebHost({ core, rendererDir })
  let browser: Awaited<ReturnType<typeof launchChromium>> | null = null
  try {
    const accountId = core.accounts.list()[0]!.id
    const to = beijingYesterday()
    const from = addDays(to, -(YEARS_DAYS - 1))
    // Fill the cache: every report of the account over 3 years, and the overview's own ranges.
    const t0 = performance.now()
    const full = await core.sync.start({ accounts: [accountId], from, to }).done
    await core.sync.start({ accounts: [accountId], reports: ['trend', 'activity'], from: addDays(to, -30), to }).done
    await core.sync.start({ accounts: [accountId], reports: ['pages'], from: addDays(to, -6), to }).done
    if (full.errors.length) throw new Error(`sync errors: ${JSON.stringify(full.errors.slice(0, 3))}`)
    const syncMs = performance.now() - t0
    browser = await launchChromium(executable)

    const page = await (await browser.browser.newContext({ locale: 'zh-CN', viewport: { width: 1360, height: 900 } })).newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(host.url)
    await page.waitForSelector('[data-testid="panel-overview"][data-state="data"]')
    await setRange(page, from, to)

    const first: number[] = []
    const back: number[] = []
    const perTab = new Map<string, number[]>()
    let trendRows = 0
    // The page opened on the overview; every other tab's first visit is in round 0.
    const order = [...APP_TABS.slice(1), 'overview']
    for (let round = 0; round < ROUNDS; round++) {
      for (const tab of order) {
        const ms = await switchTab(page, tab)
        if (tab === 'trend' && round === 0) trendRows = await page.$$eval('[data-testid="trend-table"] .el-table__body-wrapper tbody tr', (r) => r.length)
        const firstVisit = round === 0 && tab !== 'overview'
        ;(firstVisit ? first : back).push(ms)
        perTab.set(tab, [...(perTab.get(tab) ?? []), ms])
      }
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`)

    const all = [...first, ...back]
    const ok = median(all) <= GOAL_MS
    printTable(
      `Tabs: switch → painted charts and table, Chromium, cache of ${YEARS_DAYS} days (sync ${Math.round(syncMs)} ms, ${full.snapshots} snapshots; trend table: ${trendRows} rows a page)`,
      ['switches', 'n', 'median ms', 'p95 ms', 'max ms', `goal median ≤ ${GOAL_MS}`],
      [
        ['first visit (mount + data from cache)', first.length, median(first), percentile(first, 95), Math.max(...first), median(first) <= GOAL_MS ? 'yes' : 'no'],
        ['return (kept alive)', back.length, median(back), percentile(back, 95), Math.max(...back), median(back) <= GOAL_MS ? 'yes' : 'no'],
        ['all', all.length, median(all), percentile(all, 95), Math.max(...all), ok ? 'yes' : 'NO']
      ]
    )
    printTable('Tabs: per tab (first visit, then returns)', ['tab', 'ms'], [...perTab].map(([tab, ms]) => [tab, ms.map((m) => Math.round(m)).join(' / ')]))
    return ok
  } finally {
    await browser?.close()
    await host.close()
    core.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
