// How `swanboard fetch` prints a report: JSON in the API's own terms, or a flat table (csv/table).
import type { PageRow, PortraitRow, RetentionRow, SourceGroupRow, MetricRow, Metrics } from '../../shared/report-data'
import { label, REPORTS, retentionKey, TP_COLUMNS, type Locale, type RetentionGran, type Variant } from '../../shared/reports'
import { isBilingual, reportTable } from '../reports/report-table'
import type { FetchedReport } from '../baidu'

type Json = Record<string, unknown>

/** tp answers under the metric names asked for; map our canonical keys back to those. */
function tpNames(variant: Variant): Map<string, string> {
  const asked = (variant['metrics'] ?? '').split(',').map((m) => m.trim())
  const names = new Map<string, string>()
  for (const c of TP_COLUMNS) {
    const used = asked.find((m) => m === c.key || c.aliases?.includes(m))
    if (used) names.set(c.key, used)
  }
  return names
}

function renamed(values: Metrics, names?: Map<string, string>): Json {
  if (!names) return { ...values }
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [names.get(k) ?? k, v]))
}

/** Rows as the API names things: metric keys verbatim, "--" as null, numbers as numbers. */
export function jsonRows(fetched: FetchedReport): Json[] {
  const { data, variant } = fetched
  switch (REPORTS[data.report].shape) {
    case 'retention': {
      const gran = (variant['gran'] ?? 'day') as RetentionGran
      return (data.rows as RetentionRow[]).map((r) => ({
        name: r.name,
        ...r.values,
        ...Object.fromEntries(r.periods.map((p) => [retentionKey(gran, p.n), p.value]))
      }))
    }
    case 'portrait':
      return (data.rows as PortraitRow[]).map((r) => ({ dimension: r.dimension, name: r.name, attribute_id: r.attributeId, count_ratio: r.ratio }))
    case 'pages':
      return (data.rows as PageRow[]).map((r) => ({ pageId: r.pageId, pageName: r.path, pageAlias: r.alias, ...r.values }))
    case 'sources':
      return (data.rows as SourceGroupRow[]).map((g) => ({
        name: g.name,
        scenes: g.scenes.map((s) => ({ sceneId: s.sceneId, source: s.source, name: s.apiName, ...s.values })),
        ...g.values
      }))
    case 'tp': {
      const names = tpNames(variant)
      return (data.rows as MetricRow[]).map((r) => ({ data: r.name, ...renamed(r.values, names) }))
    }
    case 'table':
      return (data.rows as MetricRow[]).map((r) => ({ name: r.name, ...r.values }))
  }
}

export function jsonOutput(fetched: FetchedReport): Json {
  const { data } = fetched
  return { report: data.report, timeSpan: data.timeSpan, total: data.total, sum: data.sum, rows: jsonRows(fetched) }
}

export type Cell = string | number | null

export interface Tabular {
  /** Machine headers (API keys) and human ones (labels in the locale). */
  keys: string[]
  labels: string[]
  rows: Cell[][]
}

/** One flat table in the terminal's language: source groups are followed by their scenes. */
export function tabular(fetched: FetchedReport, locale: Locale): Tabular {
  const table = reportTable(fetched.data, fetched.variant)
  const names = REPORTS[fetched.data.report].shape === 'tp' ? tpNames(fetched.variant) : undefined
  return {
    keys: table.columns.map((c) => names?.get(c.key) ?? c.key),
    labels: table.columns.map((c) => label(c.header, locale)),
    rows: table.rows.map((r) => r.map((cell) => (isBilingual(cell) ? label(cell, locale) : cell)))
  }
}
