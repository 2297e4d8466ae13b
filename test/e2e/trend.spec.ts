// The demo account's trend report in Chromium through the browser host, as a user drives it.
import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { presetRange } from '../../src/shared/calendar'
import type { MetricRow } from '../../src/shared/report-data'
import { TREND_COLUMNS } from '../../src/shared/reports'
import { tempDir } from '../support/temp'
import { canvasPainted, startApp, tableRows, watchErrors, type RunningApp } from './support/app'
import { chromiumOrSkip, launchChromium, type LaunchedBrowser } from './support/chromium'

const executable = chromiumOrSkip()

describe.runIf(executable)('trend tab end to end (Chromium, browser host)', () => {
  const dir = tempDir()
  let app: RunningApp
  let browser: LaunchedBrowser
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    app = await startApp(dir, { demoLatencyMs: 30 })
    browser = await launchChromium(executable!)
    const context = await browser.browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1360, height: 900 } })
    page = await context.newPage()
    errors = watchErrors(page)
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${new URL(r.url()).pathname}`)
    })
    await page.goto(app.host.url)
  })

  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  it('opens on the demo account with the key removed from the address bar', async () => {
    await page.waitForSelector('[data-testid="tab-trend"]')
    // The app opens on the overview; the rest of this file is about the trend tab.
    await page.click('[data-testid="tab-trend"]')
    expect(page.url()).not.toContain('k=')
    const account = await page.textContent('[data-testid="account-picker"]')
    expect(account).toContain(app.core.accounts.list()[0]!.name)
  })

  it('paints the trend chart and fills the table for the last 30 days', async () => {
    await page.waitForSelector('[data-testid="trend-table"] tbody tr')
    await page.waitForFunction(() => document.querySelector('[data-testid="trend-chart"] canvas') !== null)
    await expect.poll(() => canvasPainted(page, '[data-testid="trend-chart"]'), { timeout: 10_000 }).toBe(true)
    const rows = await tableRows(page, 'trend-table')
    expect(rows).toHaveLength(30)
    const last30 = presetRange('last30')!
    expect(rows[0]![0]).toContain(`${last30.to.slice(0, 4)}/${last30.to.slice(4, 6)}/${last30.to.slice(6)}`)
    expect(await page.textContent('[data-testid="as-of"]')).toMatch(/\d{2}:\d{2}/)
    const kpi = await page.textContent('[data-testid="kpi-user_count"]')
    expect(kpi).toMatch(/\d/)
  })

  it('switching gran changes the data', async () => {
    const firstCell = async () => (await tableRows(page, 'trend-table'))[0]?.[0] ?? ''
    const daily = await tableRows(page, 'trend-table')
    await page.click('[data-testid="gran-week"]')
    await expect.poll(firstCell, { timeout: 10_000 }).toMatch(/^\d{4}\/\d{2}\/\d{2} - \d{4}\/\d{2}\/\d{2}$/)
    const weekly = await tableRows(page, 'trend-table')
    expect(weekly.length).toBeGreaterThanOrEqual(5)
    expect(weekly.length).toBeLessThan(daily.length)
    expect(weekly.map((r) => r.slice(1))).not.toEqual(daily.slice(0, weekly.length).map((r) => r.slice(1)))
    await expect.poll(() => canvasPainted(page, '[data-testid="trend-chart"]'), { timeout: 10_000 }).toBe(true)

    await page.click('[data-testid="gran-hour"]')
    await expect.poll(firstCell, { timeout: 10_000 }).toBe('00:00 - 00:59')
    expect(await tableRows(page, 'trend-table')).toHaveLength(24)
    await page.click('[data-testid="gran-week"]')
    await expect.poll(firstCell, { timeout: 10_000 }).toMatch(/ - /)
  })

  it('exports a workbook that reads back with the same numbers', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-trend"]')])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const path = join(dir, download.suggestedFilename())
    await download.saveAs(path)

    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer)
    const sheet = wb.worksheets[0]!
    const range = presetRange('last30')!
    const account = app.core.accounts.list()[0]!
    const report = await app.core.reports.get({ accountId: account.id, report: 'trend', variant: { gran: 'week' }, ...range })
    expect(report.source).toBe('cache')
    const rows = report.data.rows as MetricRow[]
    expect(sheet.rowCount).toBe(rows.length + 1)
    rows.forEach((row, i) => {
      const cells = sheet.getRow(i + 2)
      expect(cells.getCell(1).value).toBe(row.name)
      TREND_COLUMNS.forEach((c, j) => {
        const v = cells.getCell(j + 2).value as number
        if (c.unit === 'percent') expect(v * 100).toBeCloseTo(row.values[c.key]!, 8)
        else expect(v).toBe(row.values[c.key])
      })
    })
    // And the table on screen shows the same first row.
    const screen = (await tableRows(page, 'trend-table'))[0]!
    expect(screen[0]).toBe(rows[0]!.name)
  })

  it('switches to English and back', async () => {
    await page.click('[data-testid="locale-switch"]')
    await expect.poll(() => page.textContent('[data-testid="tab-trend"]')).toContain('User trend')
    await page.click('[data-testid="locale-switch"]')
    await expect.poll(() => page.textContent('[data-testid="tab-trend"]')).toContain('用户趋势')
  })

  it('logged no console errors (CSP violations included)', () => {
    expect(errors).toEqual([])
  })
})
