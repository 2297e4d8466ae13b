// The Overview tab's export carries what the Overview shows: yesterday's KPIs with their change
// against a day, a week and 30 days before (checked against the screen's own model), the top 10
// entry and visited pages, and the 30 days behind the sparklines; as CSV, the KPI table.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { ExportJobs, safeCellText, type ExportSource, type ExportTarget } from '../../../src/main/export'
import { silentLogger } from '../../../src/main/log'
import { addDays, beijingYesterday, toSlashDate } from '../../../src/shared/calendar'
import type { ExportFinished, ExportJobRequest } from '../../../src/shared/export-jobs'
import { overviewKpis, overviewRanges, topPages } from '../../../src/shared/overview'
import type { MetricRow, PageRow } from '../../../src/shared/report-data'
import { label, unitSuffix, type Locale } from '../../../src/shared/reports'
import { tempDir } from '../../support/temp'
import { fakeAccount, fakeSource, FAKE_NOW } from './fake-source'
import { readXlsx } from './readers'

const Y = beijingYesterday(FAKE_NOW)
const PAGES = 25
const base = fakeSource({ accounts: [fakeAccount('a', '小程序 A')], trend: ['a'], activity: ['a'], pages: { a: PAGES } })

/** Yesterday's new users are not ready yet ("--"), as often happens in the morning. */
const offline = ((query) => {
  const answer = base.reports.offline(query)
  if (!answer || query.report !== 'trend') return answer
  const rows = (answer.data.rows as MetricRow[]).map((r) => (r.name === toSlashDate(Y) ? { ...r, values: { ...r.values, new_user_count: null } } : r))
  return { ...answer, data: { ...answer.data, rows } }
}) as ExportSource['reports']['offline']
const source: ExportSource = { ...base, reports: { offline, get: async (query) => offline(query)! } as ExportSource['reports'] }

/** The rows the tab loads, as the screen gets them. */
async function screenRows() {
  const { series, pages } = overviewRanges(Y)
  const get = (report: 'trend' | 'activity' | 'pages', range: { from: string; to: string }, variant: Record<string, string> = {}) =>
    source.reports.get({ accountId: 'a', report, variant, ...range })
  return {
    trend: (await get('trend', series, { gran: 'day' })).data.rows as MetricRow[],
    activity: (await get('activity', series)).data.rows as MetricRow[],
    pages: (await get('pages', pages)).data.rows as PageRow[]
  }
}

async function exportOverview(format: 'xlsx' | 'csv', locale: Locale): Promise<string> {
  const path = join(tempDir(), `overview.${format}`)
  const host = { saveExport: async () => ({ status: 'cancelled' as const }), prepareExport: async (): Promise<ExportTarget> => ({ path, done: async () => ({ status: 'saved', fileName: 'overview' }), discard: async () => undefined }) }
  const jobs = new ExportJobs({ source, host, logger: silentLogger })
  const request: ExportJobRequest = { kind: 'overview', accountId: 'a', day: Y, format, locale }
  const finished: ExportFinished = await jobs.finished(jobs.start(request, () => undefined))!
  expect(finished).toMatchObject({ result: { status: 'saved' }, error: null })
  return path
}

/** A row's cells across the sheet's columns (empty ones as null). */
const values = (sheet: ExcelJS.Worksheet, row: number): unknown[] => Array.from({ length: sheet.columnCount }, (_, i) => sheet.getRow(row).getCell(i + 1).value ?? null)

