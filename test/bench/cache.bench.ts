// Cache benchmarks: (b) snapshot writes in rows per second, (c) reading 3 years of a daily series,
// both as a cached snapshot and composed from the per-day index.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addDays, eachDay, toSlashDate } from '../../src/shared/calendar'
import { createCore } from '../../src/main/core'
import { silentLogger } from '../../src/main/log'
import { SnapshotRepository } from '../../src/main/store'
import type { MetricRow } from '../../src/shared/report-data'
import { TREND_METRICS } from '../../src/shared/reports'
import { median, percentile, printTable, timeRuns } from './stats'

const WRITE_GOAL = 50_000
const READ_GOAL_MS = 10

function trendRows(days: string[]): MetricRow[] {
  return days.map((day, i) => ({
    name: toSlashDate(day),
    values: Object.fromEntries(TREND_METRICS.map((m, j) => [m, m.endsWith('ratio') ? ((i * 7 + j) % 10000) / 100 : 1000 + ((i * 31 + j * 17) % 5000)]))
  }))
}

export async function cacheBench(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'swanboard-cache-bench-'))
  try {
    // (b) Writes: snapshots of a year of daily rows each, with their per-day index, as a sync writes them.
    const writeRuns: number[] = []
    let rowsPerRun = 0
    for (let run = 0; run < 3; run++) {
      const core = createCore({ dbPath: join(dir, `write-${run}.db`), logger: silentLogger })
      const repo = new SnapshotRepository(core.db)
      const days = eachDay({ from: '20250101', to: '20251231' })
      const rows = trendRows(days)
      const t0 = performance.now()
      for (let s = 0; s < 100; s++) {
        repo.save({
          key: { accountId: `acc-${s}`, report: 'trend', variant: 'gran=day', from: '20250101', to: '20251231' },
          fetchedAt: 1,
          timeSpan: '2025/01/01 - 2025/12/31',
          total: rows.length,
          sum: rows[0]!.values,
          rowCount: rows.length,
          notReady: 0,
          rows,
          pages: [{ startIndex: 0, body: '{"errno":0}' }],
          daily: rows.map((row, i) => ({ day: days[i]!, row, notReady: false }))
        })
      }
      writeRuns.push(performance.now() - t0)
      rowsPerRun = 100 * rows.length
      core.close()
    }
    const writeMs = median(writeRuns)
    const rowsPerSecond = rowsPerRun / (writeMs / 1000)

    // (c) Reads: 3 years of the daily trend, answered from the cache.
    const to = '20251231'
    const from = addDays(to, -(3 * 365 - 1))
    const days = eachDay({ from, to })
    const core = createCore({ dbPath: join(dir, 'read.db'), logger: silentLogger, now: () => Date.UTC(2026, 10, 21, 4) })
    const accountId = core.accounts.list()[0]!.id
    const query = { accountId, report: 'trend' as const, variant: { gran: 'day' }, from, to }
    await core.reports.get(query) // fetched once from the in-process simulator, then cached
    const snapshotReads = await timeRuns(50, async () => {
      const answer = await core.reports.get(query)
      if (answer.source !== 'cache' || answer.data.rows.length !== days.length) throw new Error('not a cached 3-year answer')
    })
    // The same days composed from the per-day index (a range never cached as such, offline).
    const composeQuery = { ...query, from: addDays(from, 1) }
    const composedReads = await timeRuns(50, async () => {
      const answer = core.reports.offline(composeQuery)
      if (!answer || answer.data.rows.length !== days.length - 1) throw new Error('not a composed 3-year answer')
    })
    core.close()

    const snapMedian = median(snapshotReads)
    const composedMedian = median(composedReads)
    printTable('Cache (b): snapshot writes, a year of daily rows each with its per-day index (median of 3)', ['rows', 'ms', 'rows/s', `goal ≥ ${WRITE_GOAL}`], [
      [rowsPerRun, writeMs, Math.round(rowsPerSecond), rowsPerSecond >= WRITE_GOAL ? 'yes' : 'NO']
    ])
    printTable(`Cache (c): reading 3 years (${days.length} days) of the daily trend (50 reads)`, ['path', 'median ms', 'p95 ms', `goal ≤ ${READ_GOAL_MS}`], [
      ['cached snapshot', snapMedian, percentile(snapshotReads, 95), snapMedian <= READ_GOAL_MS ? 'yes' : 'NO'],
      ['composed from days', composedMedian, percentile(composedReads, 95), composedMedian <= READ_GOAL_MS ? 'yes' : 'NO']
    ])
    return rowsPerSecond >= WRITE_GOAL && snapMedian <= READ_GOAL_MS && composedMedian <= READ_GOAL_MS
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
