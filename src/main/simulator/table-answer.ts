// The `data` of a paged report: time span, offset, total, sum and one page of rows, in the
// reference's key order; and the answer for a range with no data yet.
import type { DayRange } from '../../shared/calendar'
import { NOT_AVAILABLE, type NotAvailable } from './metric-format'
import { pageOf } from './paging'
import { timeSpan } from './report-range'

export interface TableData<Row, Sum> {
  time_span: string
  offset: number
  total: number
  sum?: Sum
  data_list: Row[]
}

/** One page of `rows`; `sum` is left out when the report has none (sources). */
export function tableAnswer<Row, Sum>(range: DayRange, startIndex: number, rows: readonly Row[], sum?: Sum): TableData<Row, Sum> {
  const data_list = pageOf(rows, startIndex)
  return sum === undefined
    ? { time_span: timeSpan(range), offset: startIndex, total: rows.length, data_list }
    : { time_span: timeSpan(range), offset: startIndex, total: rows.length, sum, data_list }
}

/** Nothing to answer yet (a future range, or one before launch): no rows and "--" totals. */
export function emptyAnswer(requested: DayRange, startIndex: number, sumKeys?: readonly string[]): TableData<never, Record<string, NotAvailable>> {
  const base = { time_span: timeSpan(requested), offset: startIndex, total: 0 }
  if (!sumKeys) return { ...base, data_list: [] }
  return { ...base, sum: Object.fromEntries(sumKeys.map((k) => [k, NOT_AVAILABLE])), data_list: [] }
}
