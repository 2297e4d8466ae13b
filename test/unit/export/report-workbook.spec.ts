// Report workbooks and CSV, read back: the same numbers as the report, typed cells, headers in the
// UI language with units, frozen header, filter, notes on not-ready cells, a sheet saying what it is.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { reportCsvTable, writeCsvFile, writeReportWorkbook, writeXlsxFile } from '../../../src/main/export'
import type { AccountSummary } from '../../../src/shared/accounts'
import type { ReportView } from '../../../src/shared/dto'
import type { MetricRow, PortraitRow, RetentionRow, SourceGroupRow } from '../../../src/shared/report-data'
import { TREND_COLUMNS, type Locale, type ReportId } from '../../../src/shared/reports'
import { tempDir } from '../../support/temp'
import { readXlsx } from './readers'

const account: AccountSummary = {
  id: 'a',
  name: '=cmd|" /C calc"!A0',
  kind: 'authorizer',
  appId: 'sim-1',
  demo: true,
  baseUrl: 'http://simulator.invalid',
  notes: '',
  tags: [],
  secrets: { token: '••••1001' },
  tokenExpiresAt: null,
  health: { lastOkAt: null, lastError: null },
  needsAction: null
}
const base = { new_user_count: 1150, new_user_ratio: 78.02, old_user_count: 324, old_user_ratio: 21.98, user_count: 1474, session_count: 1570, average_session_time: 44, session_time_per_person: 47 }

function view<R extends ReportId>(report: R, variant: Record<string, string>, data: Partial<ReportView<R>['data']> & { rows: ReportView<R>['data']['rows'] }): ReportView<R> {
  return {
    accountId: 'a',
    report,
    variant,
    from: '20190414',
    to: '20190415',
    data: { report, timeSpan: '2019/04/14 - 2019/04/15', total: data.rows.length, sum: null, ...data },
    fetchedAt: Date.UTC(2019, 3, 16, 2),
    source: 'network',
    settled: true,
    staleBecause: null
  }
}

const trend = view('trend', { gran: 'day' }, {
  sum: { ...base, user_count: 2900, average_session_time: null },
  rows: [
    { name: '2019/04/15', values: { ...base } },
    { name: '2019/04/14', values: { ...base, user_count: 1580, old_user_ratio: null } }
  ] as MetricRow[]
})

const dir = tempDir()
let files = 0

async function readBack(v: ReportView, locale: Locale = 'zh-CN'): Promise<ExcelJS.Workbook> {
  const path = join(dir, `${files++}.xlsx`)
  await writeXlsxFile(path, (wb) => writeReportWorkbook(wb, { view: v, account, locale, generatedAt: Date.UTC(2019, 3, 16, 3) }, { used: new Set() }))
  return readXlsx(path)
}

/** The CSV file's bytes as text, the BOM kept. */
async function csvText(v: ReportView, locale: Locale): Promise<string> {
  const path = join(dir, `${files++}.csv`)
  await writeCsvFile(path, reportCsvTable(v, locale))
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(path))
}

