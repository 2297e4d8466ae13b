// Period comparison: the same number of days right before, or the same weekdays a year before.
import { addDays, dayCount, type DayRange } from './calendar'
import type { MetricValue } from './report-data'

export const COMPARE_MODES = ['none', 'previous', 'year'] as const
export type CompareMode = (typeof COMPARE_MODES)[number]

/** 52 weeks: Monday compares with Monday, so weekly rhythms line up. */
export const YEAR_SHIFT_DAYS = 364

export function compareRange(range: DayRange, mode: CompareMode): DayRange | null {
  if (mode === 'none') return null
  const shift = mode === 'previous' ? dayCount(range) : YEAR_SHIFT_DAYS
  return { from: addDays(range.from, -shift), to: addDays(range.to, -shift) }
}

/** Change in percent from `before` to `now`; null when either is missing or `before` is 0. */
export function percentChange(now: MetricValue | undefined, before: MetricValue | undefined): number | null {
  if (typeof now !== 'number' || typeof before !== 'number' || before === 0) return null
  return ((now - before) / Math.abs(before)) * 100
}
