// What the fake bridge answers to reports:get: small rows per report, shaped as main shapes them,
// with "--" (null) where the API would send it. Values differ by variant, so a switch shows.
import { eachDay, toSlashDate, type DayRange } from '../../../src/shared/calendar'
import type { ReportQuery, ReportView } from '../../../src/shared/dto'
import type { MetricRow, Metrics, PageRow, PortraitRow, ReportData, ReportRowTypes, RetentionRow, SourceGroupRow } from '../../../src/shared/report-data'
import { resolveVariant, type ReportId, type Variant } from '../../../src/shared/reports'
import { ROWS, SUM } from './fixtures'

const row = (name: string, values: Metrics): MetricRow => ({ name, values })

function trendRows(variant: Variant): MetricRow[] {
  const flat = ROWS.map(({ name, ...values }) => row(name, values))
  switch (variant['gran']) {
    case 'week':
      return [row('2019/04/15 - 2019/04/15', { ...SUM, user_count: 1474 }), row('2019/04/08 - 2019/04/14', { ...SUM, user_count: 8800 })]
    case 'month':
      return [row('2019/04', { ...SUM, user_count: 20000 })]
    case 'hour':
      return ['00:00 - 00:59', '01:00 - 01:59', '02:00 - 02:59'].map((name, i) => row(name, { ...SUM, user_count: 100 + i }))
    default:
      return flat
  }
}

const ACTIVITY: MetricRow[] = [
  row('2019/04/15', { user_count: 1474, weekly_user_count: 8000, monthly_user_count: 30000, daily_activity_degree: 0.05, weekly_activity_degree: 0.3, monthly_activity_degree: 1.1, day_month_activity_degree: 4.9, lost_user_count: 120, lost_ratio: 8.1, accumulative_user_count: 120000 }),
  row('2019/04/14', { user_count: 1580, weekly_user_count: 7900, monthly_user_count: null, daily_activity_degree: 0.06, weekly_activity_degree: 0.3, monthly_activity_degree: null, day_month_activity_degree: null, lost_user_count: 118, lost_ratio: 7.5, accumulative_user_count: 119000 })
]

function retentionRows(variant: Variant): RetentionRow[] {
  const ratio = variant['report_type'] === 'ratio'
  const cohort = (name: string, active: number, reached: number): RetentionRow => ({
    name,
    values: { active_user_count: active },
    periods: [2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ n, value: n - 1 <= reached ? (ratio ? 40 / n : Math.round(active / n)) : null }))
  })
  const prefix = variant['gran'] === 'week' ? 'W ' : variant['gran'] === 'month' ? 'M ' : ''
  return [cohort(`${prefix}2019/04/13`, 1000, 2), cohort(`${prefix}2019/04/14`, 1200, 1), cohort(`${prefix}2019/04/15`, 900, 0)]
}

const PORTRAIT: PortraitRow[] = [
  { dimension: 'age', attributeId: 'a1', name: '18-24岁', ratio: 30.5 },
  { dimension: 'age', attributeId: 'a2', name: '25-34岁', ratio: 69.5 },
  { dimension: 'sex', attributeId: 's1', name: '男', ratio: 55 },
  { dimension: 'sex', attributeId: 's2', name: '女', ratio: null },
  { dimension: 'interest', attributeId: 'i1', name: '旅游出行', ratio: 12.25 },
  { dimension: 'interest', attributeId: 'i2', name: '教育培训', ratio: 40 }
]

const REGION: MetricRow[] = [
  row('广东', { session_count_district: 6294, session_count_district_ratio: 9.75, user_count_district_ratio: 9.17, new_user_count_district_ratio: 8.53, average_session_time_district: 82 }),
  row('山东', { session_count_district: 4761, session_count_district_ratio: 7.38, user_count_district_ratio: 7.36, new_user_count_district_ratio: null, average_session_time_district: 48 }),
  row('西藏', { session_count_district: 12, session_count_district_ratio: 0.02, user_count_district_ratio: 0.02, new_user_count_district_ratio: 0.01, average_session_time_district: 30 })
]

function terminalRows(variant: Variant): MetricRow[] {
  if (variant['terminal_type'] === 'terminal_network') {
    return [row('wifi', { accumulative_session_count: 39600, accumulative_session_count_ratio: 61.36, average_use_time: 47 }), row('4g', { accumulative_session_count: 8052, accumulative_session_count_ratio: 12.48, average_use_time: 64 })]
  }
  const names = variant['terminal_type'] === 'terminal_os' ? ['Android', 'iOS'] : ['HUAWEI', 'Apple']
  return names.map((name, i) =>
    row(name, { accumulative_session_count: 5000 - i * 1000, accumulative_session_count_ratio: 50 - i * 10, accumulative_user_count_ratio: 45 - i * 10, accumulative_new_user_count_ratio: 40, average_use_time: i === 1 ? null : 60 })
  )
}

