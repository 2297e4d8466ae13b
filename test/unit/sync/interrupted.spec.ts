// A sync a quit or crash cut short is offered at the next start, until it is resumed, covered by a
// later sync or dismissed; one the user cancelled or that finished never is. Resuming fetches only
// what the interrupted run had not written yet.
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../../src/main/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import { silentLogger } from '../../../src/main/log'
import { coversRequest, resumeRequest } from '../../../src/main/sync/resume'
import type { InterruptedSync, SyncProgress, SyncRequest } from '../../../src/shared/sync'
import { demoCore, NOW, type DemoCore } from '../../support/demo-core'
import { tempDir } from '../../support/temp'

const REQUEST: SyncRequest = { accounts: ['demo-sim-1001'], reports: ['trend', 'activity', 'retention'], from: '20250101', to: '20250131' }
// Slow enough to stop a run part-way: 5 requests a second (16 in all), 20 ms each.
const SLOW = { latencyMs: 20, settings: { accountRequestsPerSecond: 5 } }

function snapshotTimes(core: DemoCore['core']): Map<string, number> {
  const rows = core.db.prepare<[], { k: string; fetched_at: number }>("SELECT account_id || '|' || report || '|' || variant AS k, fetched_at FROM snapshots").all()
  return new Map(rows.map((r) => [r.k, r.fetched_at]))
}

/** Starts REQUEST on a cache file and quits the app (cancelAll) once some requests are done. */
async function quitMidRun(db: string, request: SyncRequest = REQUEST): Promise<{ runId: string; snapshots: number }> {
  const { core } = demoCore(db, SLOW)
  let last: SyncProgress | undefined
  core.subscribe((event, payload) => {
    if (event === 'sync:progress') last = payload as SyncProgress
  })
  const { runId, done } = core.sync.start(request)
  await vi.waitFor(() => expect(last?.snapshotsDone ?? 0).toBeGreaterThanOrEqual(2), { timeout: 10_000, interval: 5 })
  // The run going on is not "interrupted".
  expect(core.sync.interrupted()).toBeNull()
  core.sync.cancelAll()
  await core.sync.idle()
  const summary = await done
  expect(summary.cancelled).toBe(true)
  core.close()
  return { runId, snapshots: summary.snapshots }
}

/** What the next start of the app would offer. */
function offerAfterReopening(db: string): InterruptedSync | null {
  const { core } = demoCore(db)
  try {
    return core.sync.interrupted()
  } finally {
    core.close()
  }
}

