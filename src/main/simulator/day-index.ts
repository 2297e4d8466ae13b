// Days as integers. The calendar helpers parse and format through dayjs (several µs a call), which
// is too slow for answers that walk hundreds of days per request; so each day's ordinal and each
// ordinal's day is asked of the calendar once and remembered.
import { addDays, dayCount, weekdayIndex, type Day } from '../../shared/calendar'

/** Ordinal 0. Any fixed day works; this one keeps ordinals small and positive for real dates. */
const INDEX_EPOCH: Day = '20000101'
/** Past this many remembered days the memo starts afresh, so odd requests cannot grow it forever. */
const MEMO_LIMIT = 100_000

const ordinals = new Map<Day, number>()
const days = new Map<number, Day>()

function remember(day: Day, ordinal: number): void {
  if (ordinals.size >= MEMO_LIMIT) {
    ordinals.clear()
    days.clear()
  }
  ordinals.set(day, ordinal)
  days.set(ordinal, day)
}

/** Days from INDEX_EPOCH to `day` (negative before it). */
export function dayOrdinal(day: Day): number {
  let ordinal = ordinals.get(day)
  if (ordinal === undefined) {
    ordinal = dayCount({ from: INDEX_EPOCH, to: day }) - 1
    remember(day, ordinal)
  }
  return ordinal
}

/** The day with this ordinal. */
export function dayAt(ordinal: number): Day {
  let day = days.get(ordinal)
  if (day === undefined) {
    // Stepping from a remembered neighbour is as exact as from the epoch, and the usual case.
    const before = days.get(ordinal - 1)
    day = before !== undefined ? addDays(before, 1) : addDays(INDEX_EPOCH, ordinal)
    remember(day, ordinal)
  }
  return day
}

/** `day` moved by `n` days. */
export function shiftDay(day: Day, n: number): Day {
  return dayAt(dayOrdinal(day) + n)
}

/** Every day from `from` to `to`, both included, oldest first. */
export function daysOf(from: Day, to: Day): Day[] {
  const out: Day[] = []
  for (let o = dayOrdinal(from), last = dayOrdinal(to); o <= last; o++) out.push(dayAt(o))
  return out
}

const EPOCH_WEEKDAY = weekdayIndex(INDEX_EPOCH)

/** 0 = Monday … 6 = Sunday, from the ordinal (the calendar gives the epoch's own weekday). */
export function weekdayOf(day: Day): number {
  return (((dayOrdinal(day) % 7) + 7 + EPOCH_WEEKDAY) % 7)
}
