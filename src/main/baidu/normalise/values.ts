// Baidu writes numbers as numbers, as numeric strings, or as "--" when not ready yet.
import type { Metrics } from '../../../shared/report-data'
import { parseRetentionKey, type Column } from '../../../shared/reports'

/** The API's "not available yet" marker. */
export const NOT_READY = '--'

// Plain decimals only: Number() alone would also take '0x1f', '0b1' or 'Infinity'.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i

export function toMetric(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'string') {
    const text = value.trim()
    if (text === '' || text === NOT_READY || !DECIMAL.test(text)) return null
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

function present(row: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(row, key) && row[key] !== undefined
}

/** One column's value: its own key or, when that is absent, its first present alias. */
export function readColumn(row: Record<string, unknown>, column: Column): number | null {
  const key = [column.key, ...(column.aliases ?? [])].find((k) => present(row, k))
  return key === undefined ? null : toMetric(row[key])
}

/** Exactly the given columns, under their canonical keys. */
export function readColumns(row: Record<string, unknown>, columns: readonly Column[]): Metrics {
  const out: Metrics = {}
  for (const column of columns) out[column.key] = readColumn(row, column)
  return out
}

/** The columns that go in `values` and `sum`: all but retention's 第N… periods, which are rows' `periods`. */
export function valueColumns(columns: readonly Column[]): Column[] {
  return columns.filter((c) => parseRetentionKey(c.key) === null)
}

/** A label or id as text: strings verbatim, finite numbers (ids sent unquoted) as digits, else ''. */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return ''
}
