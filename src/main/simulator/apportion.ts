// Splitting an integer total into parts that add up to it exactly, so hour buckets, regions,
// terminals, pages and sources always sum to the range total a client sees in the trend report.

/**
 * Largest-remainder (Hamilton) split of `total` in proportion to `weights`. Ties go to the earlier
 * index, which keeps the result deterministic. All-zero weights split evenly.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return []
  const weightSum = weights.reduce((a, w) => a + Math.max(0, w), 0)
  const quotas = weights.map((w) =>
    weightSum > 0 ? (total * Math.max(0, w)) / weightSum : total / weights.length
  )
  const parts = quotas.map((q) => Math.floor(q))
  let left = total - parts.reduce((a, p) => a + p, 0)
  const byRemainder = quotas
    .map((q, i) => ({ i, rest: q - Math.floor(q) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const { i } of byRemainder) {
    if (left <= 0) break
    parts[i] = (parts[i] ?? 0) + 1
    left--
  }
  return parts
}

/**
 * Like `largestRemainder`, but no part exceeds its cap (entries of a page can not outnumber its
 * views, new users of a scene its users). Capped parts are fixed and the rest is split again
 * among the others. Needs total ≤ Σ caps; any excess is dropped rather than breaking a cap.
 */
export function cappedRemainder(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const parts = weights.map(() => 0)
  let open = weights.map((_, i) => i).filter((i) => (caps[i] ?? 0) > 0)
  let left = Math.min(total, open.reduce((a, i) => a + (caps[i] ?? 0), 0))
  while (left > 0 && open.length > 0) {
    const split = largestRemainder(left, open.map((i) => weights[i] ?? 0))
    const over = open.filter((i, k) => (split[k] ?? 0) >= (caps[i] ?? 0))
    if (over.length === 0) {
      open.forEach((i, k) => (parts[i] = split[k] ?? 0))
      return parts
    }
    for (const i of over) {
      parts[i] = caps[i] ?? 0
      left -= parts[i] ?? 0
    }
    open = open.filter((i) => !over.includes(i))
  }
  return parts
}

/**
 * Percent shares of `parts` with two decimals that add up to exactly 100: largest remainder on
 * hundredths of a percent (10 000 units). All zero parts give all zero shares.
 */
export function percentShares(parts: readonly number[]): number[] {
  const total = parts.reduce((a, p) => a + p, 0)
  if (total <= 0) return parts.map(() => 0)
  return largestRemainder(10_000, parts).map((h) => h / 100)
}
