// Every tab and sub-view over the demo accounts in Chromium through the browser host: painted
// charts and filled tables, variants that change the data, each tab's workbook, the TP account's
// platform summary, and a whole-account export job that ends in a download.
import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../support/temp'
import { canvasPainted, startApp, tableRows, watchErrors, type RunningApp } from './support/app'
import { chromiumOrSkip, launchChromium, type LaunchedBrowser } from './support/chromium'

const executable = chromiumOrSkip()

/** What each app tab draws: its charts (each a box holding one canvas) and its tables. */
const APP_TABS: { id: string; charts: string[]; tables: string[] }[] = [
  { id: 'overview', charts: ['overview-kpi-user_count', 'overview-kpi-accumulative_user_count'], tables: ['overview-entry-pages', 'overview-visited-pages'] },
  { id: 'trend', charts: ['trend-chart'], tables: ['trend-table'] },
  { id: 'activity', charts: ['activity-chart-users', 'activity-chart-degrees', 'activity-chart-lost', 'activity-chart-cumulative'], tables: ['activity-table'] },
  { id: 'retention', charts: ['retention-chart'], tables: ['retention-table'] },
  { id: 'portrait', charts: ['portrait-chart-age', 'portrait-chart-sex', 'portrait-chart-interest'], tables: ['portrait-table-age', 'portrait-table-sex', 'portrait-table-interest'] },
  { id: 'region', charts: ['region-chart'], tables: ['region-table'] },
  { id: 'terminal', charts: ['terminal-chart'], tables: ['terminal-table'] },
  { id: 'pages', charts: ['pages-chart'], tables: ['pages-table'] },
  { id: 'habits', charts: ['habits-chart'], tables: ['habits-table'] },
  { id: 'sources', charts: ['sources-chart'], tables: ['sources-table'] }
]

/** Sub-views: the buttons of each variant switch, and the table that shows the difference. */
const SUB_VIEWS: { tab: string; table: string; buttons: string[] }[] = [
  { tab: 'trend', table: 'trend-table', buttons: ['gran-week', 'gran-month', 'gran-hour', 'gran-day'] },
  { tab: 'retention', table: 'retention-table', buttons: ['variant-ratio', 'variant-week', 'variant-count', 'variant-month', 'variant-day'] },
  { tab: 'terminal', table: 'terminal-table', buttons: ['variant-terminal_device', 'variant-terminal_os', 'variant-terminal_screen', 'variant-terminal_network', 'variant-terminal_brand'] },
  { tab: 'habits', table: 'habits-table', buttons: ['variant-time', 'variant-interval', 'variant-frequency', 'variant-depth'] }
]

