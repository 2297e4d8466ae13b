// Retention as a heat map: every cell's rate (the ratio as sent, or retained ÷ active for counts)
// sets its shade; a period the cohort has not reached yet is "--", never 0.
import type { MetricValue, RetentionRow } from '../../../shared/report-data'
import { RETENTION_ACTIVE_COLUMN, RETENTION_PERIODS, retentionKey, type RetentionGran } from '../../../shared/reports'
import type { TableRow } from './table'

const ACTIVE_KEY = RETENTION_ACTIVE_COLUMN.key

/** A cohort's rate after period n, in percent. */
export function retentionRate(row: RetentionRow, n: number, ratio: boolean): MetricValue {
  const value = row.periods.find((p) => p.n === n)?.value ?? null
  if (value === null) return null
  if (ratio) return value
  const active = row.values[ACTIVE_KEY]
  return typeof active === 'number' && active > 0 ? (value / active) * 100 : null
}

export function retentionTableRows(rows: readonly RetentionRow[], gran: RetentionGran): TableRow[] {
  return rows.map((r, i) => {
    const values: Record<string, MetricValue> = { [ACTIVE_KEY]: r.values[ACTIVE_KEY] ?? null }
    for (const n of RETENTION_PERIODS) values[retentionKey(gran, n)] = r.periods.find((p) => p.n === n)?.value ?? null
    return { id: `${i}`, name: r.name, values }
  })
}

/** The mean rate after each period over the cohorts that reached it (null where none did). */
export function averageCurve(rows: readonly RetentionRow[], ratio: boolean): MetricValue[] {
  return RETENTION_PERIODS.map((n) => {
    const rates = rows.map((r) => retentionRate(r, n, ratio)).filter((v): v is number => v !== null)
    return rates.length > 0 ? rates.reduce((a, b) => a + b, 0) / rates.length : null
  })
}

/** The highest rate in the table, so the darkest shade marks the best cell. */
export function maxRate(rows: readonly RetentionRow[], ratio: boolean): number {
  let max = 0
  for (const r of rows) for (const n of RETENTION_PERIODS) max = Math.max(max, retentionRate(r, n, ratio) ?? 0)
  return max
}
