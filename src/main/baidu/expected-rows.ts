// How many rows a date-series answer will have, so paging can start every page at once.
// Only a hint: paging stays correct when it is wrong, it just costs a round trip or a wasted page.
import { addDays, beijingToday, dayCount, minDay, monthBuckets, weekBuckets, type DayRange } from '../../shared/calendar'
import type { ReportId, Variant } from '../../shared/reports'

/** The part of the range the API has data for: up to yesterday (T+1). */
function answerable(range: DayRange, now: number): DayRange | null {
  const to = minDay(range.to, addDays(beijingToday(now), -1))
  return range.from <= to ? { from: range.from, to } : null
}

function buckets(range: DayRange, gran: string | undefined): number {
  if (gran === 'hour') return 24
  if (gran === 'week') return weekBuckets(range).length
  if (gran === 'month') return monthBuckets(range).length
  return dayCount(range)
}

export function expectedRows(report: ReportId, variant: Variant, range: DayRange, now: number): number | undefined {
  switch (report) {
    case 'trend':
    case 'retention':
    case 'activity': {
      const known = answerable(range, now)
      return known ? buckets(known, variant['gran']) : 0
    }
    case 'tp':
      // The platform summary lists not-ready days too (as "--").
      return dayCount(range)
    default:
      return undefined
  }
}