describe('the overview export', () => {
  it("has yesterday's KPIs and their changes exactly as the screen computes them", async () => {
    const wb = await readXlsx(await exportOverview('xlsx', 'en'))
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Overview', 'Top 10 entry pages', 'Top 10 visited pages', 'Last 30 days', 'About'])
    const sheet = wb.getWorksheet('Overview')!
    const iso = `${Y.slice(0, 4)}-${Y.slice(4, 6)}-${Y.slice(6)}`
    expect(values(sheet, 1)).toEqual(['Metric', `Yesterday (${iso})`, 'vs. day before (%)', 'vs. a week before (%)', 'vs. 30 days before (%)'])

    const rows = await screenRows()
    const kpis = overviewKpis(rows.trend, rows.activity, Y)
    expect(sheet.rowCount).toBe(kpis.length + 1)
    kpis.forEach((k, i) => {
      const row = sheet.getRow(i + 2)
      expect(row.getCell(1).value).toBe(label(k.column, 'en') + unitSuffix(k.column.unit, 'en'))
      expect(row.getCell(2).value).toBe(k.value)
      k.changes.forEach((c, j) => {
        const cell = row.getCell(3 + j)
        if (c.value === null) expect(cell.value).toBeNull()
        else expect((cell.value as number) * 100).toBeCloseTo(c.value, 9)
        expect(cell.numFmt).toBe('0.00%')
      })
    })
    // The fixture's numbers move from day to day: real changes, not a column of blanks.
    expect(kpis.flatMap((k) => k.changes).filter((c) => c.value !== null).length).toBeGreaterThan(10)
    // Not ready yesterday: empty with a note, and so are its changes.
    const fresh = 2 + kpis.findIndex((k) => k.column.key === 'new_user_count')
    expect(values(sheet, fresh).slice(1)).toEqual([null, null, null, null])
    expect(String(sheet.getRow(fresh).getCell(2).note)).toMatch(/Not available yet/)
  })

  it('ranks only the top 10 entry and visited pages of the last 7 days, with their shares', async () => {
    const wb = await readXlsx(await exportOverview('xlsx', 'zh-CN'))
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概况', '入口页 Top 10', '受访页 Top 10', '近 30 天', '说明'])
    const { pages } = await screenRows()
    expect(pages).toHaveLength(PAGES)
    for (const [name, key] of [['入口页 Top 10', 'entry_count'], ['受访页 Top 10', 'pv_count']] as const) {
      const sheet = wb.getWorksheet(name)!
      const top = topPages(pages, key)
      expect(top).toHaveLength(10)
      expect(sheet.rowCount).toBe(11)
      expect(values(sheet, 1)).toEqual(['排名', '页面', '页面路径', key === 'pv_count' ? '访问次数' : '入口页次数', '占比 (%)'])
      top.forEach((p, i) => {
        const [rank, page, path, value, share] = values(sheet, i + 2)
        expect([rank, page, path, value]).toEqual([p.rank, safeCellText(p.name), safeCellText(p.path), p.value])
        expect((share as number) * 100).toBeCloseTo(p.share!, 9)
      })
    }
    const about = wb.getWorksheet('说明')!
    const pagesRange = overviewRanges(Y).pages
    expect(about.getColumn(2).values).toContain(`${pagesRange.from.slice(0, 4)}-${pagesRange.from.slice(4, 6)}-${pagesRange.from.slice(6)} – ${Y.slice(0, 4)}-${Y.slice(4, 6)}-${Y.slice(6)}`)
  })

  it('has the 30 days behind the sparklines, newest first', async () => {
    const wb = await readXlsx(await exportOverview('xlsx', 'en'))
    const sheet = wb.getWorksheet('Last 30 days')!
    const rows = await screenRows()
    const kpis = overviewKpis(rows.trend, rows.activity, Y)
    expect(sheet.rowCount).toBe(31)
    expect(values(sheet, 1)).toEqual(['Date', ...kpis.map((k) => label(k.column, 'en') + unitSuffix(k.column.unit, 'en'))])
    const day = (n: number) => (sheet.getRow(n).getCell(1).value as Date).toISOString().slice(0, 10).replace(/-/g, '')
    expect([day(2), day(31)]).toEqual([Y, addDays(Y, -29)])
    expect(values(sheet, 2).slice(1)).toEqual(kpis.map((k) => k.spark.at(-1)))
  })

  it('as CSV, is the KPI table (with a BOM, changes in % as on screen)', async () => {
    const text = readFileSync(await exportOverview('csv', 'zh-CN'), 'utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const lines = text.slice(1).trimEnd().split('\n')
    const rows = await screenRows()
    const kpis = overviewKpis(rows.trend, rows.activity, Y)
    expect(lines).toHaveLength(kpis.length + 1)
    expect(lines[0]).toBe(`指标,昨日（${Y.slice(0, 4)}-${Y.slice(4, 6)}-${Y.slice(6)}）,较前一天 (%),较上周同日 (%),较 30 天前 (%)`)
    kpis.forEach((k, i) => {
      const cells = lines[i + 1]!.split(',')
      expect(cells[0]).toBe(label(k.column, 'zh-CN') + unitSuffix(k.column.unit, 'zh-CN'))
      expect(cells[1]).toBe(k.value === null ? '' : String(k.value))
      expect(cells.slice(2).map((c) => (c === '' ? null : Number(c)))).toEqual(k.changes.map((c) => c.value))
    })
  })
})
