import { describe, expect, it } from 'vitest'
import { api } from '../../src/renderer/src/api'
import { AppError } from '../../src/renderer/src/app-error'
import { useAccountsStore } from '../../src/renderer/src/stores/accounts'
import { useRangeStore } from '../../src/renderer/src/stores/range'
import { useReportsStore } from '../../src/renderer/src/stores/reports'
import { trendQueryKey, type TrendReport } from '../../src/shared/dto'
import type { Envelope } from '../../src/shared/errors'
import { deferred, fail, ok } from './support/fake-bridge'
import { trendReport } from './support/fixtures'
import { harness } from './support/mount'

async function ready() {
  const h = harness()
  await useAccountsStore().load()
  return { ...h, reports: useReportsStore(), range: useRangeStore() }
}

describe('reports store', () => {
  it('keys entries by query and never lets an older query overwrite the current one', async () => {
    const { fake, reports, range } = await ready()
    const first = deferred<Envelope<TrendReport>>()
    const second = deferred<Envelope<TrendReport>>()
    fake.bridge.reportsTrend.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise)

    range.setRange({ from: '20240101', to: '20240107' })
    const keyA = reports.trendKey
    const loadA = reports.loadTrend()
    range.setRange({ from: '20240201', to: '20240207' })
    const keyB = reports.trendKey
    const loadB = reports.loadTrend()
    expect(keyA).not.toBe(keyB)
    expect(keyB).toBe(trendQueryKey({ accountId: 'demo', gran: 'day', from: '20240201', to: '20240207' }))

    second.resolve(ok(trendReport({ from: '20240201', to: '20240207' }, { timeSpan: 'B' })))
    await loadB
    first.resolve(ok(trendReport({ from: '20240101', to: '20240107' }, { timeSpan: 'A' })))
    await loadA

    expect(reports.trend.data?.timeSpan).toBe('B')
    expect(reports.trend.loading).toBe(false)
    // The older answer landed under its own key only.
    expect(reports.entries.get(keyA as string)?.data?.timeSpan).toBe('A')
  })

  it.each([
    ['an older answer', ok(trendReport({}, { timeSpan: 'old', source: 'cache' }))],
    ['an older failure', fail('timeout')]
  ])('drops %s for the same key once a newer request (refresh) was made', async (_name, late) => {
    const { fake, reports } = await ready()
    const normal = deferred<Envelope<TrendReport>>()
    const refresh = deferred<Envelope<TrendReport>>()
    fake.bridge.reportsTrend.mockReturnValueOnce(normal.promise).mockReturnValueOnce(refresh.promise)

    const a = reports.loadTrend()
    const b = reports.loadTrend({ refresh: true })
    refresh.resolve(ok(trendReport({}, { timeSpan: 'fresh', source: 'network' })))
    await b
    normal.resolve(late)
    await a

    expect(reports.trend.data?.timeSpan).toBe('fresh')
    expect(reports.trend.error).toBeNull()
    expect(reports.trend.loading).toBe(false)
    expect(fake.bridge.reportsTrend.mock.calls[1]?.[0]).toMatchObject({ refresh: true })
  })

  it('reuses loaded data when switching back to an earlier query', async () => {
    const { fake, reports } = await ready()
    await reports.ensureTrend()
    reports.setTrendGran('week')
    await reports.ensureTrend()
    reports.setTrendGran('day')
    await reports.ensureTrend()
    expect(fake.bridge.reportsTrend).toHaveBeenCalledTimes(2)
    expect(reports.trend.data?.gran).toBe('day')
  })

  it('keeps report data out of deep reactivity', async () => {
    const { reports } = await ready()
    await reports.loadTrend()
    const data = reports.trend.data as TrendReport & { __v_skip?: boolean }
    expect(data.__v_skip).toBe(true)
  })

  it('maps error envelopes to AppError with code, retryable, errno and detail', async () => {
    const { fake, reports } = await ready()
    fake.bridge.reportsTrend.mockResolvedValueOnce(
      fail('transient', { retryable: true, errno: 6002, detail: 'system busy' })
    )
    await reports.loadTrend()
    const error = reports.trend.error
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'transient', retryable: true, errno: 6002, detail: 'system busy' })
  })

  it('turns unknown codes and a throwing bridge into internal errors', async () => {
    const { fake } = await ready()
    fake.bridge.reportsTrend.mockResolvedValueOnce({ ok: false, code: 'weird', message: 'x', retryable: false } as never)
    await expect(api.reportsTrend({ accountId: 'demo', gran: 'day', from: '20240101', to: '20240101' })).rejects.toMatchObject({
      code: 'internal'
    })
    fake.bridge.reportsTrend.mockRejectedValueOnce(new Error('ipc exploded'))
    await expect(api.reportsTrend({ accountId: 'demo', gran: 'day', from: '20240101', to: '20240101' })).rejects.toMatchObject({
      code: 'internal',
      detail: 'ipc exploded'
    })
  })

  it('only records progress for queries that are loading', async () => {
    const { fake, reports } = await ready()
    const pending = deferred<Envelope<TrendReport>>()
    fake.bridge.reportsTrend.mockReturnValueOnce(pending.promise)
    const load = reports.loadTrend()
    const key = reports.trendKey as string
    fake.progress({ key, report: 'trend', pagesDone: 1, pagesTotal: 4 })
    expect(reports.trend.progress).toEqual({ done: 1, total: 4 })
    pending.resolve(ok(trendReport()))
    await load
    fake.progress({ key, report: 'trend', pagesDone: 4, pagesTotal: 4 })
    expect(reports.trend.progress).toBeNull()
    expect(fake.listenerCount()).toBe(1)
  })

  it('does nothing without an account', async () => {
    const { fake } = harness()
    fake.bridge.accountsList.mockResolvedValueOnce(ok([]))
    await useAccountsStore().load()
    const reports = useReportsStore()
    await reports.loadTrend()
    expect(reports.trendKey).toBeNull()
    expect(fake.bridge.reportsTrend).not.toHaveBeenCalled()
  })
})
