// Splitting an integer total into parts that add up to it exactly, so hour buckets (and later
// regions, terminals, pages) always sum to the range total a client sees in `sum`.

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
