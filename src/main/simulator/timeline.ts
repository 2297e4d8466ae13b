// An app's days since launch as plain arrays with running totals, so the total of any range is two
// lookups. Activity rows need 7-, 30- and 60-day windows for every day of a year; summing those day
// by day would cost far more than the per-request budget.
import type { Day, DayRange } from '../../shared/calendar'
import { launchDay, modelKey } from './app-launch'
import { dayAt, dayOrdinal } from './day-index'
import { dayStats } from './day-model'
import { pageViewsOn } from './page-views'
import type { SimApp } from './types'

interface Series {
  /** Ordinal of the launch day: index 0 of every array. */
  start: number
  oldUsers: number[]
  /** Running totals: cum[i] is the sum over the first i days. */
  cumNew: number[]
  cumOld: number[]
  cumSessions: number[]
  cumTime: number[]
  cumPageViews: number[]
}

export interface RangeTotals {
  /** Calendar days in the range. */
  days: number
  /** Days in the range on or after launch (the only ones with users). */
  liveDays: number
  newUsers: number
  /** Returning users summed over days (a user back on three days counts three times). */
  sumOld: number
  /** Returning users of the busiest day. */
  maxOld: number
  sessions: number
  totalTime: number
  pageViews: number
}

const series = new Map<string, Series>()
const APP_LIMIT = 64

function seriesOf(app: SimApp): Series {
  const key = modelKey(app)
  let s = series.get(key)
  if (!s) {
    if (series.size >= APP_LIMIT) series.clear()
    s = { start: dayOrdinal(launchDay(app)), oldUsers: [], cumNew: [0], cumOld: [0], cumSessions: [0], cumTime: [0], cumPageViews: [0] }
    series.set(key, s)
  }
  return s
}

function push(cum: number[], value: number): void {
  cum.push((cum[cum.length - 1] ?? 0) + value)
}

/** Makes sure the arrays reach day index `index` (0 = launch day). */
function extend(app: SimApp, s: Series, index: number): void {
  for (let i = s.oldUsers.length; i <= index; i++) {
    const day = dayAt(s.start + i)
    const d = dayStats(app, day)
    s.oldUsers.push(d.oldUsers)
    push(s.cumNew, d.newUsers)
    push(s.cumOld, d.oldUsers)
    push(s.cumSessions, d.sessions)
    push(s.cumTime, d.totalTime)
    push(s.cumPageViews, pageViewsOn(app, day))
  }
}

const at = (cum: number[], i: number): number => cum[i] ?? 0

export function rangeTotals(app: SimApp, range: DayRange): RangeTotals {
  const s = seriesOf(app)
  const days = dayOrdinal(range.to) - dayOrdinal(range.from) + 1
  // Indices into the arrays, clipped to the launch day; an empty span before launch has a > b.
  const a = Math.max(0, dayOrdinal(range.from) - s.start)
  const b = dayOrdinal(range.to) - s.start
  if (b < a) {
    return { days, liveDays: 0, newUsers: 0, sumOld: 0, maxOld: 0, sessions: 0, totalTime: 0, pageViews: 0 }
  }
  extend(app, s, b)
  let maxOld = 0
  for (let i = a; i <= b; i++) maxOld = Math.max(maxOld, s.oldUsers[i] ?? 0)
  const span = (cum: number[]): number => at(cum, b + 1) - at(cum, a)
  return {
    days,
    liveDays: b - a + 1,
    newUsers: span(s.cumNew),
    sumOld: span(s.cumOld),
    maxOld,
    sessions: span(s.cumSessions),
    totalTime: span(s.cumTime),
    pageViews: span(s.cumPageViews)
  }
}

/** Everyone who ever launched the app before `day`: the launch-day-to-yesterday sum of new users. */
export function newUsersBefore(app: SimApp, day: Day): number {
  const s = seriesOf(app)
  const b = dayOrdinal(day) - s.start - 1
  if (b < 0) return 0
  extend(app, s, b)
  return at(s.cumNew, b + 1)
}

/** Accumulated users at the end of `day` (the activity report's accumulative_user_count). */
export function newUsersThrough(app: SimApp, day: Day): number {
  const s = seriesOf(app)
  const b = dayOrdinal(day) - s.start
  if (b < 0) return 0
  extend(app, s, b)
  return at(s.cumNew, b + 1)
}
