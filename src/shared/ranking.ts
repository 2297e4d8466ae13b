// The largest rows by one metric: the overview's top pages (on screen and in its export) and the
// tabs' top-N charts.
import type { Metrics } from './report-data'

/** The `n` rows with the largest value of `key` (nulls dropped; ties keep their order). */
export function topRows<T extends { values: Metrics }>(rows: readonly T[], key: string, n: number): T[] {
  return rows
    .filter((r) => typeof r.values[key] === 'number')
    .sort((a, b) => (b.values[key] as number) - (a.values[key] as number))
    .slice(0, n)
}
