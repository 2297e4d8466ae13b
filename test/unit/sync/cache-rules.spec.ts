// The cache policy as a sync sees it: values not ready yet are refetched once stale even in a
// settled range, refresh forces, and the unsettled-window and TTL settings steer the decisions.
import { describe, expect, it } from 'vitest'
import type { ReportId } from '../../../src/shared/reports'
import type { SyncRequest } from '../../../src/shared/sync'
import { demoCore, type DemoCore } from '../../support/demo-core'

const HOUR = 3600_000
const TTL = 60 * 60_000 // the default unsettled TTL
const ACCOUNT = 'demo-sim-1001'
// Both ranges end long before the clock's 2026-11-21: settled under the default settings.
const GAPPED = { from: '20250101', to: '20250131' }
const COMPLETE = { from: '20250301', to: '20250331' }

function syncer(core: DemoCore['core'], reports: ReportId[] = ['region']) {
  return (range: { from: string; to: string }, extra: Partial<SyncRequest> = {}) => core.sync.start({ accounts: [ACCOUNT], reports, ...range, ...extra }).done
}

/** Baidu's answer for `timeSpan` with the first metric of its first row not ready ("--"). */
function notReadyIn(timeSpan: string) {
  return (_url: URL, body: string): string => {
    const answer = JSON.parse(body) as { data?: { time_span?: string; data_list?: Record<string, unknown>[] } }
    const row = answer.data?.data_list?.[0]
    if (answer.data?.time_span !== timeSpan || !row) return body
    const metric = Object.keys(row).find((k) => k !== 'name')!
    row[metric] = '--'
    return JSON.stringify(answer)
  }
}

function firstRegionRow(core: DemoCore['core'], range: { from: string; to: string }) {
  return core.reports.offline({ accountId: ACCOUNT, report: 'region', variant: {}, ...range })!.data.rows[0]!
}

describe('sync cache rules', () => {
  it('refetches a settled snapshot holding a "--" row value once it is older than the TTL, never a complete one', async () => {
    const { core, clock, network } = demoCore()
    const sync = syncer(core)
    network.tamper = notReadyIn('2025/01/01 - 2025/01/31')
    expect(await sync(GAPPED)).toMatchObject({ snapshots: 1, errors: [] })
    expect(await sync(COMPLETE)).toMatchObject({ snapshots: 1, errors: [] })
    expect(Object.values(firstRegionRow(core, GAPPED).values)).toContain(null)
    // Within the TTL neither is asked again.
    expect(await sync(GAPPED)).toMatchObject({ requests: 0, snapshots: 0 })

    network.tamper = undefined // Baidu has the value by now
    clock.now += TTL + 60_000
    expect((await sync(GAPPED)).snapshots).toBe(1)
    expect(await sync(COMPLETE)).toMatchObject({ requests: 0, snapshots: 0 })
    expect(Object.values(firstRegionRow(core, GAPPED).values)).not.toContain(null)
    // Complete now: final, however much time passes.
    clock.now += 30 * 24 * HOUR
    expect(await sync(GAPPED)).toMatchObject({ requests: 0, snapshots: 0 })
  })

  it('refresh fetches a cached settled range again, every report and variant of it', async () => {
    const { core, counter } = demoCore()
    const sync = syncer(core, ['trend', 'region', 'retention'])
    const first = await sync(COMPLETE)
    expect(first.errors).toEqual([])
    expect(await sync(COMPLETE)).toMatchObject({ requests: 0, snapshots: 0 })
    const refreshed = await sync(COMPLETE, { refresh: true })
    expect(refreshed).toMatchObject({ requests: first.requests, snapshots: first.snapshots, errors: [] })
    expect(counter.calls).toHaveLength(2 * first.requests)
  })

  it('the unsettled-days and TTL settings, changed through the core, change what is refetched', async () => {
    const { core, clock } = demoCore()
    const sync = syncer(core)
    // Ends 5 days before "today" (2026-11-21): settled while the window is 2 days, open at 7.
    const lastWeek = { from: '20261101', to: '20261116' }
    await sync(lastWeek)
    clock.now += 2 * HOUR
    expect((await sync(lastWeek)).requests).toBe(0)
    core.updateSettings({ unsettledDays: 7 })
    expect((await sync(lastWeek)).snapshots).toBe(1)

    core.updateSettings({ unsettledTtlMinutes: 24 * 60 })
    clock.now += 2 * HOUR
    expect((await sync(lastWeek)).requests).toBe(0)
    core.updateSettings({ unsettledTtlMinutes: 30 })
    expect((await sync(lastWeek)).snapshots).toBe(1)
    core.updateSettings({ unsettledDays: 2 })
    clock.now += 2 * HOUR
    expect((await sync(lastWeek)).requests).toBe(0)
  })
})
