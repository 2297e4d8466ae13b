// Beijing-time calendar. Baidu's days are UTC+8 (no DST since 1991) whatever the laptop's zone,
// so every day here is a plain 'YYYYMMDD' string and arithmetic runs on UTC dates.
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc.js'
import customParseFormat from 'dayjs/plugin/customParseFormat.js'

dayjs.extend(utc)
dayjs.extend(customParseFormat)

/** A calendar day in Beijing time, formatted as the API wants it: 'YYYYMMDD'. */
export type Day = string

export interface DayRange {
  from: Day
  to: Day
}

const DAY_FORMAT = 'YYYYMMDD'
const BEIJING_OFFSET_HOURS = 8
const DAY_PATTERN = /^\d{8}$/

function parse(day: Day): Dayjs {
  return dayjs.utc(day, DAY_FORMAT, true)
}

// Called for every row of every answer: a strict dayjs parse costs ~20 µs, this a fraction of one.
export function isValidDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false
  const y = Number(value.slice(0, 4))
  const m = Number(value.slice(4, 6))
  const d = Number(value.slice(6, 8))
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** Today's date in Beijing at the instant `now` (epoch ms). */
export function beijingToday(now: number = Date.now()): Day {
  return dayjs.utc(now).add(BEIJING_OFFSET_HOURS, 'hour').format(DAY_FORMAT)
}

/** The newest day the API can have complete data for (T+1). */
export function beijingYesterday(now: number = Date.now()): Day {
  return addDays(beijingToday(now), -1)
}

// Day arithmetic runs per row of year-long series: plain epoch-day maths on UTC dates is exact
// (no zones, no DST) and some 50× cheaper than a dayjs round trip.
const MS_PER_DAY = 86_400_000

function toEpochDay(day: Day): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8))) / MS_PER_DAY
}

function fromEpochDay(epochDay: number): Day {
  const d = new Date(epochDay * MS_PER_DAY)
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`
}

export function addDays(day: Day, n: number): Day {
  return fromEpochDay(toEpochDay(day) + n)
}


export function minDay(a: Day, b: Day): Day {
  return a <= b ? a : b
}

export function maxDay(a: Day, b: Day): Day {
  return a >= b ? a : b
}

/** Number of days in the range, both ends included. */
export function dayCount(range: DayRange): number {
  return toEpochDay(range.to) - toEpochDay(range.from) + 1
}

export function eachDay(range: DayRange): Day[] {
  const days: Day[] = []
  const last = toEpochDay(range.to)
  for (let e = toEpochDay(range.from); e <= last; e++) days.push(fromEpochDay(e))
  return days
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(day: Day): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((toEpochDay(day) + 3) % 7) + 7) % 7
}

/** Natural weeks (Monday to Sunday) clipped to the range, oldest first. */
export function weekBuckets(range: DayRange): DayRange[] {
  const buckets: DayRange[] = []
  let from = range.from
  while (from <= range.to) {
    const sunday = addDays(from, 6 - weekdayIndex(from))
    const to = minDay(sunday, range.to)
    buckets.push({ from, to })
    from = addDays(to, 1)
  }
  return buckets
}

/** Natural months clipped to the range, oldest first. */
export function monthBuckets(range: DayRange): DayRange[] {
  const buckets: DayRange[] = []
  let from = range.from
  while (from <= range.to) {
    const monthEnd = parse(from).endOf('month').format(DAY_FORMAT)
    const to = minDay(monthEnd, range.to)
    buckets.push({ from, to })
    from = addDays(to, 1)
  }
  return buckets
}

/** 'YYYYMMDD' to the API's response form 'YYYY/MM/DD'. */
export function toSlashDate(day: Day): string {
  return `${day.slice(0, 4)}/${day.slice(4, 6)}/${day.slice(6, 8)}`
}

/** 'YYYY/MM/DD' (or 'YYYY-MM-DD') back to 'YYYYMMDD'; null when it is not a day. */
export function fromSlashDate(text: string): Day | null {
  const compact = text.trim().replace(/[/-]/g, '')
  return isValidDay(compact) ? compact : null
}

/** 'YYYYMMDD' to ISO 'YYYY-MM-DD' for display. */
export function toIsoDate(day: Day): string {
  return `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`
}


export const RANGE_PRESETS = ['yesterday', 'last7', 'last30', 'last90', 'thisMonth', 'lastMonth'] as const
export type RangePreset = (typeof RANGE_PRESETS)[number]

/**
 * The range a preset means at `now`, never beyond yesterday (Beijing). Null when the preset holds
 * no complete day yet (this month, on the 1st).
 */
export function presetRange(preset: RangePreset, now: number = Date.now()): DayRange | null {
  const yesterday = beijingYesterday(now)
  const today = beijingToday(now)
  switch (preset) {
    case 'yesterday':
      return { from: yesterday, to: yesterday }
    case 'last7':
      return { from: addDays(yesterday, -6), to: yesterday }
    case 'last30':
      return { from: addDays(yesterday, -29), to: yesterday }
    case 'last90':
      return { from: addDays(yesterday, -89), to: yesterday }
    case 'thisMonth': {
      const first = parse(today).startOf('month').format(DAY_FORMAT)
      return first <= yesterday ? { from: first, to: yesterday } : null
    }
    case 'lastMonth': {
      const lastMonth = parse(today).subtract(1, 'month')
      return {
        from: lastMonth.startOf('month').format(DAY_FORMAT),
        to: lastMonth.endOf('month').format(DAY_FORMAT)
      }
    }
  }
}

/** The preset that produces exactly this range at `now`, if any. */
export function matchPreset(range: DayRange, now: number = Date.now()): RangePreset | null {
  for (const preset of RANGE_PRESETS) {
    const r = presetRange(preset, now)
    if (r && r.from === range.from && r.to === range.to) return preset
  }
  return null
}

/**
 * A range is settled when it ends before the unsettled window (the last `unsettledDays` days up to
 * yesterday): Baidu no longer revises it, so a cached copy is final.
 */
export function isSettled(range: DayRange, now: number, unsettledDays: number): boolean {
  const firstUnsettled = addDays(beijingToday(now), -unsettledDays)
  return range.to < firstUnsettled
}
