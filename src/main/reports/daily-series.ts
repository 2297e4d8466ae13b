// Which report variants are daily series (one row per day, in a known order), so a longer or
// shifted range can reuse cached days and fetch only the pages that hold the rest.
import { addDays, beijingToday, eachDay, fromSlashDate, minDay, type Day, type DayRange } from '../../shared/calendar'
import type { ReportId, Variant } from '../../shared/reports'

export interface DailySeries {
  order: 'newest-first' | 'oldest-first'
  /** Rows stop at yesterday (T+1); otherwise every day of the range is listed ("--" when not ready). */
  clipsToYesterday: boolean
  /** Where the range's `sum` comes from when rows are composed from cached days. */
  sum: 'page' | 'newest-row' | 'retention' | 'none'
}

const SERIES: Partial<Record<ReportId, { applies: (v: Variant) => boolean; series: DailySeries }>> = {
  // The range sum counts each user once: only Baidu can say it, so page 1 is always fetched.
  trend: { applies: (v) => v['gran'] === 'day', series: { order: 'newest-first', clipsToYesterday: true, sum: 'page' } },
  // Activity's sum is its newest day (the reference's example, and the simulator, agree).
  activity: { applies: () => true, series: { order: 'newest-first', clipsToYesterday: true, sum: 'newest-row' } },
  retention: { applies: (v) => v['gran'] === 'day', series: { order: 'oldest-first', clipsToYesterday: true, sum: 'retention' } },
  tp: { applies: () => true, series: { order: 'oldest-first', clipsToYesterday: false, sum: 'none' } }
}

export function dailySeries(report: ReportId, variant: Variant): DailySeries | null {
  const entry = SERIES[report]
  return entry && entry.applies(variant) ? entry.series : null
}

/** The days the API lists for a range, in the API's own row order. */
export function seriesDays(series: DailySeries, range: DayRange, now: number): Day[] {
  const end = series.clipsToYesterday ? minDay(range.to, addDays(beijingToday(now), -1)) : range.to
  if (end < range.from) return []
  const days = eachDay({ from: range.from, to: end })
  return series.order === 'newest-first' ? days.reverse() : days
}

/** The day a row stands for ('2019/04/15' or tp's '20190415'); null when its name is not a day. */
export function rowDay(row: unknown): Day | null {
  const name = (row as { name?: unknown }).name
  return typeof name === 'string' ? fromSlashDate(name) : null
}
