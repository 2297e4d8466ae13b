// Every report shape and variant, streamed to a file and read back by exceljs: every value equals the cached value (counts as integers, percents as fractions, days as
// dates, labels in the reader's language, not-ready values empty with a note), and the sheet is
// formatted (header with units, number formats, frozen header, filter, widths). openpyxl and
// LibreOffice then open the streamed files without error and see the same numbers.
import { join } from 'node:path'
import type ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cachedView, exportItems, sheetTitle, writeReportWorkbook, writeXlsxFile } from '../../../src/main/export'
import { isBilingual, reportTable, type Cell, type TableColumn } from '../../../src/main/reports/report-table'
import type { ReportView } from '../../../src/shared/dto'
import { label, unitSuffix, type Locale } from '../../../src/shared/reports'
import { demoCore } from '../../support/demo-core'
import { tempDir } from '../../support/temp'
import { hasLibreOffice, hasOpenpyxl, readWithLibreOffice, readWithOpenpyxl, readXlsx } from './readers'

const { core } = demoCore()
const FROM = '20260801'
const TO = '20261031'
const dir = tempDir()
const views: ReportView[] = []

beforeAll(async () => {
  const app = core.accounts.list().find((a) => a.kind !== 'tp')!
  const tp = core.accounts.list().find((a) => a.kind === 'tp')!
  await core.sync.start({ accounts: [app.id, tp.id], from: FROM, to: TO }).done
  for (const account of [app, tp]) {
    for (const item of exportItems(account)) {
      const view = cachedView(core, account.id, item, FROM, TO)
      if (!view) throw new Error(`${item.report} not cached`)
      views.push(view)
    }
  }
}, 60_000)
afterAll(() => core.close())

const fileOf = (view: ReportView, locale: Locale): string => join(dir, `${views.indexOf(view)}-${view.report}-${locale}.xlsx`)

/** What a cell must read back as, computed here rather than by the code under test. */
function expected(cell: Cell, column: TableColumn, locale: Locale): unknown {
  if (cell === null) return null
  if (isBilingual(cell)) return label(cell, locale)
  if (typeof cell === 'number') return column.unit === 'percent' ? cell / 100 : cell
  if (column.unit === 'date' && /^\d{4}\/\d{2}\/\d{2}$|^\d{8}$/.test(cell)) {
    const d = cell.replaceAll('/', '')
    return new Date(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T00:00:00.000Z`)
  }
  return /^[=+\-@\t\r\n]/.test(cell) ? `'${cell}` : cell
}

const FORMATS: Record<TableColumn['unit'], string> = { count: '#,##0', decimal: '#,##0.00', percent: '0.00%', seconds: '#,##0', text: '@', date: 'yyyy-mm-dd' }

function checkSheet(sheet: ExcelJS.Worksheet, view: ReportView, locale: Locale): number {
  const table = reportTable(view.data, view.variant)
  const headers = table.columns.map((c) => label(c.header, locale) + (c.unit === 'date' ? '' : unitSuffix(c.unit, locale)))
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(headers)
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  expect(sheet.autoFilter).toBeTruthy()
  table.columns.forEach((c, i) => expect(sheet.getColumn(i + 1).width, `width of ${headers[i]}`).toBeGreaterThanOrEqual(Math.min(60, [...headers[i]!].length)))
  let notes = 0
  table.rows.forEach((row, r) => {
    const cells = sheet.getRow(r + 2)
    table.columns.forEach((column, c) => {
      const cell = cells.getCell(c + 1)
      const want = expected(row[c] ?? null, column, locale)
      const where = `${sheet.name} ${cell.address}`
      if (want instanceof Date) expect((cell.value as Date).toISOString(), where).toBe(want.toISOString())
      else if (typeof want === 'number' && column.unit === 'percent') expect(cell.value as number, where).toBeCloseTo(want, 12)
      // An empty text (a page without an alias) reads back as an empty cell.
      else if (want === '') expect(cell.value ?? '', where).toBe('')
      else expect(cell.value ?? null, where).toEqual(want)
      if (want !== null && want !== '') expect(cell.numFmt, where).toBe(FORMATS[column.unit])
      if (want === null && column.unit !== 'text' && column.unit !== 'date') {
        expect(cell.note, where).toBeTruthy()
        notes++
      }
    })
  })
  expect(sheet.rowCount).toBe(table.rows.length + 1)
  return notes
}

describe('every report and variant, streamed', () => {
  it('covers every report shape', () => {
    expect(new Set(views.map((v) => v.report))).toEqual(new Set(['trend', 'activity', 'retention', 'portrait', 'region', 'terminal', 'pages', 'habits', 'sources', 'tp']))
    expect(views.length).toBeGreaterThanOrEqual(25)
  })

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`reads back every cached value (${locale})`, async () => {
      const account = core.accounts.list()[0]!
      let notes = 0
      for (const view of views) {
        const path = fileOf(view, locale)
        await writeXlsxFile(path, (wb) => writeReportWorkbook(wb, { view, account, locale, generatedAt: core.now() }, { used: new Set() }))
        const streamed = await readXlsx(path)
        expect(streamed.worksheets.map((w) => w.name)).toEqual([sheetTitle(view, locale), locale === 'en' ? 'About' : '说明'])
        notes += checkSheet(streamed.worksheets[0]!, view, locale)
      }
      // The simulator serves some "--" (not ready yet): they were exported empty with a note.
      expect(notes).toBeGreaterThan(0)
    })
  }

  it.runIf(hasOpenpyxl())('openpyxl opens every streamed file and sees the same values, formats, freeze, filter and widths', () => {
    for (const view of views) {
      const path = fileOf(view, 'zh-CN')
      const sheets = readWithOpenpyxl(path)
      const [sheet] = sheets
      const table = reportTable(view.data, view.variant)
      expect(sheets.map((s) => s.title)).toEqual([sheetTitle(view, 'zh-CN'), '说明'])
      expect(sheet!.freeze).toBe('A2')
      expect(sheet!.filter).toBe(`A1:${String.fromCharCode(64 + table.columns.length)}${table.rows.length + 1}`)
      expect(Object.keys(sheet!.widths).length).toBeGreaterThan(0)
      expect(sheet!.rows).toHaveLength(table.rows.length + 1)
      table.rows.forEach((row, r) => {
        table.columns.forEach((column, c) => {
          const got = sheet!.rows[r + 1]![c]!
          const want = expected(row[c] ?? null, column, 'zh-CN')
          if (want instanceof Date) expect(got.v).toEqual({ date: want.toISOString().slice(0, 10) })
          else if (typeof want === 'number') expect(got.v as number).toBeCloseTo(want, 12)
          else if (want === '') expect(got.v ?? '').toBe('')
          else expect(got.v).toEqual(want)
          if (want !== null && want !== '') expect(got.fmt).toBe(FORMATS[column.unit])
          if (want === null && column.unit !== 'text' && column.unit !== 'date') expect(got.note).toBeTruthy()
        })
      })
    }
  })

  it.runIf(hasLibreOffice())('LibreOffice opens a streamed file of each shape', () => {
    const shapes = new Map(views.map((v) => [v.report, v]))
    for (const view of shapes.values()) {
      const path = fileOf(view, 'en')
      const sheets = readWithLibreOffice(path)
      const table = reportTable(view.data, view.variant)
      const csv = sheets[sheetTitle(view, 'en')]!
      expect(csv.trim().split('\n')).toHaveLength(table.rows.length + 1)
      expect(sheets['About']).toContain('Data fetched at')
    }
  }, 120_000)
})