describe('interrupted sync', () => {
  it('a run the app quit in the middle of is offered after reopening, with how far it got', async () => {
    const db = join(tempDir(), 'cache.db')
    const { runId, snapshots } = await quitMidRun(db, { ...REQUEST, refresh: true })
    const offer = offerAfterReopening(db)
    // Resuming never refetches what the run already wrote, even when the run was a refresh.
    expect(offer).toMatchObject({ runId, request: REQUEST, startedAt: NOW })
    expect(offer!.request).not.toHaveProperty('refresh')
    // At least as far as the progress seen before the quit (2 snapshots), and short of the end.
    expect(offer!.requestsDone).toBeGreaterThanOrEqual(2)
    expect(offer!.requestsTotal).toBeGreaterThan(offer!.requestsDone)
    expect(snapshots).toBeLessThan(11)
  })

  it('a run the user cancelled, or one that finished, is not offered', async () => {
    const db = join(tempDir(), 'cache.db')
    const first = demoCore(db, SLOW)
    const run = first.core.sync.start(REQUEST)
    await vi.waitFor(() => expect(first.counter.calls.length).toBeGreaterThan(2), { timeout: 10_000, interval: 5 })
    expect(first.core.sync.cancel(run.runId)).toBe(true)
    expect((await run.done).cancelled).toBe(true)
    expect(first.core.sync.interrupted()).toBeNull()
    first.core.updateSettings({ accountRequestsPerSecond: 200 })
    await first.core.sync.start({ ...REQUEST, accounts: ['demo-sim-1002'] }).done
    first.core.close()
    expect(offerAfterReopening(db)).toBeNull()
  })

  it('dismissing stops the offer for good; the data it wrote stays', async () => {
    const db = join(tempDir(), 'cache.db')
    const { runId, snapshots } = await quitMidRun(db)
    const { core } = demoCore(db)
    expect(core.sync.dismissInterrupted('some-other-run')).toBe(false)
    expect(core.sync.interrupted()?.runId).toBe(runId)
    expect(core.sync.dismissInterrupted(runId)).toBe(true)
    expect(core.sync.interrupted()).toBeNull()
    expect(core.sync.dismissInterrupted(runId)).toBe(false)
    expect(snapshotTimes(core).size).toBe(snapshots)
    core.close()
    expect(offerAfterReopening(db)).toBeNull()
  })

  it('resuming with the offered request fetches only what is missing, and clears the offer', async () => {
    const db = join(tempDir(), 'cache.db')
    const { snapshots } = await quitMidRun(db)
    const { core, counter, clock } = demoCore(db)
    const before = snapshotTimes(core)
    expect(before.size).toBe(snapshots)
    // Later, so a snapshot fetched again would carry a new time.
    clock.now += 60_000
    const offer = core.sync.interrupted()!
    const resumed = core.sync.start(offer.request)
    expect(core.sync.interrupted()).toBeNull()
    const summary = await resumed.done
    expect(summary.errors).toEqual([])
    expect(summary.requests).toBe(counter.calls.length)
    // 1 app × (trend 4 + activity 1 + retention 6 variants)
    expect(summary.snapshots).toBe(11 - snapshots)
    const after = snapshotTimes(core)
    expect(after.size).toBe(11)
    for (const [key, at] of before) expect(after.get(key)).toBe(at)
    expect(core.sync.interrupted()).toBeNull()
    // Whole now: the same sync again asks for nothing.
    expect((await core.sync.start(REQUEST).done).requests).toBe(0)
    core.close()
    expect(offerAfterReopening(db)).toBeNull()
  })

  it('a later sync that covers the interrupted one clears it; one that does not leaves it offered', async () => {
    const db = join(tempDir(), 'cache.db')
    const { runId } = await quitMidRun(db)
    const { core } = demoCore(db)
    await core.sync.start({ accounts: ['demo-sim-1002'], from: '20250101', to: '20250131' }).done
    await core.sync.start({ ...REQUEST, from: '20250102' }).done
    expect(core.sync.interrupted()?.runId).toBe(runId)
    // Every account and report over a wider range: the interrupted run's work is all in it.
    await core.sync.start({ accounts: 'all', from: '20241231', to: '20250131' }).done
    expect(core.sync.interrupted()).toBeNull()
    core.close()
  })

  it('offers a run of accounts still saved only, and answers through the contract', async () => {
    const db = join(tempDir(), 'cache.db')
    const { runId } = await quitMidRun(db, { ...REQUEST, accounts: ['demo-sim-1001', 'demo-sim-1002'] })
    const { core } = demoCore(db)
    core.accounts.remove('demo-sim-1002')
    const handlers = createHandlers(core, { kind: 'web', saveExport: async () => ({ status: 'cancelled' }), openExternal: async () => false })
    const call = (channel: string, input?: unknown) => dispatch(handlers, channel, input, { emit: () => undefined }, silentLogger)

    const offered = await call('sync:interrupted')
    expect(offered).toMatchObject({ ok: true, data: { runId, request: { ...REQUEST, accounts: ['demo-sim-1001'] } } })
    expect(await call('sync:dismiss-interrupted', {})).toMatchObject({ ok: false, code: 'invalid_input' })
    expect(await call('sync:dismiss-interrupted', { runId, extra: 1 })).toMatchObject({ ok: false, code: 'invalid_input' })
    expect(await call('sync:dismiss-interrupted', { runId })).toEqual({ ok: true, data: { dismissed: true } })
    expect(await call('sync:interrupted')).toEqual({ ok: true, data: null })

    core.accounts.remove('demo-sim-1001')
    await recordCrashedRun(core)
    // Its only account is gone: nothing left to resume.
    expect(core.sync.interrupted()).toBeNull()
    core.close()
  })
})

/** A run left unfinished in the record of an open core, as a crash leaves it (no end written). */
async function recordCrashedRun(core: DemoCore['core']): Promise<void> {
  core.db
    .prepare('INSERT INTO sync_runs (id, started_at, from_day, to_day, request_json) VALUES (?, ?, ?, ?, ?)')
    .run('crashed', NOW + 1, REQUEST.from, REQUEST.to, JSON.stringify(REQUEST))
}

describe('which run covers which', () => {
  const base: SyncRequest = { accounts: ['a', 'b'], reports: ['trend'], from: '20250110', to: '20250120' }
  it.each<[string, SyncRequest, boolean]>([
    ['the same request', base, true],
    ['more accounts, every report, a wider range', { accounts: ['a', 'b', 'c'], from: '20250101', to: '20250131' }, true],
    ["'all' accounts", { ...base, accounts: 'all' }, true],
    ['a refresh of it', { ...base, refresh: true }, true],
    ['one of its accounts only', { ...base, accounts: ['a'] }, false],
    ['other reports', { ...base, reports: ['activity'] }, false],
    ['a range starting later', { ...base, from: '20250111' }, false],
    ['a range ending earlier', { ...base, to: '20250119' }, false]
  ])('%s', (_name, next, covers) => {
    expect(coversRequest(next, base)).toBe(covers)
  })

  it("an explicit list never covers 'all' (accounts may have been added since)", () => {
    expect(coversRequest(base, { ...base, accounts: 'all' })).toBe(false)
  })

  it('a resume keeps saved accounts, drops refresh, and is null with none left', () => {
    const saved = new Set(['b'])
    expect(resumeRequest({ ...base, refresh: true }, saved)).toEqual({ ...base, accounts: ['b'] })
    expect(resumeRequest({ ...base, accounts: 'all', refresh: true }, new Set())).toEqual({ ...base, accounts: 'all' })
    expect(resumeRequest(base, new Set(['c']))).toBeNull()
  })
})