describe.runIf(executable)('every tab end to end (Chromium, browser host)', () => {
  const dir = tempDir()
  let app: RunningApp
  let browser: LaunchedBrowser
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    app = await startApp(dir, { demoLatencyMs: 5, settings: { autoSyncOnOpen: false } })
    browser = await launchChromium(executable!)
    const context = await browser.browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1360, height: 900 } })
    page = await context.newPage()
    errors = watchErrors(page)
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${new URL(r.url()).pathname}`)
    })
    await page.goto(app.host.url)
    await page.waitForSelector('[data-testid="tab-overview"]')
  })

  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  async function show(tab: string): Promise<void> {
    await page.click(`[data-testid="tab-${tab}"]`)
    await page.waitForFunction((t) => document.querySelector(`[data-testid="panel-${t}"]`)?.getAttribute('data-state') === 'data', tab, { timeout: 20_000 })
  }

  async function expectPainted(testId: string): Promise<void> {
    await page.waitForSelector(`[data-testid="${testId}"] canvas`)
    await expect.poll(() => canvasPainted(page, `[data-testid="${testId}"]`, 200), { timeout: 10_000 }).toBe(true)
  }

  async function workbookOf(clickTestId: string): Promise<ExcelJS.Workbook> {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click(`[data-testid="${clickTestId}"]`)])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const path = join(dir, `${Date.now()}-${download.suggestedFilename()}`)
    await download.saveAs(path)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer)
    return wb
  }

  it('opens on the overview of the first demo app', async () => {
    expect(await page.getAttribute('[data-testid="tab-overview"]', 'aria-selected')).toBe('true')
    const tabs = await page.$$eval('[role="tab"]', (els) => els.map((e) => e.getAttribute('data-testid')))
    expect(tabs).toEqual(APP_TABS.map((t) => `tab-${t.id}`))
  })

  for (const tab of APP_TABS) {
    it(`${tab.id}: paints its charts, fills its tables and exports a workbook`, async () => {
      await show(tab.id)
      for (const chart of tab.charts) await expectPainted(chart)
      for (const table of tab.tables) expect((await tableRows(page, table)).length, table).toBeGreaterThan(0)
      expect(await page.textContent(`[data-testid="panel-${tab.id}"] [data-testid="as-of"]`)).toMatch(/\d{2}:\d{2}/)
      const wb = await workbookOf(`export-${tab.id}`)
      expect(wb.worksheets.length).toBeGreaterThanOrEqual(1)
      expect(wb.worksheets[0]!.rowCount).toBeGreaterThan(1)
    })
  }

  for (const sub of SUB_VIEWS) {
    it(`${sub.tab}: every sub-view renders its own data`, async () => {
      await show(sub.tab)
      const seen = [JSON.stringify(await tableRows(page, sub.table))]
      for (const button of sub.buttons) {
        await page.click(`[data-testid="${button}"]`)
        await expect.poll(async () => JSON.stringify(await tableRows(page, sub.table)), { timeout: 15_000 }).not.toBe(seen.at(-1))
        const rows = await tableRows(page, sub.table)
        expect(rows.length, button).toBeGreaterThan(0)
        seen.push(JSON.stringify(rows))
        await expectPainted(`${sub.tab === 'trend' ? 'trend' : sub.tab}-chart`)
      }
      // Each sub-view showed something of its own (the last button returns to the first view).
      expect(new Set(seen.slice(0, -1)).size).toBe(sub.buttons.length)
      expect(seen.at(-1)).toBe(seen[0])
    })
  }

  it('keeps every chart painted when a tab is shown again (kept alive, its canvases re-attached)', async () => {
    for (const tab of APP_TABS) {
      // Activated from the page itself (as a keyboard user or a script would), with no pointer
      // over the charts: nothing but the app may redraw them.
      await page.evaluate((id) => (document.querySelector(`[data-testid="tab-${id}"]`) as HTMLElement).click(), tab.id)
      await page.waitForFunction((t) => document.querySelector(`[data-testid="panel-${t}"]`)?.getAttribute('data-state') === 'data', tab.id)
      for (const chart of tab.charts) {
        await page.waitForSelector(`[data-testid="${chart}"] canvas`)
        await expect.poll(() => canvasPainted(page, `[data-testid="${chart}"]`, 200), { timeout: 3_000, message: `${tab.id} ${chart}` }).toBe(true)
      }
    }
  })

  it('terminal network rows carry three metrics; retention shows unreached periods as "--"', async () => {
    await show('terminal')
    await page.click('[data-testid="variant-terminal_network"]')
    await expect.poll(async () => (await tableRows(page, 'terminal-table'))[0]?.length).toBe(2 + 3)
    await page.click('[data-testid="variant-terminal_brand"]')

    await show('retention')
    const rows = await tableRows(page, 'retention-table')
    // The newest cohort cannot have come back yet: its periods are not available, not 0.
    expect(rows.at(-1)!.slice(2).every((c) => c === '--')).toBe(true)
  })

  it('trend: compares with the previous period and marks partial weeks', async () => {
    await show('trend')
    await page.click('[data-testid="compare-previous"]')
    await expect.poll(() => page.textContent('[data-testid="kpi-user_count"] [data-testid="change-compare"]'), { timeout: 15_000 }).toMatch(/[+−]?\d+\.\d%/)
    await expectPainted('trend-chart')
    await page.click('[data-testid="gran-week"]')
    // 30 days never make whole weeks at both ends.
    await expect.poll(() => page.locator('[data-testid="trend-table"] [data-testid="partial-bucket"]').count(), { timeout: 15_000 }).toBeGreaterThan(0)
    await page.click('[data-testid="compare-none"]')
    await page.click('[data-testid="gran-day"]')
  })

  it('sources expand into scenes; pages filter as one types', async () => {
    await show('sources')
    const groups = (await tableRows(page, 'sources-table')).length
    await page.click('[data-testid="rows-expand-all"]')
    expect((await tableRows(page, 'sources-table')).length).toBeGreaterThan(groups)
    await page.click('[data-testid="rows-collapse-all"]')
    expect((await tableRows(page, 'sources-table')).length).toBe(groups)

    await show('pages')
    const all = (await tableRows(page, 'pages-table')).length
    await page.fill('[data-testid="pages-search"]', 'order')
    await expect.poll(async () => (await tableRows(page, 'pages-table')).length).toBeLessThan(all)
    for (const row of await tableRows(page, 'pages-table')) expect(row[0]!.toLowerCase()).toContain('order')
    await page.fill('[data-testid="pages-search"]', '')
  })

  it('exports the whole account as a job that ends in a download', async () => {
    const wb = await workbookOf('export-all')
    // A summary sheet, then a sheet per report and variant cached for the range (every one viewed above).
    expect(wb.worksheets.length).toBeGreaterThan(10)
    await page.waitForSelector('[data-testid="export-job-result"]')
    expect(await page.textContent('[data-testid="export-job-result"]')).toContain('.xlsx')
    await page.click('[data-testid="export-job-close"]')
  })

  it('another demo app shows its own overview', async () => {
    await show('overview')
    const before = await page.textContent('[data-testid="overview-kpi-user_count"] [data-testid="kpi-value"]')
    await page.click('[data-testid="account-picker"]')
    await page.click('[data-testid="account-option"][data-account-id="demo-sim-1004"]')
    await expect.poll(() => page.textContent('[data-testid="overview-kpi-user_count"] [data-testid="kpi-value"]'), { timeout: 15_000 }).not.toBe(before)
    const users = Number((await page.textContent('[data-testid="overview-kpi-user_count"] [data-testid="kpi-value"]'))!.replace(/,/g, ''))
    // sim-1004 has hundreds of thousands of users a day.
    expect(users).toBeGreaterThan(50_000)
    await expectPainted('overview-kpi-user_count')
  })

  it('the TP demo account shows only its platform summary', async () => {
    await page.click('[data-testid="account-picker"]')
    await page.click('[data-testid="account-option"][data-account-id="demo-tp-01"]')
    await page.waitForFunction(() => document.querySelectorAll('[role="tab"]').length === 1)
    expect(await page.getAttribute('[data-testid="tab-tp"]', 'aria-selected')).toBe('true')
    await page.waitForFunction(() => document.querySelector('[data-testid="panel-tp"]')?.getAttribute('data-state') === 'data', undefined, { timeout: 20_000 })
    await expectPainted('tp-chart')
    expect((await tableRows(page, 'tp-table')).length).toBe(30)
    expect(await page.textContent('[data-testid="kpi-tp_day_session_count"]')).toMatch(/\d/)
    const wb = await workbookOf('export-tp')
    expect(wb.worksheets[0]!.rowCount).toBe(31)
  })

  it('logged no console errors (CSP violations included)', () => {
    expect(errors).toEqual([])
  })
})
