// T+1: the API has complete data up to yesterday (Beijing) only. A range reaching into today or
// beyond is answered for its past part; a range wholly in the future is answered empty. Likewise an
// app has no data before its launch day: those days get no rows (not rows of zeros), so a range
// starting before launch is answered from the launch day on, and one wholly before it is empty.
import { beijingYesterday, maxDay, minDay, toSlashDate, type DayRange } from '../../shared/calendar'
import { launchDay } from './app-launch'
import type { SimApp } from './types'

/** The part of `range` that has data at `now`, or null when none of it does. */
export function answerableRange(range: DayRange, now: number): DayRange | null {
  const to = minDay(range.to, beijingYesterday(now))
  return range.from <= to ? { from: range.from, to } : null
}

/** The part of `range` with data for `app`: from its launch day to yesterday; null when none. */
export function appRange(app: SimApp, range: DayRange, now: number): DayRange | null {
  const past = answerableRange(range, now)
  if (!past) return null
  const from = maxDay(past.from, launchDay(app))
  return from <= past.to ? { from, to: past.to } : null
}

/** "2019/04/10 - 2019/04/15". */
export function timeSpan(range: DayRange): string {
  return `${toSlashDate(range.from)} - ${toSlashDate(range.to)}`
}
