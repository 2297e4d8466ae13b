// Reports as CSV for spreadsheets: a UTF-8 BOM so Excel reads Chinese, headers in the reader's
// language with units, days as YYYY-MM-DD, percents as on screen (82.19), not-ready values
// empty, text neutralised. Streamed to a file through a temp name.
import { stringify } from 'csv-stringify/sync'
import { fromSlashDate, toIsoDate } from '../../shared/calendar'
import type { ReportView } from '../../shared/dto'
import { label, type Locale } from '../../shared/reports'
import { isBilingual, reportTable, type Cell, type TableColumn } from '../reports/report-table'
import { writeStreamAtomic } from './atomic-write'
import { safeCellText } from './sanitize'
import { headerText } from './sheet-format'
import { tick } from './stream-table'

const BOM = '\uFEFF'
const ROWS_PER_CHUNK = 2000

export interface CsvTable {
  header: string[]
  records: Iterable<(string | number)[]>
}

function csvCell(cell: Cell, column: TableColumn, locale: Locale): string | number {
  if (cell === null) return ''
  if (isBilingual(cell)) return safeCellText(label(cell, locale))
  if (typeof cell === 'number') return cell
  if (column.unit === 'date') {
    const day = fromSlashDate(cell)
    if (day) return toIsoDate(day)
  }
  return safeCellText(cell)
}

/** Any table of report cells as CSV records. */
export function csvTable(columns: readonly TableColumn[], rows: Iterable<readonly Cell[]>, locale: Locale): CsvTable {
  return {
    header: columns.map((c) => headerText(c, locale)),
    records: (function* () {
      for (const row of rows) yield columns.map((c, i) => csvCell(row[i] ?? null, c, locale))
    })()
  }
}

export function reportCsvTable(view: ReportView, locale: Locale): CsvTable {
  const table = reportTable(view.data, view.variant)
  return csvTable(table.columns, table.rows, locale)
}

/** Streams a CSV to `path` (temp file, then rename); a failure or cancel leaves nothing there. */
export async function writeCsvFile(path: string, table: CsvTable, options: { signal?: AbortSignal; onRows?: (n: number) => void } = {}): Promise<number> {
  options.signal?.throwIfAborted()
  let rows = 0
  await writeStreamAtomic(path, async (out) => {
    /** The stream took the chunk in (or closed, after an error). */
    const drained = (): Promise<void> =>
      new Promise<void>((resolve) => {
        const done = (): void => {
          out.off('drain', done)
          out.off('close', done)
          resolve()
        }
        out.once('drain', done)
        out.once('close', done)
      })
    const write = async (text: string, records = 0): Promise<void> => {
      if (out.errored) throw out.errored
      if (!out.write(text)) await drained()
      // Let the event loop in between chunks: other calls are answered and a cancel is noticed.
      else await tick()
      if (out.errored) throw out.errored
      options.signal?.throwIfAborted()
      rows += records
      if (records) options.onRows?.(records)
    }
    await write(BOM + stringify([table.header]))
    let chunk: (string | number)[][] = []
    for (const record of table.records) {
      chunk.push(record)
      if (chunk.length === ROWS_PER_CHUNK) {
        await write(stringify(chunk), chunk.length)
        chunk = []
      }
    }
    if (chunk.length) await write(stringify(chunk), chunk.length)
    out.end()
  })
  return rows
}
