import { describe, expect, it, vi } from 'vitest'
import { useAccountsStore } from '../../src/renderer/src/stores/accounts'
import { useAppStore } from '../../src/renderer/src/stores/app'
import { useAppSettingsStore } from '../../src/renderer/src/stores/app-settings'
import { useRangeStore } from '../../src/renderer/src/stores/range'
import { useReportsStore } from '../../src/renderer/src/stores/reports'
import { SYNC_SILENCE_MS, useSyncStore } from '../../src/renderer/src/stores/sync'
import { syncPercent } from '../../src/renderer/src/sync-format'
import type { Envelope } from '../../src/shared/errors'
import { DEFAULT_APP_SETTINGS } from '../../src/shared/sync'
import { APP_INFO, deferred, DEMO_ACCOUNT, fail, ok } from './support/fake-bridge'
import { syncProgress, syncSummary, syncTask } from './support/fixtures'
import { harness } from './support/mount'

const OTHER = { ...DEMO_ACCOUNT, id: 'shop', name: '商城小程序', demo: false }

async function ready() {
  const h = harness()
  h.fake.bridge.accountsList.mockResolvedValue(ok([DEMO_ACCOUNT, OTHER]))
  await useAccountsStore().load()
  const range = useRangeStore()
  range.setRange({ from: '20240101', to: '20240130' })
  return { ...h, sync: useSyncStore(), range }
}

