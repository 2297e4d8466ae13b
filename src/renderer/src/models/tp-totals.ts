// What one number stands for a range of platform days: additive day counts sum, day users average
// (a user active on two days would count twice), and rolling or per-user figures take the last day.
import type { MetricRow, MetricValue } from '../../../shared/report-data'

export type TotalKind = 'sum' | 'average' | 'latest'

const SUMMED = new Set(['tp_day_new_user_count', 'tp_day_session_count', 'tp_day_page_count', 'tp_day_share_count', 'tp_day_back_flow_count'])
const AVERAGED = new Set(['tp_day_user_count'])

export function totalKind(key: string): TotalKind {
  if (SUMMED.has(key)) return 'sum'
  if (AVERAGED.has(key)) return 'average'
  return 'latest'
}

/** Rows oldest first, as gettpdata sends them. Null when no day has a number. */
export function tpTotal(rows: readonly MetricRow[], key: string): MetricValue {
  const values = rows.map((r) => r.values[key]).filter((v): v is number => typeof v === 'number')
  if (values.length === 0) return null
  const kind = totalKind(key)
  if (kind === 'sum') return values.reduce((a, b) => a + b, 0)
  // Users per day: a count, so a whole number.
  if (kind === 'average') return Math.round(values.reduce((a, b) => a + b, 0) / values.length)
  // The newest day with a number: a trailing "--" day is not ready yet, not zero.
  for (let i = rows.length - 1; i >= 0; i--) {
    const v = rows[i]!.values[key]
    if (typeof v === 'number') return v
  }
  return null
}
