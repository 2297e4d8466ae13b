// The rows a `gran` asks for, named the way the API names them. Day, week and month rows come
// newest first (as every data_list does); hour rows are hours of the day, see `hourName`.
import {
  eachDay,
  monthBuckets,
  toSlashDate,
  weekBuckets,
  type DayRange
} from '../../shared/calendar'
import type { Gran } from '../../shared/reports'

export type DateGran = Exclude<Gran, 'hour'>

export interface NamedBucket {
  name: string
  range: DayRange
}

/** "2019/04/15 - 2019/04/21": a natural week, clipped to the requested range. */
export function weekName(range: DayRange): string {
  return `${toSlashDate(range.from)} - ${toSlashDate(range.to)}`
}

/** "2019/04": the month, even when the range holds only part of it. */
export function monthName(range: DayRange): string {
  return toSlashDate(range.from).slice(0, 7)
}

/** "00:00 - 00:59" … "23:00 - 23:59". */
export function hourName(hour: number): string {
  const hh = String(hour).padStart(2, '0')
  return `${hh}:00 - ${hh}:59`
}

/** Buckets of the range for a date granularity, newest first. */
export function dateBuckets(range: DayRange, gran: DateGran): NamedBucket[] {
  const oldestFirst =
    gran === 'day'
      ? eachDay(range).map((day) => ({ name: toSlashDate(day), range: { from: day, to: day } }))
      : gran === 'week'
        ? weekBuckets(range).map((r) => ({ name: weekName(r), range: r }))
        : monthBuckets(range).map((r) => ({ name: monthName(r), range: r }))
  return oldestFirst.reverse()
}
