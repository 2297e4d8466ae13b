// Population over a span of days (a week, a month, a whole requested range) and over the hours of
// the day, built from the daily model so every report agrees with every other.
import type { DayRange } from '../../shared/calendar'
import { largestRemainder } from './apportion'
import { appTraits } from './app-traits'
import { daysOf } from './day-index'
import { dayStats, type PopulationStats } from './day-model'
import { gaussian, salt } from './hash'
import { newUsersBefore, rangeTotals, type RangeTotals } from './timeline'
import type { SimApp } from './types'

export interface BucketStats extends PopulationStats {
  range: DayRange
  days: number
}

export interface HourStats extends PopulationStats {
  /** Hour of day in Beijing, 0 … 23. */
  hour: number
}

/**
 * f(n): the share of summed daily returning users that are distinct within an n-day bucket. A
 * returning user comes back on several days of a week, so the sum over days counts them repeatedly;
 * f(1) = 1 and f falls as the bucket grows.
 */
export function returningFactor(app: SimApp, days: number): number {
  return Math.pow(Math.max(1, days), -appTraits(app).returningRepeat)
}

/** Distinct returning users of a bucket: the deduplicated sum, never below the busiest day. */
export function distinctReturning(sumOld: number, maxOld: number, factor: number): number {
  return Math.max(maxOld, Math.round(sumOld * factor))
}

/**
 * Users counted once per bucket. New users launch for the first time on exactly one day, so they
 * add up; returning users are deduplicated by f(n), but never below the busiest single day. Nor
 * can more distinct users return than had ever arrived before the bucket began (this only bites in
 * the weeks after launch): that bound keeps accumulated users ≥ monthly users ≥ weekly users.
 * Sessions and time are plain sums.
 */
export function bucketStats(app: SimApp, range: DayRange): BucketStats {
  return fromTotals(app, range, rangeTotals(app, range))
}

function fromTotals(app: SimApp, range: DayRange, t: RangeTotals): BucketStats {
  const deduplicated = distinctReturning(t.sumOld, t.maxOld, returningFactor(app, t.liveDays))
  const oldUsers = Math.min(deduplicated, newUsersBefore(app, range.from))
  return {
    range,
    days: t.days,
    newUsers: t.newUsers,
    oldUsers,
    users: t.newUsers + oldUsers,
    sessions: t.sessions,
    totalTime: t.totalTime
  }
}

const HOUR_JITTER = salt('hour-jitter')

/**
 * The range's activity by hour of day (24 rows, hour 0 first). Sessions and time are split from
 * the range totals by largest remainder, so they add up exactly to `bucketStats`. Users per hour
 * are the hour's first launches plus its deduplicated share of returning users, capped by the
 * hour's sessions (every user counted in an hour launched at least once in it).
 */
export function hourStats(app: SimApp, range: DayRange): HourStats[] {
  const traits = appTraits(app)
  const totals = rangeTotals(app, range)
  const total = fromTotals(app, range, totals)
  // Each day's hour shape wobbles a little around the app's profile; weight it by that day's size.
  const weights = traits.hourWeights.map(() => 0)
  for (const day of daysOf(range.from, range.to)) {
    const sessions = dayStats(app, day).sessions
    if (sessions === 0) continue
    traits.hourWeights.forEach((w, h) => {
      const jitter = 1 + 0.1 * gaussian(app.seed, Number(day), HOUR_JITTER, h)
      weights[h] = (weights[h] ?? 0) + sessions * w * jitter
    })
  }
  const sessions = largestRemainder(total.sessions, weights)
  const timeWeights = weights.map((w, h) => w * (traits.hourSessionLength[h] ?? 1))
  const times = largestRemainder(total.totalTime, timeWeights)
  // Each new user is counted in the hour of their first launch, so new users add up to the total.
  const newWeights = weights.map((w, h) => w * (traits.hourNewTilt[h] ?? 1))
  const firstLaunches = largestRemainder(total.newUsers, newWeights)
  const dedup = returningFactor(app, totals.liveDays)
  return sessions.map((hourSessions, hour) => {
    const share = total.sessions > 0 ? hourSessions / total.sessions : 0
    const newUsers = Math.min(hourSessions, firstLaunches[hour] ?? 0)
    const returning = Math.min(total.oldUsers, Math.round(totals.sumOld * share * dedup))
    const oldUsers = Math.min(hourSessions - newUsers, returning)
    return {
      hour,
      newUsers,
      oldUsers,
      users: newUsers + oldUsers,
      sessions: hourSessions,
      totalTime: times[hour] ?? 0
    }
  })
}
