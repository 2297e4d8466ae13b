// The daily population of one smart program: how many users launched it on a Beijing day, how many
// of them for the first time ever, how many sessions and how much time they spent. Every report the
// API offers (trend, activity, retention, regions, pages …) is derived from these numbers.
import type { Day } from '../../shared/calendar'
import { ageOn, modelKey, RAMP_DAYS } from './app-launch'
import { appTraits } from './app-traits'
import { dayOrdinal, shiftDay, weekdayOf } from './day-index'
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

function noUsers(day: Day): DayStats {
  return { day, newUsers: 0, oldUsers: 0, users: 0, sessions: 0, totalTime: 0 }
}

/** New users from the launch day up to (not including) `day`: the pool anyone can return from. */
function newUsersSinceLaunch(app: SimApp, day: Day, age: number): number {
  let total = 0
  for (let back = 1; back <= age; back++) total += dayStats(app, shiftDay(day, -back)).newUsers
  return total
}

function computeDay(app: SimApp, day: Day): DayStats {
  const age = ageOn(app, day)
  if (age < 0) return noUsers(day)
  const t = appTraits(app)
  const ordinal = dayOrdinal(day) - dayOrdinal(MODEL_EPOCH)
  const key = Number(day)
  const ramp = Math.min(1, age / RAMP_DAYS)
  const trend = 1 + t.growthAmplitude * Math.tanh((ordinal - t.growthMidpoint) / t.growthSpan)
  const weekly = t.weekday[weekdayOf(day)] ?? 1
  const noise = Math.exp(t.noise * gaussian(app.seed, key, SALT.users))
  const campaign =
    unit(app.seed, key, SALT.campaign) < CAMPAIGN_CHANCE
      ? 1.4 + 0.6 * unit(app.seed, key, SALT.campaignSize)
      : 1
  const audience = 0.2 + 0.8 * ramp
  const users = Math.max(1, Math.round(app.baseUsers * audience * trend * weekly * noise * campaign))

  const drawn = t.newShare + 0.04 * gaussian(app.seed, key, SALT.newShare) + (campaign > 1 ? 0.1 : 0)
  const settled = Math.min(0.95, Math.max(0.05, drawn))
  // After the ramp this is exactly the settled share (no float detour), as it always was.
  const newShare = ramp < 1 ? 1 - (1 - settled) * ramp : settled
  let newUsers = Math.round(users * newShare)
  // During the ramp, returning users can only come from those who arrived on earlier days.
  if (age < RAMP_DAYS) newUsers = Math.max(newUsers, users - newUsersSinceLaunch(app, day, age))
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
/** Distinct model inputs remembered; tests that mint many apps must not grow this without end. */
const APP_LIMIT = 64

export function dayStats(app: SimApp, day: Day): Readonly<DayStats> {
  const appKey = modelKey(app)
  let days = memo.get(appKey)
  if (!days) {
    if (memo.size >= APP_LIMIT) memo.clear()
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
