// Safety and Excel's limits on the streamed path: text a spreadsheet would run is neutralised,
// characters that break the file are stripped, over-long cells are cut with a note, sheet names are
// valid and unique, and more rows than a sheet holds continue on "Title (2)"… — never a corrupt file.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { EXCEL_MAX_ROWS, MAX_CELL_CHARS, writeTableSheets, writeXlsxFile } from '../../../src/main/export'
import type { Cell, TableColumn } from '../../../src/main/reports/report-table'
import { tempDir } from '../../support/temp'
import { hasLibreOffice, hasOpenpyxl, readWithLibreOffice, readWithOpenpyxl, readXlsx } from './readers'

const dir = tempDir()
const PAGE_COLUMNS: TableColumn[] = [
  { key: 'pageName', header: { zh: '页面路径', en: 'Path' }, unit: 'text' },
  { key: 'pageAlias', header: { zh: '页面别名', en: 'Alias' }, unit: 'text' },
  { key: 'pv_count', header: { zh: '访问次数', en: 'Page views' }, unit: 'count' }
]

const HOSTILE: [string, string][] = [
  ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
  ['@SUM(1)', "'@SUM(1)"],
  ['-1+2', "'-1+2"],
  ['+1', "'+1"],
  ['\t=1', "'\t=1"],
  ['\r=1', "'\r=1"],
  ['\n=1', "'\n=1"],
  ['\u0001=1+1', "'=1+1"],
  ['a\u0000b\u0007c\u000Bd\u001Fe\uFFFE', 'abcde'],
  ['ok\uD800', 'ok'],
  ['/pages/index?a=1', '/pages/index?a=1']
]

async function sheetXml(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
  return Promise.all(names.map((n) => zip.file(n)!.async('string')))
}

describe('neutralised and clean text', () => {
  const path = join(dir, 'hostile.xlsx')
  const long = 'x'.repeat(39_999) + '😀'

  it('neutralises every formula start, strips control characters, writes no formula at all', async () => {
    const rows: Cell[][] = HOSTILE.map(([text], i) => [text, text, i])
    rows.push([long, '页'.repeat(40_000), 1])
    await writeXlsxFile(path, (wb) => writeTableSheets(wb, { title: '=HYPERLINK("x")', columns: PAGE_COLUMNS, rows, locale: 'en' }, { used: new Set() }).then(() => undefined))
    const sheet = (await readXlsx(path)).worksheets[0]!
    // XML reads a bare CR inside text as LF: the text stays text, its line break LF.
    HOSTILE.forEach(([, safe], i) => {
      expect(sheet.getCell(i + 2, 1).value).toBe(safe.replaceAll('\r', '\n'))
      expect(sheet.getCell(i + 2, 2).value).toBe(safe.replaceAll('\r', '\n'))
      expect(sheet.getCell(i + 2, 3).value).toBe(i)
    })
    for (const xml of await sheetXml(path)) {
      expect(xml).not.toMatch(/<f[ >]/)
      // eslint-disable-next-line no-control-regex
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
    }
    // A sheet name is text too: the brackets and quotes are fine, the = is harmless there.
    expect(sheet.name).toBe('=HYPERLINK("x")')
  })

  it('cuts a 40,000-character cell to Excel’s limit, with a note giving the original length', async () => {
    const sheet = (await readXlsx(path)).worksheets[0]!
    const row = HOSTILE.length + 2
    const a = sheet.getCell(row, 1)
    expect((a.value as string).length).toBeLessThanOrEqual(MAX_CELL_CHARS)
    expect((a.value as string).length).toBeGreaterThanOrEqual(MAX_CELL_CHARS - 1)
    expect(a.value as string).toBe('x'.repeat((a.value as string).length))
    expect(String(a.note)).toContain('40,001')
    const b = sheet.getCell(row, 2)
    expect(b.value).toBe('页'.repeat(MAX_CELL_CHARS))
    expect(String(b.note)).toContain('40,000')
  })

  it.runIf(hasOpenpyxl())('openpyxl reads the hostile file and sees the neutralised text', () => {
    const [sheet] = readWithOpenpyxl(path)
    HOSTILE.forEach(([, safe], i) => expect(sheet!.rows[i + 1]![0]!.v).toBe(safe.replaceAll('\r', '\n')))
    expect(sheet!.rows[HOSTILE.length + 1]![0]!.note).toContain('40,001')
  })

  it.runIf(hasLibreOffice())('LibreOffice opens it', () => {
    const csv = Object.values(readWithLibreOffice(path))[0]!
    expect(csv).toContain(`'@SUM(1)`)
    expect(csv).toContain(`'-1+2`)
  }, 60_000)
})

