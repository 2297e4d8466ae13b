// A quota error (50029) end to end through the client, on a fake clock: it surfaces at once (no
// retry), and the account's gate holds every other request of that account for quotaBackoffMs,
// while other accounts carry on.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createBaiduClient, type ApiError } from '../../../src/main/baidu'
import { createSimulator, createSimulatorFetch, DEMO_APPS } from '../../../src/main/simulator'
import { countingFetch } from '../../support/counting-fetch'

const NOW = Date.UTC(2026, 10, 21, 4)
const QUOTA_BACKOFF_MS = 60_000
const app = DEMO_APPS[0]!

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
})
afterEach(() => {
  vi.useRealTimers()
})

function account(token = app.token) {
  const simulator = createSimulator({ now: () => NOW })
  const counter = countingFetch(createSimulatorFetch(simulator))
  const settings = { quotaBackoffMs: QUOTA_BACKOFF_MS, accountConcurrency: 1, accountRequestsPerSecond: 1000, maxAttempts: 4, backoffBaseMs: 1, backoffCapMs: 1 }
  const client = createBaiduClient({ baseUrl: 'http://simulator.invalid', fetch: counter.fetch, token: async () => token, settings, now: () => Date.now() })
  // One request each: a week of activity is one page.
  const week = () => client.fetch({ report: 'activity', variant: {}, from: '20260901', to: '20260907' })
  return { simulator, counter, client, week }
}

describe('quota errors', () => {
  it('surface without a retry and pause every other request of the account for quotaBackoffMs', async () => {
    const a = account()
    a.simulator.control.failNext('quota', 1)
    const first = a.week().catch((err: unknown) => err as ApiError)
    // Queued behind the first (concurrency 1): they reach the gate once the quota answer is in.
    const queued = [a.week(), a.week()]
    const failed = await first
    expect(failed).toMatchObject({ code: 'quota', errno: 50029, retryable: false })
    expect(a.counter.calls).toHaveLength(1)
    expect(a.client.connection.gate.pausedFor).toBe(QUOTA_BACKOFF_MS)

    await vi.advanceTimersByTimeAsync(QUOTA_BACKOFF_MS - 1)
    expect(a.counter.calls).toHaveLength(1)
    // A request made during the pause waits too.
    const late = a.week()
    await vi.advanceTimersByTimeAsync(0)
    expect(a.counter.calls).toHaveLength(1)

    await vi.advanceTimersByTimeAsync(1)
    const answers = await Promise.all([...queued, late])
    expect(answers.map((r) => r.data.rows.length)).toEqual([7, 7, 7])
    expect(a.counter.calls).toHaveLength(4)
    expect(a.client.connection.gate.pausedFor).toBe(0)
  })

  it('pause only the account that hit the quota', async () => {
    const hit = account()
    const other = account(DEMO_APPS[1]!.token)
    hit.simulator.control.failNext('quota', 1)
    await expect(hit.week()).rejects.toMatchObject({ code: 'quota' })
    const waiting = hit.week()
    const answer = await other.week()
    expect(answer.data.rows).toHaveLength(7)
    expect(hit.counter.calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(QUOTA_BACKOFF_MS)
    await expect(waiting).resolves.toMatchObject({ data: { report: 'activity' } })
  })

  it('a request already waiting out the pause can still be cancelled', async () => {
    const a = account()
    a.simulator.control.failNext('quota', 1)
    await expect(a.week()).rejects.toMatchObject({ code: 'quota' })
    const controller = new AbortController()
    const waiting = a.client.fetch({ report: 'activity', variant: {}, from: '20260901', to: '20260907' }, { signal: controller.signal })
    await vi.advanceTimersByTimeAsync(1000)
    controller.abort()
    await expect(waiting).rejects.toMatchObject({ code: 'cancelled' })
    expect(a.counter.calls).toHaveLength(1)
  })
})
