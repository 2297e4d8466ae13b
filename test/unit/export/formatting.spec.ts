// Formatting a reader sees: columns as wide as their longest value (a 60-character page path gets
// 60 columns, CJK counting double) up to a cap, not wider than they need; the portfolio's comparison
// table with a frozen header and an autofilter over exactly its rows; and account names with
// control characters, emoji or []:*?/\ giving valid, unique sheet names of at most 31 characters
// (UTF-16 units, as Excel counts them).
import { join } from 'node:path'
import type ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { NO_PROGRESS, safeSheetName, writeAccountWorkbook, writePortfolioWorkbook, writeXlsxFile, type ExportSource } from '../../../src/main/export'
import type { AccountSummary } from '../../../src/shared/accounts'
import type { PageRow } from '../../../src/shared/report-data'
import { TREND_COLUMNS } from '../../../src/shared/reports'
import { tempDir } from '../../support/temp'
import { fakeAccount, fakeSource, FAKE_NOW, pageRows } from './fake-source'
import { hasLibreOffice, readWithLibreOffice, readXlsx } from './readers'

const dir = tempDir()
const FROM = '20261001'
const TO = '20261031'
/** sheet-format.ts: no column wider than this, however long its text. */
const WIDTH_CAP = 60

/** fakeSource, with each account's pages report holding the given rows. */
function sourceWithPages(accounts: AccountSummary[], pages: Record<string, PageRow[]>): ExportSource {
  const base = fakeSource({ accounts, trend: accounts.map((a) => a.id) })
  const offline = (q: { accountId: string; report: string; from: string; to: string; variant: Record<string, string> }) => {
    const rows = q.report === 'pages' ? pages[q.accountId] : undefined
    if (!rows) return base.reports.offline(q as never)
    return { data: { report: 'pages', timeSpan: '', total: rows.length, sum: null, rows }, fetchedAt: FAKE_NOW - 3600_000, source: 'cache', settled: true, staleBecause: null }
  }
  return { ...base, reports: { offline } } as unknown as ExportSource
}

function pagesWith(paths: string[], change: (row: PageRow, i: number) => Partial<PageRow> = () => ({})): PageRow[] {
  return pageRows(paths.length).map((row, i) => ({ ...row, path: paths[i]!, ...change(row, i) }))
}

async function exportAll(source: ExportSource, accountId: string, name: string): Promise<ExcelJS.Workbook> {
  const path = join(dir, name)
  await writeXlsxFile(path, (wb) => writeAccountWorkbook(wb, source, { accountId, from: FROM, to: TO, reports: ['pages'], generatedAt: FAKE_NOW }, { locale: 'en', used: new Set(), progress: NO_PROGRESS }).then(() => undefined))
  return readXlsx(path)
}

const widthOf = (sheet: ExcelJS.Worksheet, header: string): number => {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1)
  return sheet.getColumn(headers.indexOf(header) + 1).width!
}

describe('column widths', () => {
  it('fit the longest value, CJK counting double, up to the cap, and no wider than needed', async () => {
    const path60 = `/pages/${'a'.repeat(53)}`
    const path40 = `/pages/${'b'.repeat(33)}`
    expect([path60.length, path40.length]).toEqual([60, 40])
    const accounts = [fakeAccount('w60', 'Sixty'), fakeAccount('w40', 'Forty'), fakeAccount('long', 'Long')]
    const source = sourceWithPages(accounts, {
      w60: pagesWith([path60, '/p/1', '/p/2'], (_, i) => ({ alias: i === 1 ? '页'.repeat(25) : 'x' })),
      w40: pagesWith([path40, '/p/1'], (_, i) => ({ values: { pv_count: i === 0 ? 1_234_567_890 : 1, entry_count: 1 } })),
      long: pagesWith(['/p/' + 'c'.repeat(197), '页'.repeat(200)])
    })

    const sixty = (await exportAll(source, 'w60', 'w60.xlsx')).getWorksheet('Pages')!
    expect(widthOf(sixty, 'Path')).toBeGreaterThanOrEqual(60)
    expect(widthOf(sixty, 'Path')).toBeLessThanOrEqual(WIDTH_CAP)
    expect(widthOf(sixty, 'Alias')).toBeGreaterThanOrEqual(50) // 25 CJK characters show as 50 columns

    const forty = (await exportAll(source, 'w40', 'w40.xlsx')).getWorksheet('Pages')!
    expect(widthOf(forty, 'Path')).toBeGreaterThanOrEqual(40)
    expect(widthOf(forty, 'Path')).toBeLessThan(WIDTH_CAP)
    expect(widthOf(forty, 'Page views')).toBeGreaterThanOrEqual('1,234,567,890'.length)
    // A column of one-digit numbers is as wide as its header (and filter button), not more.
    expect(widthOf(forty, 'Entries')).toBeGreaterThanOrEqual('Entries'.length)
    expect(widthOf(forty, 'Entries')).toBeLessThan(16)

    const long = (await exportAll(source, 'long', 'long.xlsx')).getWorksheet('Pages')!
    expect(widthOf(long, 'Path')).toBe(WIDTH_CAP)
  })
})

