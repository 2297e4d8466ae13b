// A longer or shifted range of a daily series reuses cached days: only pages holding new or
// stale days are fetched, and the composed answer equals what a full fetch would give.
import { describe, expect, it } from 'vitest'
import { createBaiduClient } from '../../../src/main/baidu'
import { createSimulator, createSimulatorFetch, DEMO_APPS, DEMO_TP_TOKEN } from '../../../src/main/simulator'
import { resolveVariant, type ReportId } from '../../../src/shared/reports'
import { demoCore, NOW } from '../../support/demo-core'

const APP = 'demo-sim-1002'
const TP = 'demo-tp-01'

/** What a fresh client fetching everything would answer. */
async function direct(report: ReportId, variant: Record<string, string>, from: string, to: string) {
  const token = report === 'tp' ? DEMO_TP_TOKEN : DEMO_APPS[1]!.token
  const client = createBaiduClient({
    baseUrl: 'http://sim.invalid',
    fetch: createSimulatorFetch(createSimulator({ now: () => NOW })),
    token: async () => token,
    now: () => NOW,
    settings: { accountRequestsPerSecond: 1000 }
  })
  return (await client.fetch({ report, variant, from, to })).data
}

const CASES: [ReportId, Record<string, string>, string][] = [
  ['trend', { gran: 'day' }, APP],
  ['activity', {}, APP],
  ['retention', { gran: 'day', report_type: 'count' }, APP],
  ['retention', { gran: 'day', report_type: 'ratio' }, APP],
  ['tp', {}, TP]
]

describe('daily series reuse cached days', () => {
  it.each(CASES)('%s %j: a range shifted by a day fetches one page, and equals a full fetch', async (report, partial, accountId) => {
    const { core, counter } = demoCore()
    const variant = resolveVariant(report, partial)
    await core.reports.get({ accountId, report, variant, from: '20250101', to: '20251231' })
    const full = counter.calls.length
    expect(full).toBeGreaterThanOrEqual(19)
    const shifted = await core.reports.get({ accountId, report, variant, from: '20250102', to: '20260101' })
    expect(counter.calls.length - full).toBe(1)
    expect(shifted.source).toBe('network')
    expect(shifted.data).toEqual(await direct(report, variant, '20250102', '20260101'))
  })

  it('a longer range fetches only the pages of days it has not seen (plus page 1 for the trend’s sum)', async () => {
    const { core, counter } = demoCore()
    const variant = { gran: 'day' }
    await core.reports.get({ accountId: APP, report: 'trend', variant, from: '20250101', to: '20251231' })
    const before = counter.calls.length
    const longer = await core.reports.get({ accountId: APP, report: 'trend', variant, from: '20240101', to: '20251231' })
    const pages = counter.calls.length - before
    expect(pages).toBeLessThanOrEqual(21)
    expect(pages).toBeLessThan(Math.ceil(731 / 20))
    expect(longer.data).toEqual(await direct('trend', variant, '20240101', '20251231'))
  })

  it('a sub-range of cached days needs only the trend’s sum (page 1), and activity nothing at all', async () => {
    const { core, counter } = demoCore()
    await core.reports.get({ accountId: APP, report: 'trend', variant: { gran: 'day' }, from: '20250101', to: '20251231' })
    await core.reports.get({ accountId: APP, report: 'activity', variant: {}, from: '20250101', to: '20251231' })
    const before = counter.calls.length
    const march = await core.reports.get({ accountId: APP, report: 'trend', variant: { gran: 'day' }, from: '20250301', to: '20250331' })
    expect(counter.calls.length - before).toBe(1)
    expect(march.data).toEqual(await direct('trend', { gran: 'day' }, '20250301', '20250331'))
    const activity = await core.reports.get({ accountId: APP, report: 'activity', variant: {}, from: '20250301', to: '20250331' })
    expect(counter.calls.length - before).toBe(1)
    expect(activity.data).toEqual(await direct('activity', {}, '20250301', '20250331'))
  })

  it('offline, a sub-range is composed from cached days; the trend’s deduplicated sum is honestly unknown', async () => {
    const { core, network } = demoCore()
    await core.reports.get({ accountId: APP, report: 'trend', variant: { gran: 'day' }, from: '20250101', to: '20251231' })
    network.down = true
    const march = await core.reports.get({ accountId: APP, report: 'trend', variant: { gran: 'day' }, from: '20250301', to: '20250331' })
    expect(march).toMatchObject({ source: 'cache', staleBecause: 'network', data: { total: 31, sum: null, timeSpan: '2025/03/01 - 2025/03/31' } })
    const expected = await direct('trend', { gran: 'day' }, '20250301', '20250331')
    expect(march.data.rows).toEqual(expected.rows)
    // Days never fetched cannot be made up.
    await expect(core.reports.get({ accountId: APP, report: 'trend', variant: { gran: 'day' }, from: '20240301', to: '20240331' })).rejects.toMatchObject({ code: 'network' })
    expect(core.connectivity.current).toMatchObject({ online: false, reason: 'network' })
  })

  it('falls back to a full fetch when the answer’s rows do not line up with the expected days', async () => {
    const { core, counter, network } = demoCore()
    const variant = { gran: 'day' }
    await core.reports.get({ accountId: APP, report: 'trend', variant, from: '20250101', to: '20251231' })
    // Page 1 of the shifted range answers with its first row under another day's name.
    let tampered = 0
    network.tamper = (_url, body) => (tampered++ === 0 ? body.replace('"name":"2026/01/01"', '"name":"2026/01/02"') : body)
    const before = counter.calls.length
    const shifted = await core.reports.get({ accountId: APP, report: 'trend', variant, from: '20250102', to: '20260101' })
    network.tamper = undefined
    // One page for the attempted compose, then every page again.
    expect(counter.calls.length - before).toBe(1 + 19)
    expect(shifted.data).toEqual(await direct('trend', variant, '20250102', '20260101'))
  })
})
