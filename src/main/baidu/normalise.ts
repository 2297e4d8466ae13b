// Baidu writes numbers as numbers, as numeric strings, or as "--" when not ready yet.

/** The API's "not available yet" marker. */
export const NOT_READY = '--'

export function toMetric(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'string') {
    const text = value.trim()
    if (text === '' || text === NOT_READY) return null
    const n = Number(text)
    return Number.isFinite(n) ? n : null
  }
  return null
}

/** Picks the known metrics out of a row; unknown keys are ignored, missing ones are null. */
export function pickMetrics<K extends string>(row: Record<string, unknown> | undefined, keys: readonly K[]): Record<K, number | null> {
  const out = {} as Record<K, number | null>
  for (const key of keys) out[key] = toMetric(row?.[key])
  return out
}
