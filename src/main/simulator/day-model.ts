// The daily population of one smart program: how many users launched it on a Beijing day, how many
// of them for the first time ever, how many sessions and how much time they spent. Every report the
// API offers (trend, activity, retention, regions, pages …) is derived from these numbers.
import { dayCount, weekdayIndex, type Day } from '../../shared/calendar'
import { appTraits } from './app-traits'
import { gaussian, salt, unit } from './hash'
import type { SimApp } from './types'

/** Counts for any span of time; `users` counts each user once for that span. */
export interface PopulationStats {
  newUsers: number
  oldUsers: number
  users: number
  sessions: number
  /** Total time in app, seconds. */
  totalTime: number
}

export interface DayStats extends PopulationStats {
  day: Day
}

/** Day 0 of the growth curve; days before it are still defined (the curve just runs lower). */
export const MODEL_EPOCH: Day = '20190101'

const SALT = {
  users: salt('users'),
  campaign: salt('campaign'),
  campaignSize: salt('campaign-size'),
  newShare: salt('new-share'),
  sessions: salt('sessions'),
  time: salt('time')
}

/** Chance that a day carries a promotion: a burst of mostly new users. */
const CAMPAIGN_CHANCE = 0.015

function computeDay(app: SimApp, day: Day): DayStats {
  const t = appTraits(app)
  const ordinal = dayCount({ from: MODEL_EPOCH, to: day }) - 1
  const key = Number(day)
  const trend = 1 + t.growthAmplitude * Math.tanh((ordinal - t.growthMidpoint) / t.growthSpan)
  const weekly = t.weekday[weekdayIndex(day)] ?? 1
  const noise = Math.exp(t.noise * gaussian(app.seed, key, SALT.users))
  const campaign =
    unit(app.seed, key, SALT.campaign) < CAMPAIGN_CHANCE
      ? 1.4 + 0.6 * unit(app.seed, key, SALT.campaignSize)
      : 1
  const users = Math.max(1, Math.round(app.baseUsers * trend * weekly * noise * campaign))

  const newShare = t.newShare + 0.04 * gaussian(app.seed, key, SALT.newShare) + (campaign > 1 ? 0.1 : 0)
  const newUsers = Math.round(users * Math.min(0.95, Math.max(0.05, newShare)))
  const perUser = t.sessionsPerUser * (1 + 0.04 * gaussian(app.seed, key, SALT.sessions))
  // Every user launched at least once, so sessions can never fall below users.
  const sessions = Math.max(users, Math.round(users * perUser))
  const perSession = t.secondsPerSession * (1 + 0.08 * gaussian(app.seed, key, SALT.time))
  return {
    day,
    newUsers,
    oldUsers: users - newUsers,
    users,
    sessions,
    totalTime: Math.round(sessions * perSession)
  }
}

// Sync benchmarks page through years of days for several apps, and every page of a range needs the
// range's `sum`: memoise per (app, day). The key is the model inputs, not the object identity.
const memo = new Map<string, Map<Day, Readonly<DayStats>>>()

export function dayStats(app: SimApp, day: Day): Readonly<DayStats> {
  const appKey = `${app.seed}:${app.baseUsers}`
  let days = memo.get(appKey)
  if (!days) {
    days = new Map()
    memo.set(appKey, days)
  }
  let stats: Readonly<DayStats> | undefined = days.get(day)
  if (!stats) {
    // Frozen because the same object is handed to every caller.
    stats = Object.freeze(computeDay(app, day))
    days.set(day, stats)
  }
  return stats
}
