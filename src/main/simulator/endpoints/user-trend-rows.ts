// getanalysisusertrend's rows: the eight trend metrics for each bucket of a range.
import type { DayRange } from '../../../shared/calendar'
import type { Gran, TrendMetric } from '../../../shared/reports'
import { bucketStats, hourStats } from '../bucket-model'
import type { PopulationStats } from '../day-model'
import { dateBuckets, hourName } from '../gran-buckets'
import { percentPair, perUnit } from '../metric-format'
import type { SimApp } from '../types'

export type TrendMetrics = Record<TrendMetric, number>
export type TrendRow = { name: string } & TrendMetrics

export function trendMetrics(stats: PopulationStats): TrendMetrics {
  const [newRatio, oldRatio] = percentPair(stats.newUsers, stats.users)
  return {
    new_user_count: stats.newUsers,
    new_user_ratio: newRatio,
    old_user_count: stats.oldUsers,
    old_user_ratio: oldRatio,
    user_count: stats.users,
    session_count: stats.sessions,
    average_session_time: perUnit(stats.totalTime, stats.sessions),
    session_time_per_person: perUnit(stats.totalTime, stats.users)
  }
}

/**
 * All rows of the range for `gran`. Hour rows are 24 hour-of-day buckets over the whole range in
 * ascending hour order, as the reference lists them ("00:00 - 00:59" first), unlike the
 * newest-first date rows.
 */
export function trendRows(app: SimApp, range: DayRange, gran: Gran): TrendRow[] {
  if (gran === 'hour') {
    return hourStats(app, range).map((h) => ({ name: hourName(h.hour), ...trendMetrics(h) }))
  }
  return dateBuckets(range, gran).map((b) => ({
    name: b.name,
    ...trendMetrics(bucketStats(app, b.range))
  }))
}
