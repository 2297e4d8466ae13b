// The report catalogue: one source of truth for the client, the simulator, the UI and the exports.
import { TREND_COLUMNS, ACTIVITY_COLUMNS, REGION_COLUMNS, TERMINAL_COLUMNS, PAGE_COLUMNS, SOURCE_COLUMNS, TP_COLUMNS, HABIT_COLUMNS, RETENTION_ACTIVE_COLUMN } from './report-columns'
import type { Column, Unit } from './report-columns'

export type { Column, Unit } from './report-columns'
export * from './report-columns'

export const REPORT_IDS = ['trend', 'activity', 'retention', 'portrait', 'region', 'terminal', 'pages', 'habits', 'sources', 'tp'] as const
export type ReportId = (typeof REPORT_IDS)[number]

export const GRANS = ['hour', 'day', 'week', 'month'] as const
export type Gran = (typeof GRANS)[number]
export const RETENTION_GRANS = ['day', 'week', 'month'] as const
export type RetentionGran = (typeof RETENTION_GRANS)[number]
export const REPORT_TYPES = ['count', 'ratio'] as const
export type ReportType = (typeof REPORT_TYPES)[number]
export const TERMINAL_TYPES = ['terminal_brand', 'terminal_device', 'terminal_os', 'terminal_screen', 'terminal_network'] as const
export type TerminalType = (typeof TERMINAL_TYPES)[number]
export const CHARACTER_TYPES = ['depth', 'time', 'interval', 'frequency'] as const
export type CharacterType = (typeof CHARACTER_TYPES)[number]

export interface Bilingual {
  zh: string
  en: string
}

export interface VariantOption extends Bilingual {
  value: string
}

/** One request parameter that selects a variant of a report (gran, report_type, …). */
export interface VariantParam {
  /** The API's parameter name, verbatim. */
  param: string
  /** The CLI flag that sets it. */
  flag: string
  options: readonly VariantOption[]
  default: string
}

/** A variant: API parameter → value, e.g. { gran: 'week', report_type: 'ratio' }. */
export type Variant = Readonly<Record<string, string>>

/** How a response's rows are shaped; each shape has its own normaliser. */
export type ReportShape = 'table' | 'retention' | 'portrait' | 'pages' | 'sources' | 'tp'

export interface ReportDefinition extends Bilingual {
  id: ReportId
  endpoint: string
  method: 'GET' | 'POST'
  /** Which token the endpoint takes: an app's authorizer token, or the platform's TP token. */
  token: 'app' | 'tp'
  shape: ReportShape
  /** Rows per page; null when the endpoint does not page. */
  pageSize: number | null
  /** The parameter that sets the page size, when the caller may set it. */
  pageSizeParam?: string
  /** Whether the answer carries `sum` (range totals). */
  hasSum: boolean
  /**
   * Sum keys Baidu answers "--" for whatever the range (the reference's examples, api-facts.md):
   * not "not ready yet", so they never make a settled answer worth fetching again.
   */
  sumNeverFilled?: readonly string[]
  /** The label of the row dimension (a date, a bucket, a province…). */
  dimension: Bilingual
  variants: readonly VariantParam[]
  /** The metric columns of one variant, in display order. */
  columns(variant: Variant): readonly Column[]
}

const opt = (value: string, zh: string, en: string): VariantOption => ({ value, zh, en })

export const GRAN_LABELS: Record<Gran, Bilingual> = {
  hour: { zh: '按小时', en: 'By hour' },
  day: { zh: '按天', en: 'By day' },
  week: { zh: '按周', en: 'By week' },
  month: { zh: '按月', en: 'By month' }
}

const granParam = (grans: readonly Gran[]): VariantParam => ({
  param: 'gran',
  flag: '--gran',
  options: grans.map((g) => opt(g, GRAN_LABELS[g].zh, GRAN_LABELS[g].en)),
  default: 'day'
})

