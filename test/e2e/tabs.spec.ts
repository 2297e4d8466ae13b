// Every tab and sub-view over the demo accounts in Chromium through the browser host: painted
// charts and filled tables, variants that change the data, each tab's workbook, the TP account's
// platform summary, and a whole-account export job that ends in a download.
import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../support/temp'
import { canvasPainted, openInChromium, paintedPixels, tableRows, type AppInChromium } from './support/app'
import { chromiumOrSkip } from './support/chromium'
import { APP_TABS, expectPainted as painted, newRows, pickAccount, showTab, showTpAccount, SUB_VIEWS, waitForData } from './support/tabs'

const executable = chromiumOrSkip()

describe.runIf(executable)('every tab end to end (Chromium, browser host)', () => {
  const dir = tempDir()
  let session: AppInChromium
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    session = await openInChromium(executable!, dir, { demoLatencyMs: 5, settings: { autoSyncOnOpen: false } }, { acceptDownloads: true })
    ;({ page, errors } = session)
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${new URL(r.url()).pathname}`)
    })
    await page.goto(session.app.host.url)
    await page.waitForSelector('[data-testid="tab-overview"]')
  })

  afterAll(() => session?.close())

  const show = (tab: string): Promise<void> => showTab(page, tab)
  const expectPainted = (testId: string): Promise<void> => painted(page, testId)

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
        seen.push(JSON.stringify(await newRows(page, sub.table, seen.at(-1)!, button)))
        await expectPainted(sub.chart)
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
      await waitForData(page, tab.id)
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

  it('trend: compares with the same period a year before, as a % on every KPI card and a second line', async () => {
    await show('trend')
    const changes = page.locator('[data-testid="panel-trend"] .kpi [data-testid="change-compare"]')
    expect(await changes.count()).toBe(0)
    const alone = await paintedPixels(page, '[data-testid="trend-chart"]')
    await page.click('[data-testid="compare-year"]')
    const cards = await page.locator('[data-testid="panel-trend"] .kpi').count()
    await expect.poll(() => changes.count(), { timeout: 15_000 }).toBe(cards)
    await expect.poll(() => page.textContent('[data-testid="kpi-user_count"] [data-testid="change-compare"]'), { timeout: 15_000 }).toMatch(/^较去年同期[+−]?\d+\.\d%$/)
    const yearOnYear = await changes.allTextContents()
    // The plotted metrics each gain a dashed line for the year before: far more ink on the canvas.
    await expect.poll(() => paintedPixels(page, '[data-testid="trend-chart"]'), { timeout: 10_000 }).toBeGreaterThan(alone * 1.3)

    // A year before is not the previous period: other days, other numbers.
    await page.click('[data-testid="compare-previous"]')
    await expect.poll(() => page.textContent('[data-testid="kpi-user_count"] [data-testid="change-compare"]'), { timeout: 15_000 }).toMatch(/^较上一周期[+−]?\d+\.\d%$/)
    expect((await changes.allTextContents()).map((t) => t.replace('较上一周期', ''))).not.toEqual(yearOnYear.map((t) => t.replace('较去年同期', '')))

    await page.click('[data-testid="compare-none"]')
    await expect.poll(() => changes.count()).toBe(0)
  })

  it('retention: ratio by month shows percentages of its own, unreached months as "--"', async () => {
    await show('retention')
    // 90 days hold month cohorts old enough to have come back in a later month.
    await page.click('[data-testid="range-preset-last90"]')
    await page.click('[data-testid="variant-month"]')
    await expect.poll(async () => (await page.textContent('[data-testid="retention-table"] thead')) ?? '', { timeout: 15_000 }).toContain('第2月')
    await waitForData(page, 'retention')
    const counts = await tableRows(page, 'retention-table')
    await page.click('[data-testid="variant-ratio"]')
    const ratios = await newRows(page, 'retention-table', JSON.stringify(counts))
    expect(ratios.length).toBe(counts.length)
    expect(await page.textContent('[data-testid="retention-table"] thead')).toContain('第2月')
    const periods = ratios.flatMap((r) => r.slice(2))
    // Rates with two decimals, never above 100; the newest cohort has not had a second month yet.
    const reached = periods.filter((c) => c !== '--')
    expect(reached.length).toBeGreaterThan(0)
    for (const c of reached) {
      expect(c).toMatch(/^\d{1,3}\.\d{2}$/)
      expect(Number(c)).toBeLessThanOrEqual(100)
    }
    expect(ratios.at(-1)!.slice(2).every((c) => c === '--')).toBe(true)
    await expectPainted('retention-chart')
    await page.click('[data-testid="variant-count"]')
    await page.click('[data-testid="variant-day"]')
    await page.click('[data-testid="range-preset-last30"]')
    await expect.poll(async () => (await page.textContent('[data-testid="retention-table"] thead')) ?? '', { timeout: 15_000 }).toContain('第2天')
    await waitForData(page, 'retention')
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
    await pickAccount(page, 'demo-sim-1004')
    await expect.poll(() => page.textContent('[data-testid="overview-kpi-user_count"] [data-testid="kpi-value"]'), { timeout: 15_000 }).not.toBe(before)
    const users = Number((await page.textContent('[data-testid="overview-kpi-user_count"] [data-testid="kpi-value"]'))!.replace(/,/g, ''))
    // sim-1004 has hundreds of thousands of users a day.
    expect(users).toBeGreaterThan(50_000)
    await expectPainted('overview-kpi-user_count')
  })

  it('the TP demo account shows only its platform summary', async () => {
    await showTpAccount(page)
    expect(await page.getAttribute('[data-testid="tab-tp"]', 'aria-selected')).toBe('true')
    expect((await tableRows(page, 'tp-table')).length).toBe(30)
    expect(await page.textContent('[data-testid="kpi-tp_day_session_count"]')).toMatch(/\d/)
    const wb = await workbookOf('export-tp')
    expect(wb.worksheets[0]!.rowCount).toBe(31)
  })

  it('logged no console errors (CSP violations included)', () => {
    expect(errors).toEqual([])
  })
})
