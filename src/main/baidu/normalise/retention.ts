// Retention cohorts: active users, then one Chinese key per period (第2天 …, 第3周 …, 第4月 …).
import type { MetricValue, RetentionPeriod, RetentionRow } from '../../../shared/report-data'
import { parseRetentionKey } from '../../../shared/reports'
import type { JsonObject, ShapeInput } from './structure'
import { objectList } from './structure'
import { readColumns, toMetric, toText } from './values'

export function retentionRows({ endpoint, columns, variant, data }: ShapeInput): RetentionRow[] {
  return objectList(endpoint, data, 'data_list', 'data_list').map((row) => ({
    name: toText(row['name']),
    values: readColumns(row, columns),
    periods: periodsOf(row, variant['gran'])
  }))
}

/** Every 第N… key of the row, by N ascending. */
export function periodsOf(row: JsonObject, gran: string | undefined): RetentionPeriod[] {
  const byN = new Map<number, { value: MetricValue; asked: boolean }>()
  for (const [key, value] of Object.entries(row)) {
    // The reference's prose writes "第 2 天"; its examples "第2天".
    const period = parseRetentionKey(key.replace(/\s+/g, ''))
    if (period === null) continue
    const asked = period.gran === gran
    const seen = byN.get(period.n)
    // Should one row mix units, the unit the variant asked for wins; otherwise the first key does.
    if (seen !== undefined && (seen.asked || !asked)) continue
    byN.set(period.n, { value: toMetric(value), asked })
  }
  return [...byN.entries()].sort(([a], [b]) => a - b).map(([n, p]) => ({ n, value: p.value }))
}