describe('sheet names', () => {
  it('makes 31+-character, duplicate and forbidden names valid and unique', async () => {
    const path = join(dir, 'names.xlsx')
    const wanted = ['A'.repeat(40), 'A'.repeat(40), 'a'.repeat(40), 'Pages [a]:b*c?d/e\\f', 'Pages [a]:b*c?d/e\\f', "'quoted'", '']
    await writeXlsxFile(path, async (wb) => {
      const used = new Set<string>()
      for (const title of wanted) await writeTableSheets(wb, { title, columns: PAGE_COLUMNS, rows: [['/p', '', 1]], locale: 'en' }, { used })
    })
    const names = (await readXlsx(path)).worksheets.map((w) => w.name)
    expect(names).toHaveLength(wanted.length)
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
    for (const name of names) {
      expect([...name].length).toBeLessThanOrEqual(31)
      expect(name).not.toMatch(/[[\]:*?/\\]/)
      expect(name).not.toMatch(/^'|'$/)
      expect(name.length).toBeGreaterThan(0)
    }
    expect(names.slice(0, 3)).toEqual(['A'.repeat(31), `${'A'.repeat(27)} (2)`, `${'a'.repeat(27)} (3)`])
  })
})

describe('rows beyond a sheet', () => {
  it('continues on "Title (2)", "Title (3)" with a header, filter and freeze each, every row once, in order', async () => {
    const path = join(dir, 'split.xlsx')
    const rows: Cell[][] = Array.from({ length: 12 }, (_, i) => [`/p/${i}`, '', i])
    let written = 0
    await writeXlsxFile(path, async (wb) => {
      const result = await writeTableSheets(wb, { title: 'Pages', columns: PAGE_COLUMNS, rows, locale: 'en' }, { used: new Set(), maxRowsPerSheet: 5, onRows: (n) => (written += n) })
      expect(result).toEqual({ sheets: ['Pages', 'Pages (2)', 'Pages (3)'], rows: 12 })
    })
    expect(written).toBe(12)
    const sheets = (await readXlsx(path)).worksheets
    expect(sheets.map((s) => [s.name, s.rowCount])).toEqual([['Pages', 5], ['Pages (2)', 5], ['Pages (3)', 5]])
    const values: unknown[] = []
    for (const s of sheets) {
      expect(s.getRow(1).getCell(1).value).toBe('Path')
      expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      s.eachRow((row, n) => n > 1 && values.push(row.getCell(3).value))
    }
    expect(values).toEqual(rows.map((r) => r[2]))
    expect(String(sheets[1]!.getCell(1, 1).note)).toContain('“Pages”')
    expect(String(sheets[2]!.getCell(1, 1).note)).toContain('“Pages (2)”')
  })

  it('caps the notes on one sheet, saying so on the last one', async () => {
    const path = join(dir, 'notes.xlsx')
    const rows: Cell[][] = Array.from({ length: 6 }, (_, i) => [`/p/${i}`, '', null])
    await writeXlsxFile(path, (wb) => writeTableSheets(wb, { title: 'P', columns: PAGE_COLUMNS, rows, locale: 'en' }, { used: new Set(), notesPerSheet: 3 }).then(() => undefined))
    const sheet = (await readXlsx(path)).worksheets[0]!
    const notes = [2, 3, 4, 5, 6, 7].map((r) => sheet.getCell(r, 3).note)
    expect(notes.slice(0, 3).every((n) => String(n).startsWith('Not available yet'))).toBe(true)
    expect(String(notes[3])).toContain('Further not-ready cells')
    expect(notes.slice(4)).toEqual([undefined, undefined])
  })

  it(`splits at Excel's real limit of ${EXCEL_MAX_ROWS.toLocaleString('en-US')} rows`, async () => {
    const path = join(dir, 'million.xlsx')
    const columns: TableColumn[] = [{ key: 'n', header: { zh: '数', en: 'n' }, unit: 'count' }]
    const rows = (function* () {
      for (let i = 0; i < EXCEL_MAX_ROWS; i++) yield [i] as Cell[]
    })()
    let result: { sheets: string[]; rows: number } | undefined
    await writeXlsxFile(path, async (wb) => {
      result = await writeTableSheets(wb, { title: 'N', columns, rows, locale: 'en' }, { used: new Set() })
    })
    expect(result).toEqual({ sheets: ['N', 'N (2)'], rows: EXCEL_MAX_ROWS })
    // The second sheet holds exactly the one row that did not fit (header + 1,048,575 on the first).
    const zip = await JSZip.loadAsync(readFileSync(path))
    const first = await zip.file('xl/worksheets/sheet1.xml')!.async('string')
    const second = await zip.file('xl/worksheets/sheet2.xml')!.async('string')
    expect(first).toContain(`<row r="${EXCEL_MAX_ROWS}"`)
    expect(first).not.toContain(`<row r="${EXCEL_MAX_ROWS + 1}"`)
    expect(first).toContain(`<autoFilter ref="A1:A${EXCEL_MAX_ROWS}"/>`)
    expect(second.match(/<row /g)).toHaveLength(2)
    expect(second).toContain(`<v>${EXCEL_MAX_ROWS - 1}</v>`)
  }, 120_000)
})
