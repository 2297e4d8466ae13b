// 'Export all' and 'Export portfolio' from the cache, read back: the summary in front (account,
// range, generated time, freshness of every report and variant, KPI totals, the chart as an
// image), a sheet per cached report and variant with every cached value, "not synced" for the
// rest; the portfolio's comparison rows and account-prefixed sheet names. Nothing is fetched.
import { join } from 'node:path'
import type ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cachedView, exportItems, NO_PROGRESS, sheetTitle, writeAccountWorkbook, writePortfolioWorkbook, writeXlsxFile } from '../../../src/main/export'
import { reportTable } from '../../../src/main/reports/report-table'
import { label, TREND_COLUMNS, type ReportId } from '../../../src/shared/reports'
import { demoCore } from '../../support/demo-core'
import { tempDir } from '../../support/temp'
import { fakeAccount, fakeSource, FAKE_NOW } from './fake-source'
import { hasLibreOffice, hasOpenpyxl, readWithLibreOffice, readWithOpenpyxl, readXlsx } from './readers'

const dir = tempDir()
const demo = demoCore()
const { core } = demo
const FROM = '20261001'
const TO = '20261031'
const SYNCED: ReportId[] = ['trend', 'pages', 'retention', 'sources']

/** Column A → column B of the summary's upper part (account details and totals), above the freshness table. */
function rowsOf(sheet: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>()
  let done = false
  sheet.eachRow((row) => {
    const key = String(row.getCell(1).value)
    if (/^(Freshness of each report|各报表数据状态)$/.test(key)) done = true
    if (!done) out.set(key, row.getCell(2).value)
  })
  return out
}

beforeAll(async () => {
  await core.sync.start({ accounts: 'all', reports: SYNCED, from: FROM, to: TO }).done
}, 60_000)
afterAll(() => core.close())

describe('Export all (one account)', () => {
  const path = join(dir, 'all.xlsx')
  const ctx = () => ({ locale: 'en' as const, used: new Set<string>(), progress: NO_PROGRESS })

  it('writes the summary first, then a sheet per cached report and variant holding the cached values', async () => {
    const account = core.accounts.list().find((a) => a.kind !== 'tp')!
    const requests = demo.counter.calls.length
    demo.network.down = true
    const records = await (async () => {
      let out: Awaited<ReturnType<typeof writeAccountWorkbook>> = []
      await writeXlsxFile(path, async (wb) => {
        out = await writeAccountWorkbook(wb, core, { accountId: account.id, from: FROM, to: TO, generatedAt: FAKE_NOW }, ctx())
      })
      return out
    })()
    demo.network.down = false
    expect(demo.counter.calls.length).toBe(requests) // from the cache only

    const wb = await readXlsx(path)
    const items = exportItems(account)
    expect(records).toHaveLength(items.length)
    const cached = records.filter((r) => r.fetchedAt !== null)
    expect(new Set(cached.map((r) => r.item.report))).toEqual(new Set(SYNCED))
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', ...cached.flatMap((r) => r.sheets)])

    for (const record of cached) {
      const view = cachedView(core, account.id, record.item, FROM, TO)!
      const table = reportTable(view.data, view.variant)
      const sheet = wb.getWorksheet(record.sheets[0]!)!
      expect(sheet.name).toBe(sheetTitle(record.item, 'en'))
      expect(sheet.rowCount).toBe(table.rows.length + 1)
      expect(record.rows).toBe(table.rows.length)
      table.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const got = sheet.getCell(r + 2, c + 1).value
          if (typeof cell === 'number') {
            const want = table.columns[c]!.unit === 'percent' ? cell / 100 : cell
            expect(got as number, `${sheet.name} ${r + 2}:${c + 1}`).toBeCloseTo(want, 12)
          } else if (cell === null) expect(got ?? null).toBeNull()
        })
      )
    }
  })

  it('says on the summary what it is, how fresh each report is, the totals, and shows the chart', async () => {
    const wb = await readXlsx(path)
    const summary = wb.worksheets[0]!
    const account = core.accounts.list().find((a) => a.kind !== 'tp')!
    const info = rowsOf(summary)
    expect(info.get('Account')).toBe(account.name)
    expect(info.get('Date range')).toBe('2026-10-01 – 2026-10-31')
    expect(info.get('Generated at')).toBe('2026-11-21 12:00 (UTC+8)')
    const trend = cachedView(core, account.id, { report: 'trend', variant: { gran: 'day' } }, FROM, TO)!
    for (const c of TREND_COLUMNS) {
      const want = trend.data.sum![c.key]!
      const got = info.get(label(c, 'en') + (c.unit === 'percent' ? ' (%)' : c.unit === 'seconds' ? ' (s)' : '')) as number
      expect(got).toBeCloseTo(c.unit === 'percent' ? want / 100 : want, 12)
    }
    expect(summary.getImages()).toHaveLength(1)
    // Freshness: every report and variant once; the unsynced ones say so and have no sheet.
    const statuses: string[] = []
    summary.eachRow((row) => {
      const status = String(row.getCell(6).value ?? '')
      if (/Final|Recent|Not synced/.test(status)) statuses.push(`${row.getCell(1).value}|${status}`)
    })
    expect(statuses).toHaveLength(exportItems(account).length)
    expect(statuses.filter((s) => s.startsWith('Active users|')).every((s) => s.endsWith('Not synced — no data'))).toBe(true)
    expect(statuses.filter((s) => s.startsWith('User trend|')).every((s) => s.endsWith('Final (no longer revised)'))).toBe(true)
  })

  it.runIf(hasOpenpyxl())('openpyxl opens it: the chart image, and the same sheets', async () => {
    const sheets = readWithOpenpyxl(path)
    expect(sheets[0]!.title).toBe('Summary')
    expect(sheets[0]!.images).toBe(1)
    expect(sheets.map((s) => s.title)).toEqual((await readXlsx(path)).worksheets.map((w) => w.name))
    for (const s of sheets.slice(1)) expect(s.freeze).toBe('A2')
  })

  it.runIf(hasLibreOffice())('LibreOffice opens it', async () => {
    const sheets = readWithLibreOffice(path)
    expect(Object.keys(sheets).sort()).toEqual((await readXlsx(path)).worksheets.map((w) => w.name).sort())
    expect(sheets['Summary']).toContain('Not synced — no data')
  }, 60_000)

  it('neutralises a hostile account name, and says "not synced" when the cache has nothing', async () => {
    const source = fakeSource({ accounts: [fakeAccount('x', '=cmd|" /C calc"!A0')] })
    const p = join(dir, 'empty.xlsx')
    await writeXlsxFile(p, (wb) => writeAccountWorkbook(wb, source, { accountId: 'x', from: FROM, to: TO, generatedAt: FAKE_NOW }, ctx()).then(() => undefined))
    const wb = await readXlsx(p)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary'])
    const summary = wb.worksheets[0]!
    expect(rowsOf(summary).get('Account')).toBe(`'=cmd|" /C calc"!A0`)
    expect(summary.getImages()).toHaveLength(0)
    const notes: string[] = []
    summary.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => void (cell.note && notes.push(String(cell.note)))))
    expect(notes.some((n) => n.includes('not synced'))).toBe(true)
  })
})