const REPORT_TYPE_PARAM: VariantParam = {
  param: 'report_type',
  flag: '--report-type',
  options: [opt('count', '留存人数', 'Retained users'), opt('ratio', '留存率', 'Retention rate')],
  default: 'count'
}

const TERMINAL_TYPE_PARAM: VariantParam = {
  param: 'terminal_type',
  flag: '--type',
  options: [
    opt('terminal_brand', '品牌', 'Brand'),
    opt('terminal_device', '机型', 'Device model'),
    opt('terminal_os', '操作系统', 'Operating system'),
    opt('terminal_screen', '分辨率', 'Screen resolution'),
    opt('terminal_network', '联网方式', 'Network')
  ],
  default: 'terminal_brand'
}

const CHARACTER_TYPE_PARAM: VariantParam = {
  param: 'character_type',
  flag: '--type',
  options: [
    opt('depth', '访问深度', 'Visit depth'),
    opt('time', '使用时长', 'Session length'),
    opt('interval', '使用间隔', 'Launch interval'),
    opt('frequency', '使用频率', 'Launch frequency')
  ],
  default: 'depth'
}

/** gettpdata's metrics parameter: all of them unless the caller narrows it. */
const TP_METRICS_PARAM: VariantParam = {
  param: 'metrics',
  flag: '--metrics',
  options: TP_COLUMNS.map((c) => opt(c.key, c.zh, c.en)),
  default: TP_COLUMNS.map((c) => c.key).join(',')
}

/** gettpdata's scene parameter: '' (all scenes) or a scene id. */
const TP_SCENE_PARAM: VariantParam = {
  param: 'scene',
  flag: '--scene',
  options: [opt('', '全部场景', 'All scenes')],
  default: ''
}

const RETENTION_PERIOD_UNIT: Record<RetentionGran, Bilingual> = {
  day: { zh: '天', en: 'day' },
  week: { zh: '周', en: 'week' },
  month: { zh: '月', en: 'month' }
}

/** Retention periods the API reports: 第2… to 第9… */
export const RETENTION_PERIODS = [2, 3, 4, 5, 6, 7, 8, 9] as const

/** The API's own key for period n, e.g. '第2天', '第3周', '第4月'. */
export function retentionKey(gran: RetentionGran, n: number): string {
  return `第${n}${RETENTION_PERIOD_UNIT[gran].zh}`
}

/** Parses '第N天|周|月' into its period number and gran; null for any other key. */
export function parseRetentionKey(key: string): { n: number; gran: RetentionGran } | null {
  const m = /^第(\d+)(天|周|月)$/.exec(key.trim())
  if (!m) return null
  const gran = (Object.keys(RETENTION_PERIOD_UNIT) as RetentionGran[]).find((g) => RETENTION_PERIOD_UNIT[g].zh === m[2])!
  return { n: Number(m[1]), gran }
}

function retentionColumns(variant: Variant): Column[] {
  const gran = (variant['gran'] ?? 'day') as RetentionGran
  const unit: Unit = variant['report_type'] === 'ratio' ? 'percent' : 'count'
  const en = RETENTION_PERIOD_UNIT[gran].en
  return [
    RETENTION_ACTIVE_COLUMN,
    ...RETENTION_PERIODS.map((n) => ({ key: retentionKey(gran, n), zh: retentionKey(gran, n), en: `${en[0]!.toUpperCase()}${en.slice(1)} ${n}`, unit }))
  ]
}

const NETWORK_COLUMNS = new Set(['accumulative_session_count', 'accumulative_session_count_ratio', 'average_use_time'])

