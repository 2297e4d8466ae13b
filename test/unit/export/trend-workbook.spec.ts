// The trend workbook, read back: same numbers as the report, typed cells, header, filter, notes.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { buildTrendWorkbook } from '../../../src/main/export'
import type { AccountSummary, TrendReport } from '../../../src/shared/dto'
import { TREND_COLUMNS } from '../../../src/shared/reports'

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
const report: TrendReport = {
  accountId: 'a',
  gran: 'day',
  from: '20190414',
  to: '20190415',
  timeSpan: '2019/04/14 - 2019/04/15',
  total: 2,
  sum: { ...base, user_count: 2900, average_session_time: null },
  rows: [
    { name: '2019/04/15', ...base },
    { name: '2019/04/14', ...base, user_count: 1580, old_user_ratio: null }
  ],
  fetchedAt: Date.UTC(2019, 3, 16, 2),
  source: 'network',
  settled: true,
  staleBecause: null
}

async function roundTrip(r: TrendReport, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<ExcelJS.Workbook> {
  const buffer = await buildTrendWorkbook({ report: r, account, locale, generatedAt: Date.UTC(2019, 3, 16, 3) }).xlsx.writeBuffer()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(buffer as ArrayBuffer)
  return wb
}

describe('trend workbook', () => {
  it('holds every cached value: counts as numbers, percents as fractions, days as dates', async () => {
    const sheet = (await roundTrip(report)).worksheets[0]!
    expect(sheet.name).toBe('用户趋势')
    expect(sheet.rowCount).toBe(3)
    report.rows.forEach((row, i) => {
      const cells = sheet.getRow(i + 2)
      expect((cells.getCell(1).value as Date).toISOString()).toBe(`${row.name.replaceAll('/', '-')}T00:00:00.000Z`)
      TREND_COLUMNS.forEach((c, j) => {
        const v = cells.getCell(j + 2).value
        const expected = row[c.key]
        if (expected === null) expect(v).toBeNull()
        else if (c.unit === 'percent') expect((v as number) * 100).toBeCloseTo(expected, 10)
        else expect(v).toBe(expected)
      })
    })
  })

  it('formats header, number formats, frozen pane and filter; notes not-ready cells', async () => {
    const sheet = (await roundTrip(report)).worksheets[0]!
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
    for (let c = 1; c <= TREND_COLUMNS.length + 1; c++) expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(8)
  })

  it('names the account, range and times on the About sheet, with the name neutralised', async () => {
    const about = (await roundTrip(report, 'en')).getWorksheet('About')!
    const rows = new Map<string, unknown>()
    about.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value))
    expect(rows.get('Account')).toBe(`'${account.name}`)
    expect(rows.get('Date range')).toBe('2019-04-14 – 2019-04-15')
    expect(rows.get('Generated at')).toBe('2019-04-16 11:00 (UTC+8)')
    expect(rows.get('Data fetched at')).toBe('2019-04-16 10:00 (UTC+8)')
    expect(rows.get('Active users')).toBe(2900)
    expect(rows.get('Avg. time per session')).toBeNull()
  })

  it('keeps week and hour labels as text', async () => {
    const weekly = { ...report, gran: 'week' as const, rows: [{ ...report.rows[0]!, name: '2019/04/15 - 2019/04/21' }] }
    const sheet = (await roundTrip(weekly, 'en')).worksheets[0]!
    expect(sheet.name).toBe('User trend')
    expect(sheet.getCell(2, 1).value).toBe('2019/04/15 - 2019/04/21')
  })
})
