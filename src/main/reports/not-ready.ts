// Counting values the API did not have yet ("--", now null) in rows of any shape.
// Runs over every row of every answer, so it walks the known row shapes without allocating.

function nullsIn(values: Record<string, unknown> | undefined): number {
  let n = 0
  for (const key in values) if (values[key] === null) n++
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

export function notReadyCount(rows: readonly unknown[], sum: Record<string, number | null> | null): number {
  let n = sum ? nullsIn(sum) : 0
  for (const row of rows) n += countRow(row)
  return n
}