/** Excel's rules for a sheet name, checked here rather than by the code that makes them. */
function expectValidSheetName(name: string): void {
  expect(name.length, name).toBeGreaterThan(0)
  expect(name.length, name).toBeLessThanOrEqual(31)
  expect(name, name).not.toMatch(/[[\]:*?/\\]/)
  // eslint-disable-next-line no-control-regex
  expect(name, name).not.toMatch(/[\u0000-\u001F]/)
  expect(name, name).not.toMatch(/^'|'$/)
  expect(name, `${name}: a surrogate pair cut in half`).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
}

describe('sheet names', () => {
  it('cut at 31 UTF-16 units without splitting an emoji or ending on an apostrophe', () => {
    const used = new Set<string>()
    const names = ['😀'.repeat(40), '😀'.repeat(40), `${'x'.repeat(30)}'y`, `a${'😀'.repeat(15)}b`].map((n) => safeSheetName(n, used))
    for (const name of names) expectValidSheetName(name)
    expect(names).toEqual(['😀'.repeat(15), `${'😀'.repeat(13)} (2)`, 'x'.repeat(30), `a${'😀'.repeat(15)}`])
  })
})

describe('Export portfolio', () => {
  const HOSTILE_NAMES = [
    'Shop [east]: a/b\\c*d?',
    'Shop [east]: a/b\\c*d?',
    '\u0001\u0007Bell shop\u001F',
    '[]:*?/\\',
    '[]:*?/\\',
    "'Quoted'",
    'X'.repeat(40),
    'x'.repeat(40),
    '天鹅'.repeat(20),
    // Excel counts a sheet name's UTF-16 units: each of these emoji is two of them.
    '🔥🔥🔥 天鹅生活服务小程序官方旗舰店 2026',
    '😀'.repeat(40)
  ]
  const accounts = HOSTILE_NAMES.map((name, i) => fakeAccount(`h${i}`, name))
  const source = sourceWithPages(accounts, Object.fromEntries(accounts.map((a) => [a.id, pagesWith(['/p/1', '/p/2'])])))
  const path = join(dir, 'portfolio.xlsx')

  it('names every account’s sheets validly and uniquely from hostile account names', async () => {
    await writeXlsxFile(path, (wb) =>
      writePortfolioWorkbook(wb, source, { accounts: 'all', from: FROM, to: TO, perAccountSheets: true, reports: ['pages'], generatedAt: FAKE_NOW }, { locale: 'en', used: new Set(), progress: NO_PROGRESS }).then(() => undefined)
    )
    const wb = await readXlsx(path)
    const names = wb.worksheets.map((w) => w.name)
    expect(names).toHaveLength(accounts.length + 2)
    expect([names[0], names.at(-1)]).toEqual(['Accounts', 'About'])
    for (const name of names) expectValidSheetName(name)
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
    // Each account's sheet holds its pages, and the About sheet points at sheets that exist.
    for (const name of names.slice(1, -1)) expect(wb.getWorksheet(name)!.getCell(2, 1).value).toBe('/p/1')
    // However long or emoji-heavy the account's name, its sheet still says which report it holds.
    for (const name of names.slice(1, -1)) expect(name).toMatch(/·Pages( \(\d+\))?$/)
    const about = wb.getWorksheet('About')!
    // It opens with what the file is: a title, then its facts with their labels in bold.
    expect(about.getCell(1, 1).value).toBe('Swanboard portfolio export')
    expect(about.getCell(1, 1).font).toMatchObject({ bold: true, size: 14 })
    expect(about.getCell(2, 1).font).toMatchObject({ bold: true })
    const facts = new Map<unknown, unknown>()
    about.eachRow((row) => facts.set(row.getCell(1).value, row.getCell(2).value))
    expect(facts.get('Accounts')).toBe(accounts.length)
    expect(facts.get('Date range')).toBe('2026-10-01 – 2026-10-31')
    const listed: string[] = []
    about.eachRow((row) => {
      if (row.getCell(2).value === 'Pages') listed.push(String(row.getCell(4).value))
    })
    expect(listed.sort()).toEqual(names.slice(1, -1).sort())
    // The comparison names each account as text a sheet can hold: control characters stripped.
    const cmp = wb.getWorksheet('Accounts')!
    expect(cmp.getCell(4, 1).value).toBe('Bell shop')
    expect(cmp.getCell(7, 1).value).toBe("'Quoted'")
  })

  it('freezes the comparison header and filters exactly its rows and columns, at widths that fit', async () => {
    const cmp = (await readXlsx(path)).getWorksheet('Accounts')!
    const columns = 4 + TREND_COLUMNS.length
    expect(cmp.actualColumnCount).toBe(columns)
    expect(cmp.actualRowCount).toBe(accounts.length + 1)
    expect(cmp.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const last = String.fromCharCode(64 + columns)
    expect(cmp.autoFilter).toBe(`A1:${last}${accounts.length + 1}`)
    expect(cmp.getColumn(1).width).toBeGreaterThanOrEqual(40) // '天鹅' × 20 shows as 80 columns: capped
    expect(cmp.getColumn(1).width).toBeLessThanOrEqual(WIDTH_CAP)
  })

  it.runIf(hasLibreOffice())('LibreOffice opens it and sees the same sheets', async () => {
    const sheets = readWithLibreOffice(path)
    expect(Object.keys(sheets).sort()).toEqual((await readXlsx(path)).worksheets.map((w) => w.name).sort())
  }, 120_000)
})
