// A report table written through exceljs's streaming writer: rows are committed as they go, so a
// sheet of a million rows never sits in memory. Same formatting as the in-memory path: bilingual
// headers with units, number formats per column, frozen header, autofilter, widths fitted to a
// sample of rows; notes on not-ready and truncated cells; more rows than Excel allows on a sheet
// continue on "Title (2)", "Title (3)"…
import type ExcelJS from 'exceljs'
import type { Bilingual, Locale } from '../../shared/reports'
import type { Cell, TableColumn } from '../reports/report-table'
import { excelCell, isMetric, NOTES, noteText, type CellFlags } from './cells'
import { safeSheetName } from './sanitize'
import { fittedWidth, headerText, headerWidth, NUM_FORMATS, valueWidth } from './sheet-format'

export type StreamWorkbook = ExcelJS.stream.xlsx.WorkbookWriter
type Sheet = ExcelJS.Worksheet

/** Excel's rows per sheet, the header included. */
export const EXCEL_MAX_ROWS = 1_048_576
/** Notes are VML shapes: past this many on one sheet the rest of the not-ready cells stay plain. */
export const MAX_NOTES_PER_SHEET = 10_000
/** Rows looked at to fit the column widths before the first row is written. */
const WIDTH_SAMPLE_ROWS = 1000
/** Rows written between two yields to the event loop (the zip stream drains; cancel is noticed). */
const ROWS_PER_TICK = 128

export const HEADER_STYLE: Partial<ExcelJS.Style> = Object.freeze({
  font: { bold: true },
  alignment: { vertical: 'middle' },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } }
}) as Partial<ExcelJS.Style>

export interface TableSheetSpec {
  /** The sheet name wanted (made valid and unique). */
  title: string
  columns: readonly TableColumn[]
  rows: Iterable<readonly Cell[]>
  locale: Locale
  /** The note on an empty metric cell, when it means something else than "not available yet". */
  emptyNote?: Bilingual
}

export interface StreamOptions {
  /** Sheet names taken so far in this workbook (lower case); the new ones are added. */
  used: Set<string>
  /** Rows per sheet including the header (tests lower it); default Excel's limit. */
  maxRowsPerSheet?: number
  notesPerSheet?: number
  signal?: AbortSignal
  /** Called now and then with the rows written since the last call. */
  onRows?: (rows: number) => void
}

export interface WrittenTable {
  sheets: string[]
  rows: number
}

export function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/** A sheet's worth of rows at a time, after the first `sample` rows were read ahead. */
function readAhead(rows: Iterable<readonly Cell[]>, sample: number): { head: (readonly Cell[])[]; rest: Iterator<readonly Cell[]> } {
  const rest = rows[Symbol.iterator]()
  const head: (readonly Cell[])[] = []
  while (head.length < sample) {
    const next = rest.next()
    if (next.done) break
    head.push(next.value)
  }
  return { head, rest }
}

function* chain<T>(head: readonly T[], rest: Iterator<T>): Generator<T> {
  yield* head
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value
}

export async function writeTableSheets(wb: StreamWorkbook, spec: TableSheetSpec, options: StreamOptions): Promise<WrittenTable> {
  const { columns, locale } = spec
  const n = columns.length
  const maxData = Math.max(1, (options.maxRowsPerSheet ?? EXCEL_MAX_ROWS) - 1)
  const maxNotes = options.notesPerSheet ?? MAX_NOTES_PER_SHEET
  const headers = columns.map((c) => headerText(c, locale))
  const metric = columns.map((c) => isMetric(c))
  // One style object per column, shared by every cell: exceljs then finds its style id at once.
  const styles = columns.map((c) => Object.freeze({ numFmt: NUM_FORMATS[c.unit] }) as Partial<ExcelJS.Style>)
  const flags: CellFlags = { truncatedFrom: null }
  const emptyNote = noteText(spec.emptyNote ?? NOTES.notReady, locale)

  const { head, rest } = readAhead(spec.rows, WIDTH_SAMPLE_ROWS)
  const widths = columns.map((c) => headerWidth(c, locale))
  for (const row of head) {
    for (let c = 0; c < n; c++) widths[c] = Math.max(widths[c]!, valueWidth(excelCell(row[c] ?? null, columns[c]!, locale, flags), columns[c]!.unit))
  }

  const sheets: string[] = []
  let inSheet = 0
  let notes = 0
  let total = 0
  let unreported = 0

  const open = (): Sheet => {
    const name = safeSheetName(sheets.length === 0 ? spec.title : `${spec.title} (${sheets.length + 1})`, options.used)
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = widths.map((w) => ({ width: fittedWidth(w) }))
    const header = ws.addRow(headers)
    for (let c = 1; c <= n; c++) header.getCell(c).style = HEADER_STYLE
    if (sheets.length > 0) header.getCell(1).note = noteText(NOTES.continuation, locale, { prev: sheets[sheets.length - 1]! })
    header.commit()
    sheets.push(name)
    inSheet = 0
    notes = 0
    return ws
  }
  const close = (ws: Sheet): void => {
    if (n > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: inSheet + 1, column: n } }
    ws.commit()
  }

  let sheet = open()
  const values: ExcelJS.CellValue[] = new Array(n)
  for (const row of chain(head, rest)) {
    if (inSheet === maxData) {
      close(sheet)
      sheet = open()
    }
    let rowNotes: [number, string][] | null = null
    for (let c = 0; c < n; c++) {
      const cell = row[c] ?? null
      values[c] = excelCell(cell, columns[c]!, locale, flags)
      if (flags.truncatedFrom !== null) (rowNotes ??= []).push([c, noteText(NOTES.truncated, locale, { n: flags.truncatedFrom.toLocaleString('en-US') })])
      else if (cell === null && metric[c] && notes <= maxNotes) {
        (rowNotes ??= []).push([c, notes === maxNotes ? noteText(NOTES.notReadyCapped, locale) : emptyNote])
        notes++
      }
    }
    const added = sheet.addRow(values)
    for (let c = 0; c < n; c++) added.getCell(c + 1).style = styles[c]!
    if (rowNotes) for (const [c, text] of rowNotes) added.getCell(c + 1).note = text
    added.commit()
    inSheet++
    total++
    if (++unreported === ROWS_PER_TICK) {
      options.onRows?.(unreported)
      unreported = 0
      await tick()
      options.signal?.throwIfAborted()
    }
  }
  close(sheet)
  if (unreported > 0) options.onRows?.(unreported)
  return { sheets, rows: total }
}
