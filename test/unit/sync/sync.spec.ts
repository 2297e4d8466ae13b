// The sync engine over the demo accounts: only what is missing, isolation of failures, progress,
// cancel and resume, one run at a time, the global concurrency limit.
import { describe, expect, it } from 'vitest'
import { DEMO_APPS } from '../../../src/main/simulator'
import type { SyncProgress, SyncSummary } from '../../../src/shared/sync'
import { demoCore, requestsByEndpoint } from '../../support/demo-core'

const SETTLED = { from: '20250101', to: '20250131' }
const HOUR = 3600_000

function listen(core: ReturnType<typeof demoCore>['core']) {
  const progress: SyncProgress[] = []
  const finished: SyncSummary[] = []
  core.subscribe((event, payload) => {
    if (event === 'sync:progress') progress.push(payload as SyncProgress)
    if (event === 'sync:finished') finished.push(payload as SyncSummary)
  })
  return { progress, finished }
}

function rowsIntact(core: ReturnType<typeof demoCore>['core']): boolean {
  const broken = core.db
    .prepare('SELECT count(*) FROM snapshots s WHERE s.row_count != (SELECT count(*) FROM report_rows r WHERE r.snapshot_id = s.id)')
    .pluck()
    .get()
  return broken === 0
}

describe('sync', () => {
  it('syncs every account × report × variant, then a second sync of the settled range makes 0 requests', async () => {
    const { core, counter } = demoCore()
    const first = await core.sync.start({ accounts: 'all', ...SETTLED }).done
    // 5 apps × 24 variants of app reports, and the TP's summary.
    expect(first.snapshots).toBe(5 * 24 + 1)
    expect(first.errors).toEqual([])
    expect(first.requests).toBe(counter.calls.length)
    const second = await core.sync.start({ accounts: 'all', ...SETTLED }).done
    expect(second).toMatchObject({ requests: 0, snapshots: 0, rows: 0, errors: [] })
    expect(counter.calls.length).toBe(first.requests)
  })

  it('a settled range stays cached past the TTL, retention included (its sum is always "--")', async () => {
    const { core, counter, clock } = demoCore()
    const first = await core.sync.start({ accounts: ['demo-sim-1001'], ...SETTLED }).done
    expect(first.errors).toEqual([])
    expect(requestsByEndpoint(counter)['getanalysisretaineduser']).toBeGreaterThan(0)
    clock.now += 2 * HOUR
    const later = await core.sync.start({ accounts: ['demo-sim-1001'], ...SETTLED }).done
    expect(later).toMatchObject({ requests: 0, snapshots: 0, errors: [] })
    expect(counter.calls.length).toBe(first.requests)
  })

  it('an unsettled range is not refetched within the TTL, and only its open snapshots after it', async () => {
    const { core, counter, clock } = demoCore()
    const recent = { from: '20260901', to: '20261120' }
    await core.sync.start({ accounts: ['demo-sim-1001'], ...recent }).done
    const once = counter.calls.length
    expect((await core.sync.start({ accounts: ['demo-sim-1001'], ...recent }).done).requests).toBe(0)
    clock.now += HOUR
    const again = await core.sync.start({ accounts: ['demo-sim-1001'], ...recent }).done
    expect(again.requests).toBeGreaterThan(0)
    // The daily series reuse their settled days: far fewer requests than the first time.
    expect(again.requests).toBeLessThan(once)
  })

  it('one failing account does not stop the others; its remaining tasks are skipped without requests', async () => {
    const { core, counter, sim } = demoCore()
    const bad = DEMO_APPS[2]!
    sim.control.tokens.revoke(bad.token)
    const summary = await core.sync.start({ accounts: 'all', ...SETTLED }).done
    const badErrors = summary.errors.filter((e) => e.accountId === `demo-${bad.appId}`)
    expect(badErrors).toHaveLength(24)
    expect(badErrors.every((e) => e.code === 'auth')).toBe(true)
    expect(summary.errors).toHaveLength(24)
    expect(summary.snapshots).toBe(4 * 24 + 1)
    // Only the requests in flight when the first auth error came back (the account's 4), and at most
    // the one a freed slot admitted before the account's stop landed, were made: not its 24+ tasks.
    const badCalls = counter.calls.filter((c) => c.url.searchParams.get('access_token') === bad.token).length
    expect(badCalls).toBeLessThanOrEqual(5)
    const status = core.sync.status()!
    expect(status.tasks.filter((t) => t.accountId === `demo-${bad.appId}` && t.state === 'skipped').length).toBeGreaterThanOrEqual(20)
  })

  it('reports progress: counters only grow, the total covers what was done, and it ends in a full status', async () => {
    const { core } = demoCore()
    const { progress, finished } = listen(core)
    const summary = await core.sync.start({ accounts: ['demo-sim-1002', 'demo-tp-01'], ...SETTLED }).done
    expect(progress.length).toBeGreaterThan(1)
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]!.requestsDone).toBeGreaterThanOrEqual(progress[i - 1]!.requestsDone)
      expect(progress[i]!.requestsTotal).toBeGreaterThanOrEqual(progress[i]!.requestsDone)
    }
    const last = progress.at(-1)!
    expect(last).toMatchObject({ state: 'done', requestsDone: summary.requests, requestsTotal: summary.requests, snapshotsDone: 25, snapshotsTotal: 25, etaMs: null })
    expect(progress.some((p) => p.current !== null)).toBe(true)
    expect(finished).toEqual([summary])
    const status = core.sync.status()!
    expect(status.tasks.every((t) => t.state === 'done' && t.rows >= 0)).toBe(true)
    expect(status.summary).toEqual(summary)
  })

  it('cancel stops the run, leaves only whole snapshots, and a new run fetches only what is missing', async () => {
    const { core, counter } = demoCore(':memory:', { latencyMs: 15 })
    const { progress } = listen(core)
    const run = core.sync.start({ accounts: 'all', ...SETTLED })
    while ((progress.at(-1)?.snapshotsDone ?? 0) < 20) await new Promise((r) => setTimeout(r, 5))
    expect(core.sync.cancel(run.runId)).toBe(true)
    const cancelled = await run.done
    expect(cancelled.cancelled).toBe(true)
    expect(cancelled.snapshots).toBeLessThan(121)
    expect(rowsIntact(core)).toBe(true)
    expect(core.db.prepare('SELECT count(*) FROM snapshots').pluck().get()).toBe(cancelled.snapshots)
    const before = counter.calls.length
    const resumed = await core.sync.start({ accounts: 'all', ...SETTLED }).done
    expect(resumed.snapshots).toBe(121 - cancelled.snapshots)
    expect(resumed.errors).toEqual([])
    expect(counter.calls.length - before).toBe(resumed.requests)
  })

  it('runs one sync at a time', async () => {
    const { core } = demoCore(':memory:', { latencyMs: 5 })
    const run = core.sync.start({ accounts: ['demo-sim-1001'], ...SETTLED })
    expect(() => core.sync.start({ accounts: ['demo-sim-1002'], ...SETTLED })).toThrow(expect.objectContaining({ code: 'busy' }))
    await run.done
    await expect(core.sync.start({ accounts: ['demo-sim-1002'], ...SETTLED }).done).resolves.toMatchObject({ errors: [] })
  })

  it('never has more requests in flight than the global concurrency setting', async () => {
    const { core, counter } = demoCore(':memory:', { latencyMs: 5, settings: { globalConcurrency: 3 } })
    await core.sync.start({ accounts: 'all', ...SETTLED }).done
    expect(counter.maxInFlight).toBe(3)
    core.updateSettings({ globalConcurrency: 7 })
    await core.sync.start({ accounts: 'all', from: '20240101', to: '20240131' }).done
    expect(counter.maxInFlight).toBe(7)
  })

  it('rejects unknown accounts before starting anything', () => {
    const { core } = demoCore()
    expect(() => core.sync.start({ accounts: ['nope'], ...SETTLED })).toThrow(expect.objectContaining({ code: 'not_found' }))
    expect(core.sync.status()).toBeNull()
  })
})
