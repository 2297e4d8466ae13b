// What ReportTable shows: columns from the report catalogue (label and unit), rows of metrics.
import type { MetricRow, Metrics } from '../../../shared/report-data'
import { label, unitSuffix, type Column, type Locale, type Unit } from '../../../shared/reports'

export interface TableColumnSpec {
  key: string
  title: string
  unit: Unit
  minWidth?: number
}

export interface TableRow {
  id: string
  name: string
  values: Metrics
  /** Secondary text under the name (a page's path). */
  sub?: string
  /** Tooltip of the name. */
  title?: string
  /** A week or month bucket clipped to the range. */
  partial?: boolean
  children?: TableRow[]
}

/** Catalogue columns with their unit in the header: '新用户占比 (%)', 'Avg. time per session (s)'. */
export function catalogueColumns(columns: readonly Column[], locale: Locale): TableColumnSpec[] {
  return columns.map((c) => ({ key: c.key, unit: c.unit, title: `${label(c, locale)}${unitSuffix(c.unit, locale)}` }))
}

/** Plain metric rows, keyed by position (names repeat in some reports, e.g. a device model). */
export function metricRows(rows: readonly MetricRow[], extra?: (row: MetricRow, index: number) => Partial<TableRow>): TableRow[] {
  return rows.map((r, i) => ({ id: `${i}`, name: r.name, values: r.values, ...extra?.(r, i) }))
}