describe('Export portfolio', () => {
  it('compares accounts one row each (the cached trend totals) and prefixes each account’s sheets', async () => {
    const accounts = [fakeAccount('a', '天鹅示例·生活服务·很长很长的名字'), fakeAccount('b', '@SUM(1)'), fakeAccount('c', 'No totals'), fakeAccount('d', 'Never synced'), fakeAccount('t', 'TP', 'tp')]
    const source = fakeSource({ accounts, pages: { a: 30, b: 3 }, trend: ['a', 'b', 'c'], noTotals: ['c'] })
    const p = join(dir, 'portfolio.xlsx')
    await writeXlsxFile(p, (wb) =>
      writePortfolioWorkbook(wb, source, { accounts: 'all', from: FROM, to: TO, perAccountSheets: true, generatedAt: FAKE_NOW }, { locale: 'zh-CN', used: new Set(), progress: NO_PROGRESS }).then(() => undefined)
    )
    const wb = await readXlsx(p)
    const names = wb.worksheets.map((w) => w.name)
    expect(names[0]).toBe('账号对比')
    expect(names.at(-1)).toBe('说明')
    const perAccount = names.slice(1, -1)
    expect(perAccount.length).toBe(5) // a: pages + trend day; b: pages + trend day; c: trend day
    for (const n of perAccount) expect([...n].length).toBeLessThanOrEqual(31)
    expect(new Set(perAccount).size).toBe(perAccount.length)
    expect(perAccount.filter((n) => n.startsWith('天鹅示例·生活服务'))).toHaveLength(2)
    expect(perAccount.filter((n) => n.startsWith('@SUM(1)·'))).toHaveLength(2)

    const cmp = wb.worksheets[0]!
    expect(cmp.rowCount).toBe(accounts.length + 1)
    expect(cmp.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const col = (key: string) => 5 + TREND_COLUMNS.findIndex((c) => c.key === key)
    expect(cmp.getCell(2, 1).value).toBe(accounts[0]!.name)
    expect(cmp.getCell(3, 1).value).toBe("'@SUM(1)")
    expect(cmp.getCell(2, col('user_count')).value).toBe(90000)
    expect(cmp.getCell(2, col('new_user_ratio')).value as number).toBeCloseTo((50 + 2) / 100, 12)
    expect(cmp.getCell(2, col('session_time_per_person')).value ?? null).toBeNull()
    expect(cmp.getCell(2, col('session_time_per_person')).note).toBeTruthy()
    expect(String(cmp.getCell(4, 3).value)).toContain('无区间合计')
    expect(cmp.getCell(5, 3).value).toBe('未同步 — 无数据')
    expect(cmp.getCell(6, 3).value).toBe('服务商平台账号：无用户趋势')
    expect(cmp.getCell(5, col('user_count')).note).toBeTruthy()
  })
})
