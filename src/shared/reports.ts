// The report catalogue: one source of truth for the client, the UI and the exports.

/** How a value is measured; decides formatting on screen and in Excel. */
export type Unit = 'count' | 'percent' | 'seconds' | 'text'

export interface Column<K extends string = string> {
  key: K
  zh: string
  en: string
  unit: Unit
}

export const GRANS = ['hour', 'day', 'week', 'month'] as const
export type Gran = (typeof GRANS)[number]

export const TREND_METRICS = [
  'new_user_count',
  'new_user_ratio',
  'old_user_count',
  'old_user_ratio',
  'user_count',
  'session_count',
  'average_session_time',
  'session_time_per_person'
] as const
export type TrendMetric = (typeof TREND_METRICS)[number]

export const TREND_COLUMNS: readonly Column<TrendMetric>[] = [
  { key: 'user_count', zh: '启动用户数', en: 'Active users', unit: 'count' },
  { key: 'new_user_count', zh: '新用户数', en: 'New users', unit: 'count' },
  { key: 'new_user_ratio', zh: '新用户占比', en: 'New user share', unit: 'percent' },
  { key: 'old_user_count', zh: '老用户数', en: 'Returning users', unit: 'count' },
  { key: 'old_user_ratio', zh: '老用户占比', en: 'Returning user share', unit: 'percent' },
  { key: 'session_count', zh: '启动次数', en: 'Sessions', unit: 'count' },
  { key: 'average_session_time', zh: '次均使用时长', en: 'Avg. time per session', unit: 'seconds' },
  { key: 'session_time_per_person', zh: '人均使用时长', en: 'Avg. time per user', unit: 'seconds' }
]

export interface ReportDefinition {
  id: ReportId
  endpoint: string
  method: 'GET' | 'POST'
  zh: string
  en: string
  /** The row label column (a date, a bucket, a name). */
  dimension: { zh: string; en: string }
  columns: readonly Column[]
  /** Rows per page the API returns; null when the endpoint does not page. */
  pageSize: number | null
}

export const REPORT_IDS = ['trend'] as const
export type ReportId = (typeof REPORT_IDS)[number]

export const REPORTS: Record<ReportId, ReportDefinition> = {
  trend: {
    id: 'trend',
    endpoint: 'getanalysisusertrend',
    method: 'POST',
    zh: '用户趋势',
    en: 'User trend',
    dimension: { zh: '时间', en: 'Period' },
    columns: TREND_COLUMNS,
    pageSize: 20
  }
}

export const GRAN_LABELS: Record<Gran, { zh: string; en: string }> = {
  hour: { zh: '按小时', en: 'By hour' },
  day: { zh: '按天', en: 'By day' },
  week: { zh: '按周', en: 'By week' },
  month: { zh: '按月', en: 'By month' }
}

export type Locale = 'zh-CN' | 'en'
export const LOCALES: readonly Locale[] = ['zh-CN', 'en']

/** A bilingual label in the given UI language. */
export function label(item: { zh: string; en: string }, locale: Locale): string {
  return locale === 'en' ? item.en : item.zh
}

/** The unit suffix shown in table and Excel headers. */
export function unitSuffix(unit: Unit, locale: Locale): string {
  if (unit === 'percent') return ' (%)'
  if (unit === 'seconds') return locale === 'en' ? ' (s)' : '（秒）'
  return ''
}
