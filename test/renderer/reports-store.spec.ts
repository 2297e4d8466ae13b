import { describe, expect, it } from 'vitest'
import { api } from '../../src/renderer/src/api'
import { AppError } from '../../src/renderer/src/app-error'
import { useAccountsStore } from '../../src/renderer/src/stores/accounts'
import { useRangeStore } from '../../src/renderer/src/stores/range'
import { useReportsStore } from '../../src/renderer/src/stores/reports'
import { reportQueryKey, type ReportQuery, type ReportView } from '../../src/shared/dto'
import type { Envelope } from '../../src/shared/errors'
import { account } from './support/fixtures'
import { deferred, DEMO_ACCOUNT, fail, ok } from './support/fake-bridge'
import { reportView } from './support/report-fixtures'
import { harness } from './support/mount'

async function ready() {
  const h = harness()
  await useAccountsStore().load()
  return { ...h, reports: useReportsStore(), range: useRangeStore() }
}

const timeSpan = (v: ReportView | null | undefined) => v?.data.timeSpan

describe('reports store', () => {
  it('builds queries for the selected account and range with the variant resolved', async () => {
    const { reports, range } = await ready()
    range.setRange({ from: '20240101', to: '20240107' })
    expect(reports.queryFor('trend')).toEqual({ accountId: 'demo', report: 'trend', variant: { gran: 'day' }, from: '20240101', to: '20240107' })
    expect(reports.queryFor('retention')?.variant).toEqual({ report_type: 'count', gran: 'day' })
    expect(reports.queryFor('region')?.variant).toEqual({})
    reports.setVariant('retention', 'gran', 'week')
    expect(reports.queryFor('retention')?.variant).toEqual({ report_type: 'count', gran: 'week' })
    expect(reports.queryFor('trend', { variant: { gran: 'hour' }, range: { from: '20230101', to: '20230102' } })).toMatchObject({ variant: { gran: 'hour' }, from: '20230101' })
    // A platform account has no per-app report, and an app account no platform summary.
    expect(reports.queryFor('tp')).toBeNull()
  })

  it('has no query without an account, or for a report the account kind lacks', async () => {
    const h = harness()
    h.fake.setStoredAccounts([account({ id: 'tp', kind: 'tp', appId: null })])
    await useAccountsStore().load()
    const reports = useReportsStore()
    expect(reports.queryFor('trend')).toBeNull()
    expect(reports.queryFor('tp')).toMatchObject({ accountId: 'tp', report: 'tp' })
    h.fake.setStoredAccounts([])
    await useAccountsStore().load()
    expect(reports.queryFor('tp')).toBeNull()
  })

  it('keys entries by query and never lets an older query overwrite the current one', async () => {
    const { fake, reports, range } = await ready()
    const first = deferred<Envelope<ReportView>>()
    const second = deferred<Envelope<ReportView>>()
    fake.bridge.reportsGet.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise)

    range.setRange({ from: '20240101', to: '20240107' })
    const a = reports.queryFor('trend')!
    const loadA = reports.load(a)
    range.setRange({ from: '20240201', to: '20240207' })
    const b = reports.queryFor('trend')!
    const loadB = reports.load(b)
    expect(reportQueryKey(a)).not.toBe(reportQueryKey(b))

    second.resolve(ok(reportView(b, { data: { ...reportView(b).data, timeSpan: 'B' } })))
    await loadB
    first.resolve(ok(reportView(a, { data: { ...reportView(a).data, timeSpan: 'A' } })))
    await loadA

    expect(timeSpan(reports.entry(b).data)).toBe('B')
    expect(reports.entry(b).loading).toBe(false)
    // The older answer landed under its own key only.
    expect(timeSpan(reports.entry(a).data)).toBe('A')
    expect(reports.entries.get(reportQueryKey(a))?.data?.from).toBe('20240101')
  })

  it.each([
    ['an older answer', (q: ReportQuery) => ok(reportView(q, { source: 'cache', data: { ...reportView(q).data, timeSpan: 'old' } }))],
    ['an older failure', () => fail('timeout')]
  ])('drops %s for the same key once a newer request (refresh) was made', async (_name, late) => {
    const { fake, reports } = await ready()
    const query = reports.queryFor('region')!
    const normal = deferred<Envelope<ReportView>>()
    const refresh = deferred<Envelope<ReportView>>()
    fake.bridge.reportsGet.mockReturnValueOnce(normal.promise).mockReturnValueOnce(refresh.promise)

    const a = reports.load(query)
    const b = reports.load(query, { refresh: true })
    refresh.resolve(ok(reportView(query, { data: { ...reportView(query).data, timeSpan: 'fresh' } })))
    await b
    normal.resolve(late(query) as Envelope<ReportView>)
    await a

    expect(timeSpan(reports.entry(query).data)).toBe('fresh')
    expect(reports.entry(query).error).toBeNull()
    expect(reports.entry(query).loading).toBe(false)
    expect(fake.bridge.reportsGet.mock.calls[1]?.[0]).toEqual({ ...query, refresh: true })
  })

  it('reuses loaded data when switching back to an earlier query', async () => {
    const { fake, reports } = await ready()
    await reports.ensure(reports.queryFor('terminal')!)
    reports.setVariant('terminal', 'terminal_type', 'terminal_os')
    await reports.ensure(reports.queryFor('terminal')!)
    reports.setVariant('terminal', 'terminal_type', 'terminal_brand')
    await reports.ensure(reports.queryFor('terminal')!)
    expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(2)
    expect(reports.entry(reports.queryFor('terminal')).data?.variant).toEqual({ terminal_type: 'terminal_brand' })
  })

  it('keeps report data out of deep reactivity', async () => {
    const { reports } = await ready()
    const query = reports.queryFor('trend')!
    await reports.load(query)
    const data = reports.entry(query).data as ReportView & { __v_skip?: boolean }
    expect(data.__v_skip).toBe(true)
  })

  it('maps error envelopes to AppError with code, retryable, errno and detail', async () => {
    const { fake, reports } = await ready()
    fake.bridge.reportsGet.mockResolvedValueOnce(fail('transient', { retryable: true, errno: 6002, detail: 'system busy' }))
    const query = reports.queryFor('pages')!
    await reports.load(query)
    const error = reports.entry(query).error
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'transient', retryable: true, errno: 6002, detail: 'system busy' })
  })

  it('turns unknown codes and a throwing bridge into internal errors', async () => {
    const { fake } = await ready()
    const query: ReportQuery = { accountId: 'demo', report: 'trend', variant: { gran: 'day' }, from: '20240101', to: '20240101' }
    fake.bridge.reportsGet.mockResolvedValueOnce({ ok: false, code: 'weird', message: 'x', retryable: false } as never)
    await expect(api.reportsGet(query)).rejects.toMatchObject({ code: 'internal' })
    fake.bridge.reportsGet.mockRejectedValueOnce(new Error('ipc exploded'))
    await expect(api.reportsGet(query)).rejects.toMatchObject({ code: 'internal', detail: 'ipc exploded' })
  })

  it('only records progress for queries that are loading', async () => {
    const { fake, reports } = await ready()
    const pending = deferred<Envelope<ReportView>>()
    fake.bridge.reportsGet.mockReturnValueOnce(pending.promise)
    const query = reports.queryFor('activity')!
    const load = reports.load(query)
    const key = reportQueryKey(query)
    fake.progress({ key, report: 'activity', pagesDone: 1, pagesTotal: 4 })
    expect(reports.entry(query).progress).toEqual({ done: 1, total: 4 })
    pending.resolve(ok(reportView(query)))
    await load
    fake.progress({ key, report: 'activity', pagesDone: 4, pagesTotal: 4 })
    expect(reports.entry(query).progress).toBeNull()
    expect(fake.listenerCount()).toBe(1)
  })

  it('reloads only shown queries that a sync touched; hidden ones are marked stale for later', async () => {
    const { fake, reports } = await ready()
    const shown = reports.queryFor('region')!
    const hidden = reports.queryFor('pages')!
    const release = reports.show(shown)
    await Promise.all([reports.load(shown), reports.load(hidden)])
    expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(2)

    reports.invalidate({ accountId: 'other' })
    expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(2)
    reports.invalidate({ accountId: DEMO_ACCOUNT.id })
    expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(3)
    expect(fake.bridge.reportsGet.mock.calls[2]?.[0]).toEqual(shown)
    expect(reports.entry(hidden).stale).toBe(true)

    release()
    await Promise.resolve()
    reports.invalidate({})
    expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(3)
  })
})
