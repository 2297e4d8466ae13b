// Retries: only transient failures, full-jitter backoff under a cap, a budget shared by a run.
import { describe, expect, it } from 'vitest'
import { ApiError, backoffDelay, RetryBudget, withRetry } from '../../../src/main/baidu'

const settings = { maxAttempts: 4, backoffBaseMs: 1, backoffCapMs: 4 }
const transient = () => new ApiError({ code: 'transient', errno: 1000, message: 'busy' })

function failing(times: number, error: () => ApiError = transient) {
  let calls = 0
  return {
    calls: () => calls,
    attempt: async () => {
      calls++
      if (calls <= times) throw error()
      return 'ok'
    }
  }
}

describe('backoffDelay', () => {
  it('is uniform between 0 and min(cap, base·2^retry)', () => {
    const s = { backoffBaseMs: 500, backoffCapMs: 15_000 }
    expect(backoffDelay(0, s, () => 0.999999)).toBe(499)
    expect(backoffDelay(3, s, () => 0.5)).toBe(2000)
    expect(backoffDelay(10, s, () => 0.999999)).toBe(14_999)
    expect(backoffDelay(4, s, () => 0)).toBe(0)
  })
})

describe('withRetry', () => {
  it('retries a transient failure until it succeeds', async () => {
    const f = failing(2)
    const seen: number[] = []
    await expect(withRetry(f.attempt, settings, { budget: new RetryBudget(10), onRetry: (i) => seen.push(i.attempt) })).resolves.toBe('ok')
    expect(f.calls()).toBe(3)
    expect(seen).toEqual([1, 2])
  })

  it('stops at maxAttempts and throws the last error', async () => {
    const f = failing(10)
    await expect(withRetry(f.attempt, settings, { budget: new RetryBudget(10) })).rejects.toMatchObject({ code: 'transient' })
    expect(f.calls()).toBe(4)
  })

  it.each(['auth', 'permission', 'ip_whitelist', 'quota', 'invalid_param', 'protocol'] as const)('never retries %s', async (code) => {
    const f = failing(1, () => new ApiError({ code, message: code }))
    await expect(withRetry(f.attempt, settings, { budget: new RetryBudget(10) })).rejects.toMatchObject({ code })
    expect(f.calls()).toBe(1)
  })

  it('retries network and timeout failures', async () => {
    for (const code of ['network', 'timeout'] as const) {
      const f = failing(1, () => new ApiError({ code, message: code }))
      await expect(withRetry(f.attempt, settings, { budget: new RetryBudget(10) })).resolves.toBe('ok')
    }
  })

  it('spends a budget shared by the run, then fails fast', async () => {
    const budget = new RetryBudget(3)
    const a = failing(2)
    const b = failing(2)
    await withRetry(a.attempt, settings, { budget })
    await expect(withRetry(b.attempt, settings, { budget })).rejects.toMatchObject({ code: 'transient' })
    expect(b.calls()).toBe(2)
    expect(budget.spent).toBe(3)
  })

  it('stops waiting when cancelled during the backoff', async () => {
    const controller = new AbortController()
    const f = failing(5)
    const run = withRetry(f.attempt, { maxAttempts: 5, backoffBaseMs: 10_000, backoffCapMs: 10_000 }, { budget: new RetryBudget(10), signal: controller.signal, random: () => 1 })
    setTimeout(() => controller.abort(), 20)
    const started = Date.now()
    await expect(run).rejects.toMatchObject({ code: 'cancelled' })
    expect(Date.now() - started).toBeLessThan(2000)
    expect(f.calls()).toBe(1)
  })
})