export const REPORTS: Record<ReportId, ReportDefinition> = {
  trend: {
    id: 'trend',
    endpoint: 'getanalysisusertrend',
    method: 'POST',
    token: 'app',
    shape: 'table',
    zh: '用户趋势',
    en: 'User trend',
    pageSize: 20,
    hasSum: true,
    dimension: { zh: '时间', en: 'Period' },
    variants: [granParam(GRANS)],
    columns: () => TREND_COLUMNS
  },
  activity: {
    id: 'activity',
    endpoint: 'getanalysisactivityuser',
    method: 'POST',
    token: 'app',
    shape: 'table',
    zh: '活跃用户',
    en: 'Active users',
    pageSize: 20,
    hasSum: true,
    dimension: { zh: '日期', en: 'Date' },
    variants: [],
    columns: () => ACTIVITY_COLUMNS
  },
  retention: {
    id: 'retention',
    endpoint: 'getanalysisretaineduser',
    method: 'POST',
    token: 'app',
    shape: 'retention',
    zh: '活跃用户留存',
    en: 'Retention',
    pageSize: 20,
    hasSum: true,
    sumNeverFilled: ['active_user_count'],
    dimension: { zh: '时间', en: 'Cohort' },
    variants: [REPORT_TYPE_PARAM, granParam(RETENTION_GRANS)],
    columns: retentionColumns
  },
  portrait: {
    id: 'portrait',
    endpoint: 'getanalysisvisitattribute',
    method: 'POST',
    token: 'app',
    shape: 'portrait',
    zh: '用户画像',
    en: 'User portrait',
    pageSize: null,
    hasSum: false,
    dimension: { zh: '属性', en: 'Attribute' },
    variants: [],
    columns: () => [{ key: 'count_ratio', zh: '占比', en: 'Share', unit: 'percent', aliases: ['user_count_ratio'] }]
  },
  region: {
    id: 'region',
    endpoint: 'getanalysisregion',
    method: 'POST',
    token: 'app',
    shape: 'table',
    zh: '地域分布',
    en: 'Regions',
    pageSize: 20,
    hasSum: true,
    dimension: { zh: '省份', en: 'Province' },
    variants: [],
    columns: () => REGION_COLUMNS
  },
  terminal: {
    id: 'terminal',
    endpoint: 'getanalysisterminal',
    method: 'POST',
    token: 'app',
    shape: 'table',
    zh: '终端分布',
    en: 'Devices',
    pageSize: 20,
    hasSum: true,
    dimension: { zh: '终端', en: 'Terminal' },
    variants: [TERMINAL_TYPE_PARAM],
    // Network rows carry only three metrics (api-facts.md).
    columns: (v) => (v['terminal_type'] === 'terminal_network' ? TERMINAL_COLUMNS.filter((c) => NETWORK_COLUMNS.has(c.key)) : TERMINAL_COLUMNS)
  },
  pages: {
    id: 'pages',
    endpoint: 'getanalysisvisitpage',
    method: 'POST',
    token: 'app',
    shape: 'pages',
    zh: '页面分析',
    en: 'Pages',
    pageSize: 20,
    hasSum: true,
    dimension: { zh: '页面', en: 'Page' },
    variants: [],
    columns: () => PAGE_COLUMNS
  },
  habits: {
    id: 'habits',
    endpoint: 'getanalysisvisitcharacter',
    method: 'POST',
    token: 'app',
    shape: 'table',
    zh: '用户习惯',
    en: 'Usage habits',
    pageSize: 20,
    hasSum: true,
    dimension: { zh: '区间', en: 'Bucket' },
    variants: [CHARACTER_TYPE_PARAM],
    // frequency counts users; the other three count sessions (api-facts.md). The reference's own
    // depth example answers with user_count, so each spelling is read as the other's alias.
    columns: (v) => (v['character_type'] === 'frequency' ? HABIT_COLUMNS.users : HABIT_COLUMNS.sessions)
  },
  sources: {
    id: 'sources',
    endpoint: 'getanalysissource',
    method: 'POST',
    token: 'app',
    shape: 'sources',
    zh: '来源分析',
    en: 'Sources',
    pageSize: 20,
    hasSum: false,
    dimension: { zh: '来源', en: 'Source' },
    variants: [],
    columns: () => SOURCE_COLUMNS
  },
  tp: {
    id: 'tp',
    endpoint: 'gettpdata',
    method: 'GET',
    token: 'tp',
    shape: 'tp',
    zh: '平台数据汇总',
    en: 'Platform summary',
    pageSize: 20,
    pageSizeParam: 'max_result',
    hasSum: false,
    dimension: { zh: '日期', en: 'Date' },
    variants: [TP_METRICS_PARAM, TP_SCENE_PARAM],
    columns: (v) => {
      const wanted = new Set((v['metrics'] ?? TP_METRICS_PARAM.default).split(',').map((m) => m.trim()))
      return TP_COLUMNS.filter((c) => wanted.has(c.key) || c.aliases?.some((a) => wanted.has(a)))
    }
  }
}

