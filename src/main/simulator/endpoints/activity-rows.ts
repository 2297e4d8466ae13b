// getanalysisactivityuser's rows: for each day, its users against the 7-, 30- and 60-day windows
// ending that day and against everyone who ever launched the app.
import { toSlashDate, type Day } from '../../../shared/calendar'
import { bucketStats } from '../bucket-model'
import { shiftDay } from '../day-index'
import { dayStats } from '../day-model'
import { percent } from '../metric-format'
import { newUsersThrough } from '../timeline'
import type { SimApp } from '../types'

/** The reference's key order. */
export const ACTIVITY_METRICS = [
  'user_count',
  'daily_activity_degree',
  'day_month_activity_degree',
  'weekly_user_count',
  'weekly_activity_degree',
  'monthly_user_count',
  'monthly_activity_degree',
  'lost_user_count',
  'lost_ratio',
  'accumulative_user_count'
] as const
export type ActivityMetric = (typeof ACTIVITY_METRICS)[number]
export type ActivityMetrics = Record<ActivityMetric, number>

/** Distinct users of the `days` days ending on `day` (the same figure the trend gives that range). */
function windowUsers(app: SimApp, day: Day, days: number): number {
  return bucketStats(app, { from: shiftDay(day, 1 - days), to: day }).users
}

/**
 * One day's activity. Weekly and monthly users are the trend's users for the 7 and 30 days ending
 * that day; lost users are everyone accumulated so far less those seen in the last 60 days. The
 * population model bounds returning users by those who arrived before, so daily ≤ weekly ≤ monthly
 * ≤ accumulated; the max() calls only guard that order, they do not bite for the demo apps.
 * Degrees are percentages of accumulated users (0, not 0/0, before anyone arrived).
 */
export function activityMetrics(app: SimApp, day: Day): ActivityMetrics {
  const users = dayStats(app, day).users
  const weekly = Math.max(users, windowUsers(app, day, 7))
  const monthly = Math.max(weekly, windowUsers(app, day, 30))
  const accumulated = Math.max(monthly, newUsersThrough(app, day))
  const lost = Math.max(0, accumulated - windowUsers(app, day, 60))
  return {
    user_count: users,
    daily_activity_degree: percent(users, accumulated),
    day_month_activity_degree: percent(users, monthly),
    weekly_user_count: weekly,
    weekly_activity_degree: percent(weekly, accumulated),
    monthly_user_count: monthly,
    monthly_activity_degree: percent(monthly, accumulated),
    lost_user_count: lost,
    lost_ratio: percent(lost, accumulated),
    accumulative_user_count: accumulated
  }
}

export type ActivityRow = { name: string } & ActivityMetrics

export function activityRow(app: SimApp, day: Day): ActivityRow {
  return { name: toSlashDate(day), ...activityMetrics(app, day) }
}
