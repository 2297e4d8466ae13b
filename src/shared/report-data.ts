// Normalised report data: what the client makes of Baidu's answers, for the cache, UI and exports.
// Numbers are numbers (numeric strings converted); the API's "--" (not available yet) is null.
import type { ReportId } from './reports'

export type MetricValue = number | null
/** Metric values under the catalogue's canonical keys (aliases folded in). */
export type Metrics = Record<string, MetricValue>

/** A row of a plain table report: its label and its metrics. */
export interface MetricRow {
  name: string
  values: Metrics
}

export interface RetentionPeriod {
  /** N of the API's 第N天 / 第N周 / 第N月. */
  n: number
  value: MetricValue
}

/** A cohort: its active users, then what was retained after each period, by N ascending. */
export interface RetentionRow extends MetricRow {
  periods: RetentionPeriod[]
}

export const PORTRAIT_DIMENSIONS = ['age', 'sex', 'interest'] as const
export type PortraitDimension = (typeof PORTRAIT_DIMENSIONS)[number]

export interface PortraitRow {
  dimension: PortraitDimension
  attributeId: string
  name: string
  /** Share in percent (count_ratio, or user_count_ratio as the field table spells it). */
  ratio: MetricValue
}

export interface PageRow extends MetricRow {
  pageId: string
  /** pageName: the page's path. */
  path: string
  /** pageAlias: often empty. `name` is the alias when there is one, else the path. */
  alias: string
}

export interface SceneRow extends MetricRow {
  sceneId: string
  /** The source group id this scene belongs to. */
  source: string
  /** The name the API gave the scene (`name` is the scene table's label, or the id). */
  apiName: string
}

/** A source group: its scenes (possibly none) and the group's own totals. */
export interface SourceGroupRow extends MetricRow {
  /** The groups' source id, from its scenes; null for a group with `name: []`. */
  source: string | null
  scenes: SceneRow[]
}

/** One day of the platform summary; `name` is the response's date verbatim ('20190301'). */
export type TpRow = MetricRow

export interface ReportRowTypes {
  trend: MetricRow
  activity: MetricRow
  retention: RetentionRow
  portrait: PortraitRow
  region: MetricRow
  terminal: MetricRow
  pages: PageRow
  habits: MetricRow
  sources: SourceGroupRow
  tp: TpRow
}

/** One report's answer for one variant and range, every page joined. */
export interface ReportData<R extends ReportId = ReportId> {
  report: R
  /** The API's own description of the range it answered ('' when it gives none). */
  timeSpan: string
  /** Rows the API said it has (for unpaged reports: the rows returned). */
  total: number
  /** Range totals (`sum`), for reports that have them. */
  sum: Metrics | null
  rows: ReportRowTypes[R][]
}

/** One page as the API sent it, before normalisation. */
export interface RawPage {
  startIndex: number
  body: string
}
