// Sync benchmarks: (a) a full sync of the demo accounts × every report variant × 365 days over HTTP
// at 50 ms latency against the ideal requests ÷ concurrency × latency, and against one request at a
// time; (d) the requests a re-sync of that cached year makes, and of a settled year once the
// unsettled TTL has passed (final data must never be fetched again, however old the copy).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addDays, beijingYesterday } from '../../src/shared/calendar'
import { createCore } from '../../src/main/core'
import { silentLogger } from '../../src/main/log'
import { startSimulatorProcess } from './simulator-process'
import { median, printTable } from './stats'

const LATENCY_MS = 50
const CONCURRENCY = 12

/**
 * (d) after the TTL: a settled year (ending a year ago, so even month retention has reached all
 * its periods) cached, the clock moved past the unsettled TTL, synced again. Requests are counted,
 * not timed, so the in-process simulator serves it, on the same movable clock as the client.
 */
async function resyncAfterTtl(dir: string): Promise<number> {
  const clock = { now: Date.now() }
  const core = createCore({ dbPath: join(dir, 'settled.db'), logger: silentLogger, now: () => clock.now, settings: { accountRequestsPerSecond: 200 } })
  try {
    const to = addDays(beijingYesterday(clock.now), -365)
    const range = { from: addDays(to, -364), to }
    const first = await core.sync.start({ accounts: 'all', ...range }).done
    if (first.errors.length) throw new Error(`sync errors: ${JSON.stringify(first.errors.slice(0, 3))}`)
    clock.now += (core.settings().unsettledTtlMinutes + 1) * 60_000
    return (await core.sync.start({ accounts: 'all', ...range }).done).requests
  } finally {
    core.close()
  }
}

export async function syncBench(): Promise<boolean> {
  const server = await startSimulatorProcess(LATENCY_MS)
  const dir = mkdtempSync(join(tmpdir(), 'swanboard-bench-'))
  const to = beijingYesterday()
  const range = { from: addDays(to, -364), to }
  const openCore = (name: string, globalConcurrency: number) =>
    createCore({
      dbPath: join(dir, `${name}.db`),
      logger: silentLogger,
      demoBaseUrl: server.url,
      // The ideal counts only concurrency, so the per-account request rate is lifted out of the way.
      settings: { globalConcurrency, accountConcurrency: 4, accountRequestsPerSecond: 200 }
    })
  const timed = async (core: ReturnType<typeof openCore>) => {
    const t0 = performance.now()
    const summary = await core.sync.start({ accounts: 'all', ...range }).done
    if (summary.errors.length) throw new Error(`sync errors: ${JSON.stringify(summary.errors.slice(0, 3))}`)
    return { summary, ms: performance.now() - t0 }
  }
  try {
    // A run that is not measured warms the simulator (its one-off fill of each app's history).
    const warm = openCore('warm', CONCURRENCY)
    await timed(warm)
    warm.close()
    const runs: Awaited<ReturnType<typeof timed>>[] = []
    let resync = -1
    for (let i = 0; i < 3; i++) {
      const core = openCore(`full-${i}`, CONCURRENCY)
      runs.push(await timed(core))
      if (i === 0) resync = (await core.sync.start({ accounts: 'all', ...range }).done).requests
      core.close()
    }
    const serialCore = openCore('serial', 1)
    const serial = await timed(serialCore)
    serialCore.close()
    const afterTtl = await resyncAfterTtl(dir)

    const { requests, snapshots } = runs[0]!.summary
    const elapsed = median(runs.map((r) => r.ms))
    if (process.env['BENCH_VERBOSE']) console.log('runs ms', runs.map((r) => Math.round(r.ms)))
    const ideal = (requests / CONCURRENCY) * LATENCY_MS
    const ratio = elapsed / ideal
    printTable(
      `Sync (a): demo accounts × every report variant × 365 days over HTTP, L = ${LATENCY_MS} ms, C = ${CONCURRENCY} (median of 3)`,
      ['requests', 'snapshots', 'elapsed ms', 'ideal ms', 'ratio', '≤ 1.15', 'one-at-a-time ms', 'speed-up'],
      [[requests, snapshots, elapsed, ideal, ratio, ratio <= 1.15 ? 'yes' : 'NO', serial.ms, serial.ms / elapsed]]
    )
    printTable(
      'Sync (d): re-sync of the cached year (at once), and of a cached settled year after the unsettled TTL',
      ['requests at once', 'requests after TTL', 'goal 0'],
      [[resync, afterTtl, resync === 0 && afterTtl === 0 ? 'yes' : 'NO']]
    )
    return ratio <= 1.15 && resync === 0 && afterTtl === 0
  } finally {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
