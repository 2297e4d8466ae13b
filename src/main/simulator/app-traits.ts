// The character of one simulated smart program, drawn once from its seed: how fast it grows, how
// its week and day are shaped, how sticky its users are. Everything else in the model is noise
// around these traits, so two apps with different seeds look like different products.
import { unit, salt } from './hash'
import type { SimApp } from './types'

export interface AppTraits {
  /** Day ordinal (from MODEL_EPOCH) where the growth curve is halfway up. */
  growthMidpoint: number
  /** Days over which most of the growth happens. */
  growthSpan: number
  /** Relative swing of the growth curve: users run from base·(1−a) to base·(1+a). */
  growthAmplitude: number
  /** Multipliers Monday … Sunday. */
  weekday: readonly number[]
  /** Relative day-to-day noise (standard deviation of the log level). */
  noise: number
  /** Typical share of a day's users that launch for the first time ever. */
  newShare: number
  sessionsPerUser: number
  secondsPerSession: number
  /** Exponent a in f(n) = n^−a: how strongly returning users repeat within an n-day bucket. */
  returningRepeat: number
  /** Relative activity per hour of day, 0 … 23 (Beijing). */
  hourWeights: readonly number[]
  /** Relative session length per hour of day (evening sessions run longer). */
  hourSessionLength: readonly number[]
  /** Relative share of first-time users per hour of day (search traffic peaks differ from habit). */
  hourNewTilt: readonly number[]
}

// A typical Chinese mobile day: quiet 1–5 am, a lunch peak, the evening peak at 20–21 h.
const DIURNAL = [
  2.2, 1.3, 0.8, 0.5, 0.4, 0.6, 1.4, 3.0, 4.6, 5.3, 5.6, 5.9, 6.2, 5.6, 5.2, 5.2, 5.2, 5.1, 5.0, 5.5,
  6.3, 6.6, 5.6, 3.9
]

function between(seed: number, label: string, low: number, high: number): number {
  return low + (high - low) * unit(seed, salt(label))
}

function drawTraits(seed: number): AppTraits {
  // Leisure apps gain at weekends, service apps lose: one signed lift covers both.
  const weekendLift = between(seed, 'weekend', -0.12, 0.18)
  const weekday = [0, 1, 2, 3, 4, 5, 6].map((d) =>
    d >= 5 ? 1 + weekendLift : 1 + between(seed, `weekday-${d}`, -0.03, 0.03)
  )
  const hourWeights = DIURNAL.map((w, h) => w * between(seed, `hour-${h}`, 0.85, 1.15))
  const hourSessionLength = DIURNAL.map((_, h) => 1 + 0.15 * Math.sin(((h - 15) / 24) * 2 * Math.PI))
  return {
    growthMidpoint: Math.round(between(seed, 'growth-mid', 300, 1800)),
    growthSpan: Math.round(between(seed, 'growth-span', 400, 900)),
    growthAmplitude: between(seed, 'growth-amp', 0.2, 0.45),
    weekday,
    noise: between(seed, 'noise', 0.05, 0.1),
    newShare: between(seed, 'new-share', 0.55, 0.82),
    sessionsPerUser: between(seed, 'sessions', 1.08, 1.35),
    secondsPerSession: between(seed, 'seconds', 35, 75),
    returningRepeat: between(seed, 'repeat', 0.4, 0.55),
    hourWeights,
    hourSessionLength,
    hourNewTilt: DIURNAL.map((_, h) => between(seed, `hour-new-${h}`, 0.85, 1.15))
  }
}

const cache = new Map<number, AppTraits>()

/** Traits depend on the seed only, so they are drawn once per seed. */
export function appTraits(app: Pick<SimApp, 'seed'>): AppTraits {
  let traits = cache.get(app.seed)
  if (!traits) {
    traits = drawTraits(app.seed)
    cache.set(app.seed, traits)
  }
  return traits
}
