// How the API writes numbers: counts and seconds as integers, ratios as percentages with two
// decimals, and "--" for a value that is not available (yet).

/** The API's placeholder for a value it does not have. */
export const NOT_AVAILABLE = '--'
export type NotAvailable = typeof NOT_AVAILABLE

export function round2(value: number): number {
  return Math.round(value * 100) / 100
}

/** `part` as a percentage of `whole` (82.19 means 82.19 %); 0 when there is no whole. */
export function percent(part: number, whole: number): number {
  return whole > 0 ? round2((part / whole) * 100) : 0
}

/**
 * Two complementary shares that add up to exactly 100: the second is derived from the rounded
 * first, never rounded on its own (which could give 99.99 or 100.01).
 */
export function percentPair(part: number, whole: number): [number, number] {
  if (whole <= 0) return [0, 0]
  const first = percent(part, whole)
  return [first, round2(100 - first)]
}

/** Integer average; 0 when nothing to divide by. */
export function perUnit(total: number, count: number): number {
  return count > 0 ? Math.round(total / count) : 0
}
