// How `swanboard fetch` prints a report: JSON in the API's own terms, or a flat table (csv/table).
import type { PageRow, PortraitRow, RetentionRow, SourceGroupRow, MetricRow, Metrics } from '../../shared/report-data'
import { label, REPORTS, retentionKey, TP_COLUMNS, type Locale, type RetentionGran, type Variant } from '../../shared/reports'
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

/** Every period any cohort reports, ascending: the retention table's columns. */
function periodNumbers(rows: RetentionRow[]): number[] {
  return [...new Set(rows.flatMap((r) => r.periods.map((p) => p.n)))].sort((a, b) => a - b)
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

/** One flat table: source groups are followed by their scenes, retention periods are columns. */
export function tabular(fetched: FetchedReport, locale: Locale): Tabular {
  const { data, variant } = fetched
  const def = REPORTS[data.report]
  const columns = def.columns(variant)
  const metricKeys = columns.map((c) => c.key)
  const metricLabels = columns.map((c) => label(c, locale))
  const dim = label(def.dimension, locale)
  const t = (zh: string, en: string): string => (locale === 'en' ? en : zh)
  switch (def.shape) {
    case 'retention': {
      const gran = (variant['gran'] ?? 'day') as RetentionGran
      const rows = data.rows as RetentionRow[]
      const ns = periodNumbers(rows)
      const keys = ['name', 'active_user_count', ...ns.map((n) => retentionKey(gran, n))]
      return {
        keys,
        labels: [dim, label(columns[0]!, locale), ...ns.map((n) => retentionKey(gran, n))],
        rows: rows.map((r) => [r.name, r.values['active_user_count'] ?? null, ...ns.map((n) => r.periods.find((p) => p.n === n)?.value ?? null)])
      }
    }
    case 'portrait':
      return {
        keys: ['dimension', 'attribute_id', 'name', 'count_ratio'],
        labels: [t('维度', 'Dimension'), 'ID', dim, label(columns[0]!, locale)],
        rows: (data.rows as PortraitRow[]).map((r) => [r.dimension, r.attributeId, r.name, r.ratio])
      }
    case 'pages':
      return {
        keys: ['pageName', 'pageAlias', 'pageId', ...metricKeys],
        labels: [t('页面路径', 'Path'), t('页面别名', 'Alias'), t('页面ID', 'Page ID'), ...metricLabels],
        rows: (data.rows as PageRow[]).map((r) => [r.path, r.alias, r.pageId, ...metricKeys.map((k) => r.values[k] ?? null)])
      }
    case 'sources':
      return {
        keys: ['group', 'sceneId', 'name', ...metricKeys],
        labels: [dim, t('场景ID', 'Scene ID'), t('场景', 'Scene'), ...metricLabels],
        rows: (data.rows as SourceGroupRow[]).flatMap((g) => [
          [g.name, '', '', ...metricKeys.map((k) => g.values[k] ?? null)],
          ...g.scenes.map((s): Cell[] => [g.name, s.sceneId, s.name, ...metricKeys.map((k) => s.values[k] ?? null)])
        ])
      }
    case 'tp': {
      const names = tpNames(variant)
      return {
        keys: ['data', ...metricKeys.map((k) => names.get(k) ?? k)],
        labels: [dim, ...metricLabels],
        rows: (data.rows as MetricRow[]).map((r) => [r.name, ...metricKeys.map((k) => r.values[k] ?? null)])
      }
    }
    case 'table':
      return {
        keys: ['name', ...metricKeys],
        labels: [dim, ...metricLabels],
        rows: (data.rows as MetricRow[]).map((r) => [r.name, ...metricKeys.map((k) => r.values[k] ?? null)])
      }
  }
}
