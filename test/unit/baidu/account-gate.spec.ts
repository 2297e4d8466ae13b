// Per-account admission: concurrency cap, request rate, quota pause, cancellation while queued.
import { describe, expect, it } from 'vitest'
import { AccountGate } from '../../../src/main/baidu'

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('AccountGate', () => {
  it('keeps at most `concurrency` requests in flight', async () => {
    const gate = new AccountGate({ concurrency: 3, requestsPerSecond: 1000 })
    let inFlight = 0
    let most = 0
    await Promise.all(
      Array.from({ length: 12 }, () =>
        gate.run(async () => {
          most = Math.max(most, ++inFlight)
          await tick(5)
          inFlight--
        })
      )
    )
    expect(most).toBe(3)
  })

  // Timing assertions here are lower bounds only: a slow machine can delay a start, never hasten it.
  it('starts at most `requestsPerSecond` requests in any second', async () => {
    const gate = new AccountGate({ concurrency: 50, requestsPerSecond: 5 })
    const starts: number[] = []
    await Promise.all(Array.from({ length: 8 }, () => gate.run(async () => void starts.push(performance.now()))))
    starts.sort((a, b) => a - b)
    for (let i = 5; i < starts.length; i++) expect(starts[i]! - starts[i - 5]!).toBeGreaterThanOrEqual(990)
  })

  it('holds requests while paused after a quota error', async () => {
    const gate = new AccountGate({ concurrency: 2, requestsPerSecond: 1000 })
    const t0 = performance.now()
    gate.pause(300)
    expect(gate.pausedFor).toBeGreaterThan(250)
    let startedAt = 0
    await gate.run(async () => void (startedAt = performance.now()))
    expect(startedAt - t0).toBeGreaterThanOrEqual(295)
    expect(gate.pausedFor).toBe(0)
  })

  it('lets a queued request go when its caller cancels', async () => {
    const gate = new AccountGate({ concurrency: 1, requestsPerSecond: 1000 })
    const blocker = gate.run(() => tick(100))
    const controller = new AbortController()
    let ran = false
    const queued = gate.run(async () => void (ran = true), controller.signal)
    controller.abort()
    await expect(queued).rejects.toMatchObject({ code: 'cancelled' })
    await blocker
    expect(ran).toBe(false)
  })

  it('cancels a request waiting out a pause', async () => {
    const gate = new AccountGate({ concurrency: 1, requestsPerSecond: 1000 })
    gate.pause(60_000)
    const controller = new AbortController()
    const queued = gate.run(async () => 1, controller.signal)
    setTimeout(() => controller.abort(), 20)
    await expect(queued).rejects.toMatchObject({ code: 'cancelled' })
  })
})
