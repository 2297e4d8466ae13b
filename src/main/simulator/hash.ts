// Stateless randomness for the data model. Every value is a pure function of (seed, day, salt), so
// any day can be computed on its own without replaying a generator from some epoch, and the same
// request always yields the same bytes. A tiny integer hash is enough: we need spread, not security.

/** murmur3's 32-bit finaliser: cheap, and flips about half the output bits per input bit. */
function mix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Folds any number of integer keys into one well-mixed 32-bit value. */
export function hashKeys(...keys: readonly number[]): number {
  let h = 0x9e3779b9
  for (const key of keys) h = mix32(h ^ mix32(key | 0) ^ Math.floor(key / 0x100000000))
  return h
}

/** Uniform in [0, 1). */
export function unit(...keys: readonly number[]): number {
  return hashKeys(...keys) / 0x100000000
}

/**
 * Roughly standard-normal (mean 0, sd 1, bounded to ±3): the Irwin–Hall sum of three uniforms,
 * good enough for day-to-day noise and free of log/sqrt edge cases.
 */
export function gaussian(...keys: readonly number[]): number {
  const sum = unit(...keys, 1) + unit(...keys, 2) + unit(...keys, 3)
  return (sum - 1.5) * 2
}

/** Turns a short label into a salt so call sites read `unit(seed, day, salt('sessions'))`. */
export function salt(label: string): number {
  let h = 0
  for (let i = 0; i < label.length; i++) h = mix32(h ^ label.charCodeAt(i))
  return h
}