describe('report workbook', () => {
  it('holds every value: counts as numbers, percents as fractions, days as dates', async () => {
    const sheet = (await readBack(trend)).worksheets[0]!
    expect(sheet.name).toBe('用户趋势·按天')
    expect(sheet.rowCount).toBe(3)
    ;(trend.data.rows as MetricRow[]).forEach((row, i) => {
      const cells = sheet.getRow(i + 2)
      expect((cells.getCell(1).value as Date).toISOString()).toBe(`${row.name.replaceAll('/', '-')}T00:00:00.000Z`)
      TREND_COLUMNS.forEach((c, j) => {
        const v = cells.getCell(j + 2).value
        const expected = row.values[c.key]!
        if (row.values[c.key] === null) expect(v).toBeNull()
        else if (c.unit === 'percent') expect((v as number) * 100).toBeCloseTo(expected, 10)
        else expect(v).toBe(expected)
      })
    })
  })

  it('formats header with units, number formats, frozen pane and filter; notes not-ready cells', async () => {
    const sheet = (await readBack(trend)).worksheets[0]!
    const headers = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(headers).toEqual(['时间', ...TREND_COLUMNS.map((c) => c.zh + (c.unit === 'percent' ? ' (%)' : c.unit === 'seconds' ? '（秒）' : ''))])
    const col = (key: string) => TREND_COLUMNS.findIndex((c) => c.key === key) + 2
    expect(sheet.getCell(2, col('user_count')).numFmt).toBe('#,##0')
    expect(sheet.getCell(2, col('new_user_ratio')).numFmt).toBe('0.00%')
    expect(sheet.getCell(2, 1).numFmt).toBe('yyyy-mm-dd')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBeTruthy()
    expect(sheet.getCell(3, col('old_user_ratio')).note).toBeTruthy()
    expect(sheet.getCell(2, col('old_user_ratio')).note).toBeUndefined()
  })

  it('names the account, variant, range and times on the About sheet, with the name neutralised', async () => {
    const about = (await readBack(trend, 'en')).getWorksheet('About')!
    const rows = new Map<string, unknown>()
    about.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value))
    expect(rows.get('Account')).toBe(`'${account.name}`)
    expect(rows.get('Variant')).toBe('By day')
    expect(rows.get('Date range')).toBe('2019-04-14 – 2019-04-15')
    expect(rows.get('Generated at')).toBe('2019-04-16 11:00 (UTC+8)')
    expect(rows.get('Active users')).toBe(2900)
    expect(rows.get('Avg. time per session')).toBeNull()
  })

  it('lays out retention periods as columns, percent for ratios', async () => {
    const v = view('retention', { gran: 'week', report_type: 'ratio' }, {
      rows: [{ name: '2019/04/01 - 2019/04/07', values: { active_user_count: 6625 }, periods: [{ n: 2, value: 10.58 }, { n: 3, value: null }] }] as RetentionRow[]
    })
    const sheet = (await readBack(v)).worksheets[0]!
    expect(sheet.name).toBe('活跃用户留存·留存率·按周')
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['时间', '活跃用户数', '第2周 (%)', '第3周 (%)'])
    expect(sheet.getCell(2, 1).value).toBe('2019/04/01 - 2019/04/07')
    expect((sheet.getCell(2, 3).value as number) * 100).toBeCloseTo(10.58)
    expect(sheet.getCell(2, 4).note).toBeTruthy()
  })

  it('writes source groups then their scenes, and portrait dimensions, in the reader’s language', async () => {
    const sources = view('sources', {}, {
      rows: [{ name: '广告', source: '39', values: { user_count: 10 }, scenes: [{ name: '原生', sceneId: '11010020', source: '39', apiName: '原生', values: { user_count: 9 } }] }] as SourceGroupRow[]
    })
    const s = (await readBack(sources, 'en')).worksheets[0]!
    // An empty text (a group has no scene ID) reads back as an empty cell.
    expect([s.getCell(2, 1).value, s.getCell(2, 2).value ?? '', s.getCell(3, 2).value, s.getCell(3, 3).value]).toEqual(['Advertising', '', '11010020', 'Native ads'])
    const portrait = view('portrait', {}, { rows: [{ dimension: 'sex', attributeId: '5167', name: '男', ratio: 13.24 }] as PortraitRow[] })
    const p = (await readBack(portrait)).worksheets[0]!
    expect([p.getCell(2, 1).value, p.getCell(2, 2).value]).toEqual(['性别', '男'])
    expect((p.getCell(2, 4).value as number) * 100).toBeCloseTo(13.24, 10)
  })
})

describe('report CSV', () => {
  it('starts with a BOM, has headers with units in the reader’s language, days as ISO dates, empty not-ready cells', async () => {
    const text = await csvText(trend, 'zh-CN')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const lines = text.slice(1).trim().split('\n')
    expect(lines[0]).toBe(['时间', ...TREND_COLUMNS.map((c) => c.zh + (c.unit === 'percent' ? ' (%)' : c.unit === 'seconds' ? '（秒）' : ''))].join(','))
    expect(lines[1]!.startsWith('2019-04-15,1474,1150,78.02,')).toBe(true)
    expect(lines[2]!.split(',')[5]).toBe('')
  })

  it('neutralises text that a spreadsheet would run', async () => {
    const pages = view('pages', {}, { rows: [{ name: '=HYPERLINK("x")', pageId: '1', path: '=HYPERLINK("http://evil")', alias: '@SUM(1)', values: { pv_count: 3 } }] as never })
    const text = await csvText(pages, 'en')
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`)
    expect(text).toContain("'@SUM(1)")
  })
})
