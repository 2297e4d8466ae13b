// The per-account limits of the settings, applied through the core: requests of one account in
// flight at once (accountConcurrency) and started per second (accountRequestsPerSecond), at start-up
// and after a settings change, while another account keeps its own allowance.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FetchLike } from '../../../src/main/baidu'
import { createCore, type CoreOptions } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'

const NOW = Date.UTC(2026, 10, 21, 4)
const A = 'demo-sim-1001'
const B = 'demo-sim-1002'

/** Per account: requests in flight now, the most at once, and when each started. */
function inFlightByAccount() {
  const stats = new Map<string, { now: number; most: number; starts: number[] }>()
  const wrapFetch: CoreOptions['wrapFetch'] = (inner, account): FetchLike => async (url, init) => {
    const s = stats.get(account.id) ?? { now: 0, most: 0, starts: [] }
    stats.set(account.id, s)
    s.starts.push(Date.now())
    s.most = Math.max(s.most, ++s.now)
    try {
      return await inner(url, init)
    } finally {
      s.now--
    }
  }
  return { stats, wrapFetch }
}

function core(settings: CoreOptions['settings'], wrapFetch: CoreOptions['wrapFetch'], demoLatencyMs = 0) {
  return createCore({ dbPath: ':memory:', logger: silentLogger, now: () => NOW, settings, wrapFetch, demoLatencyMs, network: { maxAttempts: 1 } })
}

// 89 days by day: page 1, then four more pages at once; a year of activity: page 1 and 18 more.
const trend = (accountId: string) => ({ accountId, report: 'trend' as const, variant: { gran: 'day' }, from: '20260101', to: '20260330' })
const activity = (accountId: string) => ({ accountId, report: 'activity' as const, variant: {}, from: '20250101', to: '20251231' })

afterEach(() => {
  vi.useRealTimers()
})

describe('per-account limits from the settings', () => {
  it('keeps at most accountConcurrency requests of one account in flight, across reports', async () => {
    const { stats, wrapFetch } = inFlightByAccount()
    const c = core({ accountConcurrency: 2, accountRequestsPerSecond: 200 }, wrapFetch, 30)
    await Promise.all([c.reports.get(trend(A)), c.reports.get(activity(A)), c.reports.get(trend(B))])
    expect(stats.get(A)).toMatchObject({ most: 2, now: 0, starts: expect.any(Array) })
    expect(stats.get(A)!.starts).toHaveLength(5 + 19)
    expect(stats.get(B)!.most).toBe(2)
    c.close()
  })

  it('applies a changed accountConcurrency to the accounts already loaded', async () => {
    const { stats, wrapFetch } = inFlightByAccount()
    const c = core({ accountConcurrency: 2, accountRequestsPerSecond: 200 }, wrapFetch, 30)
    await c.reports.get(trend(A))
    expect(stats.get(A)!.most).toBe(2)
    c.updateSettings({ accountConcurrency: 1 })
    stats.clear()
    await c.reports.get(activity(A))
    expect(stats.get(A)!.most).toBe(1)
    c.close()
  })

  it('starts at most accountRequestsPerSecond requests of one account in any second (fake clock)', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const { stats, wrapFetch } = inFlightByAccount()
    const c = core({ accountConcurrency: 10, accountRequestsPerSecond: 3 }, wrapFetch)
    const done = Promise.all([c.reports.get(trend(A)), c.reports.get(trend(B))])
    await vi.advanceTimersByTimeAsync(10_000)
    await done
    for (const id of [A, B]) {
      const starts = stats.get(id)!.starts
      expect(starts).toHaveLength(5)
      // Any four consecutive starts span at least a second; the first three share one.
      for (let i = 3; i < starts.length; i++) expect(starts[i]! - starts[i - 3]!).toBeGreaterThanOrEqual(1000)
      expect(starts[2]! - starts[0]!).toBeLessThan(1000)
    }
    c.close()
  })
})
