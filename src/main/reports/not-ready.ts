// Counting values the API did not have yet ("--", now null) in rows of any shape.
// Runs over every row of every answer, so it walks the known row shapes without allocating.
import type { ReportId } from '../../shared/reports'

/**
 * Sum keys the API answers "--" for always, whatever the range (the reference's examples and
 * api-facts.md): they never fill, so counting them would refetch a settled range forever.
 */
const NEVER_FILLED_SUM: Partial<Record<ReportId, ReadonlySet<string>>> = {
  retention: new Set(['active_user_count'])
}

function nullsIn(values: Record<string, unknown> | undefined, skip?: ReadonlySet<string>): number {
  let n = 0
  for (const key in values) if (values[key] === null && !skip?.has(key)) n++
  return n
}

function countRow(row: unknown): number {
  const r = row as { values?: Record<string, unknown>; periods?: { value: unknown }[]; scenes?: unknown[]; ratio?: unknown }
  let n = nullsIn(r.values)
  if (r.periods) for (const p of r.periods) if (p.value === null) n++
  if (r.scenes) for (const s of r.scenes) n += countRow(s)
  if ('ratio' in r && r.ratio === null) n++
  return n
}

/** Values of `report`'s answer that Baidu may still fill in: nulls in rows and sum, minus the never-filled. */
export function notReadyCount(report: ReportId, rows: readonly unknown[], sum: Record<string, number | null> | null): number {
  let n = sum ? nullsIn(sum, NEVER_FILLED_SUM[report]) : 0
  for (const row of rows) n += countRow(row)
  return n
}
