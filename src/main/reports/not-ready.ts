// Counting values the API did not have yet ("--", now null) in rows of any shape.
// Runs over every row of every answer, so it walks the known row shapes without allocating.
import { REPORTS, type ReportId } from '../../shared/reports'

function nullsIn(values: Record<string, unknown> | undefined, skip?: readonly string[]): number {
  let n = 0
  for (const key in values) if (values[key] === null && !skip?.includes(key)) n++
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
  // Counting a key the catalogue says never fills would refetch a settled range forever.
  let n = sum ? nullsIn(sum, REPORTS[report].sumNeverFilled) : 0
  for (const row of rows) n += countRow(row)
  return n
}
