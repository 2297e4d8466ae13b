// Per-app weights for a dimension (provinces, brands, pages, scenes …): each app draws its own mix
// once from its seed, and the mix drifts slowly with time, so a report is stable for an app, differs
// between apps, and two ranges a year apart are not identical.
import type { DayRange } from '../../shared/calendar'
import { dayOrdinal } from './day-index'
import { gaussian, salt, unit } from './hash'

/** Days per slow drift cycle. */
const DRIFT_PERIOD = 420
const YEAR_DAYS = 365.2425
/** dayOrdinal counts from 2000-01-01. */
const ORDINAL_YEAR_ZERO = 2000

/** The middle of a range as a day ordinal (half days allowed). */
export function midOrdinal(range: DayRange): number {
  return (dayOrdinal(range.from) + dayOrdinal(range.to)) / 2
}

/** The middle of a range as a fractional year (2019.5 ≈ early July 2019), for device eras. */
export function midYear(range: DayRange): number {
  return ORDINAL_YEAR_ZERO + midOrdinal(range) / YEAR_DAYS
}

export interface MixOptions {
  /** Spread of the per-app multiplier (log scale): 0 keeps the base weights. */
  spread: number
  /** Relative amplitude of the drift over time. */
  drift: number
}

/**
 * `base[i]` times a per-app multiplier exp(spread·N(0,1)) times a slow drift 1 + drift·sin(…) with
 * a phase per category. Deterministic in (seed, label, range midpoint).
 */
export function appMix(
  seed: number,
  label: string,
  base: readonly number[],
  range: DayRange,
  { spread, drift }: MixOptions
): number[] {
  const s = salt(label)
  const t = (midOrdinal(range) / DRIFT_PERIOD) * 2 * Math.PI
  return base.map((w, i) => {
    const own = Math.exp(spread * gaussian(seed, s, i))
    const phase = unit(seed, s, i, 7) * 2 * Math.PI
    return w * own * (1 + drift * Math.sin(t + phase))
  })
}

/**
 * How much a device, OS version or screen of a given release year is in use at `year`: none before
 * release, rising over its first year, then fading with the given half-life.
 */
export function eraWeight(release: number, year: number, halfLifeYears: number): number {
  const age = year - release
  if (age < 0) return 0
  const rise = Math.min(1, (age + 0.25) / 1)
  return rise * Math.pow(0.5, Math.max(0, age - 1) / halfLifeYears)
}