describe('sync store', () => {
  it('starts a run for the current account, merges task deltas by id and keeps the percentage within 100', async () => {
    const { fake, sync } = await ready()
    expect(await sync.startWith({ scope: 'current', reports: ['trend', 'activity'], allReports: false })).toBe(true)
    expect(fake.bridge.syncStart).toHaveBeenCalledWith({
      accounts: ['demo'],
      from: '20240101',
      to: '20240130',
      reports: ['trend', 'activity']
    })
    expect(sync.phase).toBe('running')
    expect(sync.head?.runId).toBe('run-1')

    fake.emit('sync:progress', syncProgress({
      requestsDone: 2,
      tasks: [syncTask({ id: 'a', state: 'running' }), syncTask({ id: 'b', report: 'activity', variant: '' })]
    }))
    // Only the task that changed comes in the next event; the other keeps its last state.
    fake.emit('sync:progress', syncProgress({
      requestsDone: 12,
      rows: 3456,
      etaMs: 42_000,
      current: { accountId: 'demo', report: 'activity', variant: '' },
      tasks: [syncTask({ id: 'a', state: 'done', requests: 3, rows: 90 })]
    }))
    expect(sync.taskList.map((t) => [t.id, t.state])).toEqual([['a', 'done'], ['b', 'pending']])
    expect(sync.counts).toMatchObject({ done: 1, pending: 1, running: 0 })
    expect(sync.head).toMatchObject({ requestsDone: 12, rows: 3456, etaMs: 42_000 })
    expect(syncPercent(sync.head)).toBe(30)

    fake.emit('sync:progress', syncProgress({ requestsDone: 47, requestsTotal: 40, tasks: [] }))
    expect(syncPercent(sync.head)).toBeLessThanOrEqual(100)
    expect(syncPercent(sync.head)).toBe(99)
    expect(sync.taskList).toHaveLength(2)
  })

  it('sends every report as "all that apply" and a refresh only when asked', async () => {
    const { fake, sync } = await ready()
    await sync.startWith({ scope: 'all', reports: ['trend'], allReports: true, refresh: true })
    expect(fake.bridge.syncStart).toHaveBeenCalledWith({ accounts: 'all', from: '20240101', to: '20240130', refresh: true })
    expect(fake.bridge.syncStart.mock.calls[0]?.[0]).not.toHaveProperty('reports')
  })

  it('never starts a second run while one is starting or running', async () => {
    const { fake, sync } = await ready()
    const pending = deferred<Envelope<{ runId: string }>>()
    fake.bridge.syncStart.mockReturnValueOnce(pending.promise)
    const first = sync.startAll()
    expect(sync.phase).toBe('starting')
    expect(await sync.startAll()).toBe(false)
    pending.resolve(ok({ runId: 'run-9' }))
    expect(await first).toBe(true)
    expect(await sync.startWith({ scope: 'current', reports: ['trend'], allReports: false })).toBe(false)
    expect(fake.bridge.syncStart).toHaveBeenCalledTimes(1)
    expect(sync.panelOpen).toBe(true)

    fake.emit('sync:finished', syncSummary({ runId: 'run-9' }))
    expect(sync.phase).toBe('done')
    expect(await sync.startAll()).toBe(true)
    expect(fake.bridge.syncStart).toHaveBeenCalledTimes(2)
  })

  it('ends with the summary, and a new run replaces the old tasks', async () => {
    const { fake, sync } = await ready()
    await sync.startAll()
    fake.emit('sync:progress', syncProgress({ requestsDone: 39, etaMs: 1000, tasks: [syncTask({ id: 'a', state: 'error', error: { code: 'quota', message: 'limit' } })] }))
    const errors = [{ accountId: 'demo', report: 'trend' as const, variant: 'gran=day', code: 'quota' as const, message: 'limit' }]
    fake.emit('sync:finished', syncSummary({ errors, durationMs: 61_000 }))
    expect(sync.phase).toBe('done')
    expect(sync.outcome).toMatchObject({ runId: 'run-1', errors, durationMs: 61_000, cancelled: false })
    expect(sync.head).toMatchObject({ state: 'done', etaMs: null, current: null, requestsDone: 40 })
    // A late progress event of the finished run does not bring it back to life.
    fake.emit('sync:progress', syncProgress({ requestsDone: 40, tasks: [] }))
    expect(sync.phase).toBe('done')

    await sync.startAll()
    expect(sync.head?.runId).toBe('run-2')
    expect(sync.outcome).toBeNull()
    expect(sync.taskList).toEqual([])
  })

  it('closes the run on its last progress event, and sync:finished then only adds the figures', async () => {
    const { fake, sync } = await ready()
    const reports = useReportsStore()
    await reports.load(reports.queryFor('trend')!)
    await sync.startAll()
    fake.emit('sync:progress', syncProgress({ state: 'done', requestsDone: 40, rows: 800, snapshotsDone: 10, tasks: [syncTask({ id: 'a', accountId: 'shop', state: 'done' })] }))
    expect(sync.phase).toBe('done')
    expect(sync.outcome).toMatchObject({ requests: 40, rows: 800, snapshots: 10, durationMs: null })
    fake.emit('sync:finished', syncSummary({ requests: 40, rows: 800, durationMs: 5_000 }))
    expect(sync.phase).toBe('done')
    expect(sync.outcome?.durationMs).toBe(5_000)
  })

  it('follows the run another window started when main answers busy', async () => {
    const { fake, sync } = await ready()
    fake.bridge.syncStart.mockResolvedValueOnce(fail('busy'))
    fake.bridge.syncStatus.mockResolvedValueOnce(ok(syncProgress({ runId: 'elsewhere', requestsDone: 3 })))
    expect(await sync.startAll()).toBe(false)
    expect(sync.phase).toBe('running')
    expect(sync.head?.runId).toBe('elsewhere')
    expect(sync.error).toBeNull()

    fake.emit('sync:finished', syncSummary({ runId: 'elsewhere' }))
    fake.bridge.syncStart.mockResolvedValueOnce(fail('busy'))
    expect(await sync.startAll()).toBe(false)
    expect(sync.error?.code).toBe('busy')
  })

  it('reconciles a finished run with its own full snapshot only', async () => {
    const { fake, sync } = await ready()
    await sync.startAll()
    fake.emit('sync:progress', syncProgress({ tasks: [syncTask({ id: 'a', state: 'running' }), syncTask({ id: 'b', state: 'running' })] }))
    // The delta that finished task b was lost; the snapshot after sync:finished has it.
    fake.bridge.syncStatus.mockResolvedValueOnce(ok(syncProgress({ state: 'done', tasks: [syncTask({ id: 'a', state: 'done' }), syncTask({ id: 'b', state: 'done' })] })))
    fake.emit('sync:finished', syncSummary())
    await vi.waitFor(() => expect(sync.tasks.get('b')?.state).toBe('done'))

    await sync.startAll()
    fake.bridge.syncStatus.mockResolvedValueOnce(ok(syncProgress({ runId: 'someone-else', state: 'done', tasks: [syncTask({ id: 'z' })] })))
    fake.emit('sync:finished', syncSummary({ runId: 'run-2' }))
    await vi.waitFor(() => expect(fake.bridge.syncStatus).toHaveBeenCalledTimes(2))
    await Promise.resolve()
    expect(sync.head?.runId).toBe('run-2')
    expect(sync.tasks.has('z')).toBe(false)
  })

  it('a window opened after a run ended shows that run’s own summary, duration and errors included', async () => {
    const { fake, sync } = await ready()
    const summary = syncSummary({ runId: 'earlier', requests: 12, durationMs: 4_321, errors: [{ accountId: 'shop', report: 'region', variant: '', code: 'quota', message: 'quota' }] })
    fake.bridge.syncStatus.mockResolvedValueOnce(ok(syncProgress({ runId: 'earlier', state: 'done', summary })))
    await sync.restore()
    expect(sync.phase).toBe('done')
    expect(sync.outcome).toEqual(summary)
  })

  it('cancels the running run by its id; the finished event marks it cancelled', async () => {
    const { fake, sync } = await ready()
    await sync.startAll()
    await sync.cancel()
    expect(fake.bridge.syncCancel).toHaveBeenCalledWith({ runId: 'run-1' })
    expect(sync.cancelling).toBe(true)
    expect(sync.phase).toBe('running')
    fake.emit('sync:finished', syncSummary({ cancelled: true, requests: 7 }))
    expect(sync.phase).toBe('cancelled')
    expect(sync.cancelling).toBe(false)
    expect(sync.head?.state).toBe('cancelled')
    await sync.cancel()
    expect(fake.bridge.syncCancel).toHaveBeenCalledTimes(1)
  })

  it('keeps a failed start as an error and stays idle', async () => {
    const { fake, sync } = await ready()
    fake.bridge.syncStart.mockResolvedValueOnce(fail('invalid_input'))
    expect(await sync.startAll()).toBe(false)
    expect(sync.error?.code).toBe('invalid_input')
    expect(sync.phase).toBe('idle')
  })

  it('restores a run in progress from sync:status, then follows its events', async () => {
    const { fake, sync } = await ready()
    fake.bridge.syncStatus.mockResolvedValueOnce(ok(syncProgress({
      runId: 'run-7',
      requestsDone: 5,
      tasks: [syncTask({ id: 'a', state: 'done', requests: 2 }), syncTask({ id: 'b', state: 'running' }), syncTask({ id: 'c' })]
    })))
    await sync.restore()
    expect(sync.phase).toBe('running')
    expect(sync.head?.runId).toBe('run-7')
    expect(sync.taskList.map((t) => t.state)).toEqual(['done', 'running', 'pending'])
    fake.emit('sync:progress', syncProgress({ runId: 'run-7', requestsDone: 6, tasks: [syncTask({ id: 'c', state: 'running' })] }))
    expect(sync.tasks.get('c')?.state).toBe('running')
    expect(sync.taskList).toHaveLength(3)
    expect(await sync.startAll()).toBe(false)
  })

  it('never rolls a task back when a snapshot is older than the events already merged', async () => {
    const { fake, sync } = await ready()
    await sync.startAll()
    const status = deferred<Envelope<ReturnType<typeof syncProgress> | null>>()
    fake.bridge.syncStatus.mockReturnValueOnce(status.promise)
    const restoring = sync.restore()
    fake.emit('sync:progress', syncProgress({ requestsDone: 20, tasks: [syncTask({ id: 'a', state: 'done', requests: 4 })] }))
    status.resolve(ok(syncProgress({ requestsDone: 15, tasks: [syncTask({ id: 'a', state: 'running', requests: 2 }), syncTask({ id: 'b' })] })))
    await restoring
    expect(sync.tasks.get('a')).toMatchObject({ state: 'done', requests: 4 })
    expect(sync.tasks.get('b')?.state).toBe('pending')
    expect(sync.head?.requestsDone).toBe(20)
  })

  it('shows the last finished run from sync:status, without a duration', async () => {
    const { fake, sync } = await ready()
    fake.bridge.syncStatus.mockResolvedValueOnce(ok(syncProgress({
      state: 'cancelled',
      requestsDone: 9,
      rows: 100,
      snapshotsDone: 3,
      tasks: [syncTask({ id: 'a', state: 'error', error: { code: 'auth', message: 'expired' } })]
    })))
    await sync.restore()
    expect(sync.phase).toBe('cancelled')
    expect(sync.outcome).toMatchObject({ cancelled: true, requests: 9, rows: 100, snapshots: 3, durationMs: null })
    expect(sync.outcome?.errors).toEqual([{ accountId: 'demo', report: 'trend', variant: 'gran=day', code: 'auth', message: 'expired' }])
  })

  it('asks for the status again when the event stream goes quiet mid-run', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
    const { fake, sync } = await ready()
    await sync.startAll()
    await Promise.resolve()
    expect(fake.bridge.syncStatus).not.toHaveBeenCalled()
    fake.bridge.syncStatus.mockResolvedValueOnce(ok(syncProgress({ state: 'done', requestsDone: 40 })))
    vi.advanceTimersByTime(SYNC_SILENCE_MS + SYNC_SILENCE_MS / 3)
    await vi.waitFor(() => expect(sync.phase).toBe('done'))
    expect(fake.bridge.syncStatus).toHaveBeenCalled()
    sync.dispose()
  })

  describe('reloading reports', () => {
    /** What a mounted tab does: show the query (so a sync may reload it) and load it. */
    async function showTrend(gran: string) {
      const reports = useReportsStore()
      reports.setVariant('trend', 'gran', gran)
      const query = reports.queryFor('trend')!
      const hide = reports.show(query)
      await reports.load(query)
      return { query, hide }
    }

    it('reloads the shown report when the run finishes, and marks the other queries stale', async () => {
      const { fake, sync } = await ready()
      const reports = useReportsStore()
      const week = await showTrend('week')
      week.hide()
      const day = await showTrend('day')
      expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(2)

      await sync.startAll()
      fake.emit('sync:progress', syncProgress({ tasks: [syncTask({ id: 'x', accountId: 'shop', state: 'running' })] }))
      fake.emit('sync:finished', syncSummary())
      // Only the demo account's shown query is asked again, without refresh: main answers from the cache.
      expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(2)
      fake.emit('sync:progress', syncProgress({ runId: 'run-x', tasks: [syncTask({ id: 'y', state: 'running' })] }))
      fake.emit('sync:finished', syncSummary({ runId: 'run-x' }))
      expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(3)
      expect(fake.bridge.reportsGet.mock.calls[2]?.[0]).toEqual({ accountId: 'demo', report: 'trend', variant: { gran: 'day' }, from: '20240101', to: '20240130' })
      expect(day.query).toEqual(fake.bridge.reportsGet.mock.calls[2]?.[0])

      expect(reports.entry(week.query)).toMatchObject({ stale: true })
      expect(reports.entry(week.query).data).not.toBeNull()
      await reports.ensure(week.query)
      expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(4)
      expect(reports.entry(week.query).stale).toBe(false)
    })

    it('reloads the shown report as soon as its own task finishes with new data', async () => {
      const { fake, sync } = await ready()
      await showTrend('day')
      await sync.startAll()
      fake.emit('sync:progress', syncProgress({ tasks: [syncTask({ id: 'w', variant: 'gran=week', state: 'done', requests: 2 })] }))
      fake.emit('sync:progress', syncProgress({ tasks: [syncTask({ id: 'c', state: 'done', requests: 0 })] }))
      expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(1)
      fake.emit('sync:progress', syncProgress({ tasks: [syncTask({ id: 'd', state: 'done', requests: 3 })] }))
      expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(2)
      // The same task reported done again is not a second reload.
      fake.emit('sync:progress', syncProgress({ tasks: [syncTask({ id: 'd', state: 'done', requests: 3 })] }))
      expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(2)
    })

    it('reloads a shown report of another kind when its task finishes', async () => {
      const { fake, sync } = await ready()
      const reports = useReportsStore()
      reports.setVariant('terminal', 'terminal_type', 'terminal_os')
      const query = reports.queryFor('terminal')!
      reports.show(query)
      await reports.load(query)
      await sync.startAll()
      fake.emit('sync:progress', syncProgress({ tasks: [syncTask({ id: 'b', report: 'terminal', variant: 'terminal_type=terminal_brand', state: 'done', requests: 1 })] }))
      expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(1)
      fake.emit('sync:progress', syncProgress({ tasks: [syncTask({ id: 'o', report: 'terminal', variant: 'terminal_type=terminal_os', state: 'done', requests: 1 })] }))
      expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(2)
      expect(fake.bridge.reportsGet.mock.calls[1]?.[0]).toMatchObject({ report: 'terminal', variant: { terminal_type: 'terminal_os' } })
    })

    it('keeps the numbers on screen when the reload fails', async () => {
      const { fake, sync } = await ready()
      const reports = useReportsStore()
      const { query } = await showTrend('day')
      await sync.startAll()
      fake.bridge.reportsGet.mockResolvedValueOnce(fail('network'))
      fake.emit('sync:finished', syncSummary())
      await vi.waitFor(() => expect(reports.entry(query).loading).toBe(false))
      expect(reports.entry(query).error?.code).toBe('network')
      expect(reports.entry(query).data).not.toBeNull()
    })
  })

  describe('automatic sync on open', () => {
    async function boot(settings: Partial<typeof DEFAULT_APP_SETTINGS>, online: boolean) {
      const h = await ready()
      h.fake.setStoredSettings({ ...DEFAULT_APP_SETTINGS, ...settings })
      h.fake.bridge.appInfo.mockResolvedValue(ok({ ...APP_INFO, connectivity: { online, since: 5, reason: online ? null : 'network' } }))
      await Promise.all([useAppSettingsStore().load(), useAppStore().load()])
      return h
    }

    it('syncs the current account and visible range when online and switched on', async () => {
      const { fake, sync } = await boot({ autoSyncOnOpen: true }, true)
      expect(await sync.startAutomatic()).toBe(true)
      expect(fake.bridge.syncStart).toHaveBeenCalledWith({ accounts: ['demo'], from: '20240101', to: '20240130' })
      expect(sync.automatic).toBe(true)
      expect(sync.panelOpen).toBe(false)
    })

    it.each([
      ['the setting is off', { autoSyncOnOpen: false }, true],
      ['offline', { autoSyncOnOpen: true }, false]
    ])('does not start when %s', async (_name, settings, online) => {
      const { fake, sync } = await boot(settings, online)
      expect(await sync.startAutomatic()).toBe(false)
      expect(fake.bridge.syncStart).not.toHaveBeenCalled()
    })
  })
})
