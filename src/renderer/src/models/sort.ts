// Ordering of metric values: "--" (null) always ranks below every number, whichever way one sorts.
import type { MetricValue, Metrics } from '../../../shared/report-data'

export type SortOrder = 'ascending' | 'descending'

export interface SortState {
  key: string
  order: SortOrder
}

/** Compares two values; nulls last in both orders (a missing number is not a small one). */
export function compareValues(a: MetricValue | string | undefined, b: MetricValue | string | undefined, order: SortOrder): number {
  const x = a ?? null
  const y = b ?? null
  if (x === y) return 0
  if (x === null) return 1
  if (y === null) return -1
  const sign = order === 'ascending' ? 1 : -1
  if (typeof x === 'string' || typeof y === 'string') return sign * String(x).localeCompare(String(y), 'zh-CN')
  return sign * (x - y)
}

/** A sorted copy by one metric (or by 'name'); the original order breaks ties. */
export function sortRows<T extends { name: string; values: Metrics }>(rows: readonly T[], sort: SortState | null): T[] {
  if (!sort) return [...rows]
  const pick = (r: T) => (sort.key === 'name' ? r.name : r.values[sort.key])
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => compareValues(pick(a.row), pick(b.row), sort.order) || a.i - b.i)
    .map((x) => x.row)
}
