// Report answers with a number in every cell a tab shows but one, left "--" (null): a test can then
// say which cell shows "--", not merely that one does somewhere.
import type { ReportQuery, ReportView } from '../../../src/shared/dto'
import type { Metrics, PortraitRow, RetentionRow, SourceGroupRow } from '../../../src/shared/report-data'
import { parseRetentionKey, REPORTS, TP_COLUMNS, type Column, type ReportId } from '../../../src/shared/reports'
import type { TabId } from '../../../src/renderer/src/views/tabs'
import { reportView } from './report-fixtures'

/** The one cell left "--": the fixture row by index, and the column by key. */
export interface Hole {
  id: Exclude<TabId, 'overview'>
  table: string
  row: number
  key: string
  /** What the row's name cell begins with on screen. */
  shown: string
}

export const HOLES: Hole[] = [
  { id: 'trend', table: 'trend-table', row: 1, key: 'old_user_count', shown: '2019/04/14' },
  { id: 'activity', table: 'activity-table', row: 0, key: 'monthly_activity_degree', shown: '2019/04/15' },
  { id: 'retention', table: 'retention-table', row: 1, key: '第4天', shown: '2019/04/14' },
  { id: 'portrait', table: 'portrait-table-sex', row: 3, key: 'count_ratio', shown: '女' },
  { id: 'region', table: 'region-table', row: 1, key: 'user_count_district_ratio', shown: '山东' },
  { id: 'terminal', table: 'terminal-table', row: 1, key: 'accumulative_session_count_ratio', shown: 'Apple' },
  { id: 'pages', table: 'pages-table', row: 2, key: 'average_stay_time', shown: 'pages/detail/detail' },
  { id: 'habits', table: 'habits-table', row: 0, key: 'session_count_ratio', shown: '1-2页' },
  { id: 'sources', table: 'sources-table', row: 0, key: 'new_user_scale', shown: '百度搜索' },
  { id: 'tp', table: 'tp-table', row: 1, key: 'tp_week_new_user_count', shown: '2019/04/14' }
]

/** The columns each tab's table shows (the platform summary shows every tp metric). */
export function tableColumns(report: ReportId, variant: Record<string, string>): readonly Column[] {
  return report === 'tp' ? TP_COLUMNS : REPORTS[report].columns(variant)
}

// Distinct small numbers, so a value in the wrong cell would read differently.
const fill = (keys: readonly string[], values: Metrics, seed: number): Metrics =>
  Object.fromEntries(keys.map((k, i) => [k, values[k] ?? seed + i]))

function complete(report: ReportId, row: unknown, keys: readonly string[], seed: number): unknown {
  if (report === 'portrait') {
    const r = row as PortraitRow
    return { ...r, ratio: r.ratio ?? seed }
  }
  if (report === 'retention') {
    const r = row as RetentionRow
    return { ...r, values: fill(['active_user_count'], r.values, 900 + seed), periods: r.periods.map((p) => ({ ...p, value: p.value ?? seed + p.n })) }
  }
  const r = row as SourceGroupRow
  const out = { ...r, values: fill(keys, r.values, seed) }
  return report === 'sources' ? { ...out, scenes: r.scenes.map((s, i) => ({ ...s, values: fill(keys, s.values, seed + 10 * (i + 1)) })) } : out
}

function punch(report: ReportId, row: unknown, key: string): unknown {
  if (report === 'portrait') return { ...(row as PortraitRow), ratio: null }
  if (report === 'retention') {
    const r = row as RetentionRow
    const n = parseRetentionKey(key)?.n
    return { ...r, periods: r.periods.map((p) => (p.n === n ? { ...p, value: null } : p)) }
  }
  const r = row as SourceGroupRow
  return { ...r, values: { ...r.values, [key]: null } }
}

/** The fixture's answer with every value the tab shows a number, except the hole's cell. */
export function holed(q: ReportQuery, hole: Hole): ReportView {
  const view = reportView(q)
  const keys = tableColumns(q.report, view.variant).map((c) => c.key)
  const rows = (view.data.rows as unknown[]).map((r, i) => {
    const full = complete(q.report, r, keys, 11 + 20 * i)
    return i === hole.row ? punch(q.report, full, hole.key) : full
  })
  const sum = view.data.sum ? fill(keys, view.data.sum, 5000) : null
  return { ...view, data: { ...view.data, sum, rows } } as ReportView
}
