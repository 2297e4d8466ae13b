// Line-chart input from report rows: one series per catalogue column, coloured by its place in
// the report's own column list (so a metric keeps its colour across charts of the same tab).
import type { MetricRow } from '../report-data'
import { label, type Column, type Locale } from '../reports'
import type { LineChartInput } from './line-chart'
import { metricColor } from './palette'

export function columnSeries(rows: readonly MetricRow[], columns: readonly Column[], locale: Locale, palette: readonly Column[] = columns): LineChartInput {
  return {
    labels: rows.map((r) => r.name),
    series: columns.map((c) => ({ label: label(c, locale), unit: c.unit, color: metricColor(c.key, palette), values: rows.map((r) => r.values[c.key] ?? null) }))
  }
}

/** API rows of a daily series come newest first; charts run oldest to newest. */
export function oldestFirst<T>(rows: readonly T[]): T[] {
  return [...rows].reverse()
}