const page = (pageId: string, path: string, alias: string, pv: number, entries: number): PageRow => ({
  name: alias || path,
  pageId,
  path,
  alias,
  values: { pv_count: pv, pv_ratio: pv / 10, pv_user_count: Math.round(pv / 3), average_stay_time: 20, stay_time_ratio: 10, bounce_ratio: 30, entry_count: entries, exit_count: 50 }
})
const PAGES: PageRow[] = [
  page('1', 'pages/index/index', '首页', 900, 100),
  page('2', 'pages/order/order', '', 300, 700),
  page('3', 'pages/detail/detail', '', 500, null as unknown as number)
]

function habitsRows(variant: Variant): MetricRow[] {
  if (variant['character_type'] === 'frequency') return [row('1次', { user_count: 300, user_count_ratio: 75 }), row('2次', { user_count: 100, user_count_ratio: 25 })]
  return [row('1-2页', { session_count: 500, session_count_ratio: 62.5 }), row('3-5页', { session_count: 300, session_count_ratio: null })]
}

const scene = (sceneId: string, source: string, userCount: number) => ({
  name: sceneId,
  sceneId,
  source,
  apiName: `api-${sceneId}`,
  values: { user_count: userCount, user_scale: userCount / 10, new_user_count: userCount, new_user_scale: 10, session_scale: 10, session_count_per_user: 1.5, average_session_time: 40 }
})
const SOURCES: SourceGroupRow[] = [
  { name: '百度搜索', source: '37', scenes: [scene('10810008', '37', 400), scene('99999999', '37', 100)], values: { user_count: 500, user_scale: 50, new_user_count: 500, new_user_scale: 50, session_scale: 50, session_count_per_user: 1.6, average_session_time: 45 } },
  { name: '', source: null, scenes: [], values: { user_count: 80, user_scale: 8, new_user_count: null, new_user_scale: null, session_scale: 8, session_count_per_user: 1.2, average_session_time: 30 } }
]

const TP: MetricRow[] = ['20190413', '20190414', '20190415'].map((day, i) =>
  row(day, { tp_day_app_count: 5, tp_day_user_count: 1000 + i * 100, tp_day_session_count: 2000, tp_day_new_user_count: 100, tp_week_user_count: 5000 + i, tp_activity_degree: 6.5, tp_session_time_per_person: i === 2 ? null : 40 })
)

function rowsFor(report: ReportId, variant: Variant): ReportRowTypes[ReportId][] {
  switch (report) {
    case 'trend':
      return trendRows(variant)
    case 'activity':
      return ACTIVITY
    case 'retention':
      return retentionRows(variant)
    case 'portrait':
      return PORTRAIT
    case 'region':
      return REGION
    case 'terminal':
      return terminalRows(variant)
    case 'pages':
      return PAGES
    case 'habits':
      return habitsRows(variant)
    case 'sources':
      return SOURCES
    case 'tp':
      return TP
  }
}

const SUMS: Partial<Record<ReportId, Metrics>> = {
  trend: SUM,
  activity: ACTIVITY[0]!.values,
  retention: { active_user_count: null },
  region: { session_count_district: 11067, session_count_district_ratio: 100, user_count_district_ratio: 100, new_user_count_district_ratio: 100, average_session_time_district: 57 },
  pages: { pv_count: 1700, pv_ratio: 100, pv_user_count: 600, average_stay_time: 20, stay_time_ratio: 100, bounce_ratio: 30, entry_count: 800, exit_count: 150 }
}

export function reportData<R extends ReportId>(report: R, variant: Variant, rows?: ReportRowTypes[R][]): ReportData<R> {
  const list = (rows ?? rowsFor(report, variant)) as ReportRowTypes[R][]
  return { report, timeSpan: '2019/04/13 - 2019/04/15', total: list.length, sum: SUMS[report] ?? null, rows: list }
}

/** The answer main would give to this query (variant resolved), with overrides. */
export function reportView(query: ReportQuery, overrides: Partial<ReportView> = {}): ReportView {
  const variant = { ...resolveVariant(query.report, query.variant ?? {}) }
  return {
    accountId: query.accountId,
    report: query.report,
    variant,
    from: query.from,
    to: query.to,
    data: reportData(query.report, variant),
    fetchedAt: Date.UTC(2019, 3, 16, 2, 30),
    source: 'network',
    settled: true,
    staleBecause: null,
    ...overrides
  }
}

/** A daily series over a range, newest first (as the API sends it), one value set per day. */
export function dailyRows(range: DayRange, value: (day: string) => Metrics): MetricRow[] {
  return eachDay(range)
    .map((d) => row(toSlashDate(d), value(d)))
    .reverse()
}
