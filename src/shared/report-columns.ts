// Metric columns of every report, with their API keys verbatim, zh/en labels and units.

/** How a value is measured; decides formatting on screen and in Excel. */
export type Unit = 'count' | 'decimal' | 'percent' | 'seconds' | 'text'

export interface Column<K extends string = string> {
  /** The API's key, verbatim. */
  key: K
  zh: string
  en: string
  unit: Unit
  /** Other spellings the API (or its reference) uses for the same value. */
  aliases?: readonly string[]
}

const col = <K extends string>(key: K, zh: string, en: string, unit: Unit, aliases?: readonly string[]): Column<K> =>
  aliases ? { key, zh, en, unit, aliases } : { key, zh, en, unit }

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
  col('user_count', '启动用户数', 'Active users', 'count'),
  col('new_user_count', '新用户数', 'New users', 'count'),
  col('new_user_ratio', '新用户占比', 'New user share', 'percent'),
  col('old_user_count', '老用户数', 'Returning users', 'count'),
  col('old_user_ratio', '老用户占比', 'Returning user share', 'percent'),
  col('session_count', '启动次数', 'Sessions', 'count'),
  col('average_session_time', '次均使用时长', 'Avg. time per session', 'seconds'),
  col('session_time_per_person', '人均使用时长', 'Avg. time per user', 'seconds')
]

export const ACTIVITY_COLUMNS: readonly Column[] = [
  col('user_count', '日活跃用户', 'Daily active users', 'count'),
  col('weekly_user_count', '周活跃用户', 'Weekly active users', 'count'),
  col('monthly_user_count', '月活跃用户', 'Monthly active users', 'count'),
  col('daily_activity_degree', '日活跃度', 'Daily activity', 'percent'),
  col('weekly_activity_degree', '周活跃度', 'Weekly activity', 'percent'),
  col('monthly_activity_degree', '月活跃度', 'Monthly activity', 'percent'),
  col('day_month_activity_degree', '日活/月活', 'DAU / MAU', 'percent'),
  col('lost_user_count', '流失用户', 'Lost users', 'count'),
  col('lost_ratio', '流失率', 'Churn rate', 'percent'),
  col('accumulative_user_count', '累计启动用户', 'Cumulative users', 'count')
]

export const RETENTION_ACTIVE_COLUMN: Column = col('active_user_count', '活跃用户数', 'Active users', 'count')

export const REGION_COLUMNS: readonly Column[] = [
  col('session_count_district', '启动次数', 'Sessions', 'count'),
  col('session_count_district_ratio', '启动次数占比', 'Session share', 'percent'),
  col('user_count_district_ratio', '启动用户占比', 'User share', 'percent'),
  col('new_user_count_district_ratio', '新用户占比', 'New user share', 'percent'),
  col('average_session_time_district', '次均使用时长', 'Avg. time per session', 'seconds')
]

export const TERMINAL_COLUMNS: readonly Column[] = [
  col('accumulative_session_count', '启动次数', 'Sessions', 'count'),
  col('accumulative_session_count_ratio', '启动次数占比', 'Session share', 'percent'),
  col('accumulative_user_count_ratio', '启动用户占比', 'User share', 'percent'),
  col('accumulative_new_user_count_ratio', '新用户占比', 'New user share', 'percent'),
  col('average_use_time', '次均使用时长', 'Avg. time per session', 'seconds')
]

export const PAGE_COLUMNS: readonly Column[] = [
  col('pv_count', '访问次数', 'Page views', 'count'),
  col('pv_ratio', '访问次数占比', 'View share', 'percent'),
  col('pv_user_count', '访问用户数', 'Visitors', 'count'),
  col('average_stay_time', '次均停留时长', 'Avg. time on page', 'seconds'),
  col('stay_time_ratio', '停留时长占比', 'Time share', 'percent'),
  col('bounce_ratio', '退出率', 'Exit rate', 'percent'),
  col('entry_count', '入口页次数', 'Entries', 'count'),
  col('exit_count', '退出页次数', 'Exits', 'count')
]

export const HABIT_COLUMNS = {
  sessions: [
    col('session_count', '启动次数', 'Sessions', 'count', ['user_count']),
    col('session_count_ratio', '启动次数占比', 'Session share', 'percent', ['user_count_ratio'])
  ],
  users: [
    col('user_count', '启动用户数', 'Users', 'count', ['session_count']),
    col('user_count_ratio', '启动用户占比', 'User share', 'percent', ['session_count_ratio'])
  ]
} as const satisfies Record<string, readonly Column[]>

export const SOURCE_COLUMNS: readonly Column[] = [
  col('user_count', '启动用户数', 'Users', 'count'),
  col('user_scale', '启动用户占比', 'User share', 'percent'),
  col('new_user_count', '新用户数（90天）', 'New users (90 days)', 'count'),
  col('new_user_scale', '新用户占比', 'New user share', 'percent'),
  col('session_scale', '启动次数占比', 'Session share', 'percent'),
  col('session_count_per_user', '人均启动次数', 'Sessions per user', 'decimal'),
  col('average_session_time', '次均使用时长', 'Avg. time per session', 'seconds')
]

// The reference's text and its example disagree on three names; both are read (api-facts.md).
export const TP_COLUMNS: readonly Column[] = [
  col('tp_day_app_count', '当日小程序数', 'Smart programs (day)', 'count'),
  col('tp_week_app_count', '近7日小程序数', 'Smart programs (7 days)', 'count'),
  col('tp_month_app_count', '近30日小程序数', 'Smart programs (30 days)', 'count'),
  col('tp_day_user_count', '当日启动用户数', 'Users (day)', 'count'),
  col('tp_week_user_count', '近7日启动用户数', 'Users (7 days)', 'count'),
  col('tp_month_user_count', '近30日启动用户数', 'Users (30 days)', 'count'),
  col('tp_day_new_user_count', '当日新用户数', 'New users (day)', 'count'),
  col('tp_week_new_user_count', '近7日新用户数', 'New users (7 days)', 'count'),
  col('tp_month_new_user_count', '近30日新用户数', 'New users (30 days)', 'count'),
  col('tp_day_session_count', '当日启动次数', 'Sessions (day)', 'count'),
  col('tp_week_session_count', '近7日启动次数', 'Sessions (7 days)', 'count'),
  col('tp_month_session_count', '近30日启动次数', 'Sessions (30 days)', 'count'),
  col('tp_day_page_count', '当日页面访问次数', 'Page views (day)', 'count'),
  col('tp_activity_degree', '小程序活跃度', 'Activity', 'percent'),
  col('tp_session_time_per_person', '当日人均使用时长', 'Avg. time per user', 'seconds', ['tp_session_count_per_person']),
  col('tp_session_time_per_day', '当日次均使用时长', 'Avg. time per session', 'seconds', ['tp_session_count_per_day']),
  col('tp_day_share_count', '分享次数', 'Shares', 'count'),
  col('tp_day_back_flow_count', '回流次数', 'Return visits from shares', 'count', ['tp_day_feedback_count'])
]
