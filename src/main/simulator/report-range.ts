// T+1: the API has complete data up to yesterday (Beijing) only. A range reaching into today or
// beyond is answered for its past part; a range wholly in the future is answered empty.
import { beijingYesterday, minDay, toSlashDate, type DayRange } from '../../shared/calendar'

/** The part of `range` that has data at `now`, or null when none of it does. */
export function answerableRange(range: DayRange, now: number): DayRange | null {
  const to = minDay(range.to, beijingYesterday(now))
  return range.from <= to ? { from: range.from, to } : null
}

/** "2019/04/10 - 2019/04/15". */
export function timeSpan(range: DayRange): string {
  return `${toSlashDate(range.from)} - ${toSlashDate(range.to)}`
}