/** Reports of one smart program (everything but the platform summary). */
export const APP_REPORT_IDS = REPORT_IDS.filter((id) => REPORTS[id].token === 'app')

/** The variant with every parameter at its default, overridden by `partial`. */
export function resolveVariant(report: ReportId, partial: Variant = {}): Variant {
  const out: Record<string, string> = {}
  for (const p of REPORTS[report].variants) out[p.param] = partial[p.param] ?? p.default
  return out
}

/** Every variant of a report a full sync fetches: the cross product of its enumerated options. */
export function allVariants(report: ReportId): Variant[] {
  let combos: Record<string, string>[] = [{}]
  for (const p of REPORTS[report].variants) {
    // tp's metrics and scene are free-form: a sync asks for every metric across all scenes.
    const values = p.param === 'metrics' || p.param === 'scene' ? [p.default] : p.options.map((o) => o.value)
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [p.param]: v })))
  }
  return combos
}

/** Canonical text of a variant, stable across runs: 'gran=day&report_type=count'. */
export function variantKey(variant: Variant): string {
  return Object.keys(variant)
    .sort()
    .map((k) => `${k}=${variant[k]}`)
    .join('&')
}

/** Checks a variant against the catalogue; returns the problem in words, or null. */
export function variantProblem(report: ReportId, variant: Variant): string | null {
  const def = REPORTS[report]
  for (const key of Object.keys(variant)) {
    if (!def.variants.some((p) => p.param === key)) return `${report} takes no ${key}`
  }
  for (const p of def.variants) {
    const value = variant[p.param]
    if (value === undefined) continue
    if (p.param === 'metrics') {
      const known = new Set(TP_COLUMNS.flatMap((c) => [c.key, ...(c.aliases ?? [])]))
      const bad = value.split(',').find((m) => !known.has(m.trim()))
      if (bad !== undefined) return `unknown metric ${bad}`
    } else if (p.param === 'scene') {
      if (value !== '' && !/^\d{1,12}$/.test(value)) return 'scene must be a scene id (digits)'
    } else if (!p.options.some((o) => o.value === value)) {
      return `${p.param} must be one of ${p.options.map((o) => o.value).join(', ')}`
    }
  }
  return null
}

export type Locale = 'zh-CN' | 'en'
export const LOCALES: readonly Locale[] = ['zh-CN', 'en']

/** The variant in words ('按周', 'Operating system · Retention rate'); '' for free-form tp parameters. */
export function variantLabel(report: ReportId, variant: Variant): Bilingual {
  const parts = REPORTS[report].variants
    .filter((p) => p.param !== 'metrics' && p.param !== 'scene')
    .map((p) => p.options.find((o) => o.value === variant[p.param]))
    .filter((o): o is VariantOption => o !== undefined)
  return { zh: parts.map((o) => o.zh).join('·'), en: parts.map((o) => o.en).join(' · ') }
}

/** A bilingual label in the given UI language. */
export function label(item: Bilingual, locale: Locale): string {
  return locale === 'en' ? item.en : item.zh
}

/** The unit suffix shown in table and Excel headers. */
export function unitSuffix(unit: Unit, locale: Locale): string {
  if (unit === 'percent') return ' (%)'
  if (unit === 'seconds') return locale === 'en' ? ' (s)' : '（秒）'
  return ''
}
