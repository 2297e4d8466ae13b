// csv and table renderings of a tabular report.
import Table from 'cli-table3'
import { stringify } from 'csv-stringify/sync'
import type { Locale } from '../../shared/reports'
import type { Tabular } from './report-output'

export const OUTPUT_FORMATS = ['json', 'csv', 'table'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

/** RFC 4180 with API keys as headers and empty cells for "--", for scripts and spreadsheets. */
export function toCsv(t: Tabular): string {
  return stringify([t.keys, ...t.rows.map((r) => r.map((c) => (c === null ? '' : c)))])
}

/** A boxed table for people: headers in the terminal's language, numbers grouped, "--" as "--". */
export function toTable(t: Tabular, locale: Locale): string {
  const table = new Table({ head: t.labels, style: { head: [], border: [] } })
  const fmt = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 2 })
  for (const row of t.rows) {
    table.push(row.map((c) => (c === null ? '--' : typeof c === 'number' ? { content: fmt.format(c), hAlign: 'right' as const } : c)))
  }
  return table.toString()
}
