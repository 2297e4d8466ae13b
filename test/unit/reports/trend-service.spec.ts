// The trend report through the cache: zero requests for a settled range, refetch rules, stale fallback.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FetchLike } from '../../../src/main/baidu'
import { createCore } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'
import { createSimulator, createSimulatorFetch, DEMO_APPS } from '../../../src/main/simulator'
import type { TrendQuery } from '../../../src/shared/dto'
import { countingFetch } from '../../support/counting-fetch'
import { tempDir } from '../../support/temp'

const HOUR = 3600_000
const NOW = Date.UTC(2026, 10, 21, 4) // 2026-11-21 12:00 Beijing
const dir = tempDir()

function setup(dbPath: string, clock = { now: NOW }, inner?: FetchLike) {
  const counter = countingFetch(inner ?? createSimulatorFetch(createSimulator({ now: () => clock.now })))
  // Every account reaches the simulator through the counter (or the given fetch).
  const core = createCore({ dbPath, now: () => clock.now, logger: silentLogger, wrapFetch: () => counter.fetch, network: { backoffBaseMs: 1, backoffCapMs: 5 } })
  return { core, counter, clock }
}

const settled: TrendQuery = { accountId: 'demo-sim-1001', gran: 'day', from: '20260101', to: '20260330' }
const recent: TrendQuery = { accountId: 'demo-sim-1001', gran: 'day', from: '20261101', to: '20261120' }

describe('TrendService', () => {
  it('fetches once, then answers a settled range from the cache with zero requests, even after a restart', async () => {
    const path = join(dir, 'settled.db')
    const a = setup(path)
    const first = await a.core.trend.get(settled)
    expect(first.source).toBe('network')
    expect(first.settled).toBe(true)
    expect(a.counter.calls).toHaveLength(5)
    const second = await a.core.trend.get(settled)
    expect(a.counter.calls).toHaveLength(5)
    expect(second).toEqual({ ...first, source: 'cache' })
    a.core.close()

    const b = setup(path, { now: NOW + 24 * 30 * HOUR })
    const reopened = await b.core.trend.get(settled)
    expect(b.counter.calls).toHaveLength(0)
    expect(reopened.rows).toEqual(first.rows)
    expect(reopened.fetchedAt).toBe(first.fetchedAt)
    b.core.close()
  })

  it('treats each gran as its own snapshot', async () => {
    const { core, counter } = setup(':memory:')
    const day = await core.trend.get(settled)
    const week = await core.trend.get({ ...settled, gran: 'week' })
    expect(week.rows.length).toBeLessThan(day.rows.length)
    expect(counter.calls.length).toBe(6)
  })

  it('serves an unsettled range from the cache within the TTL and refetches after it', async () => {
    const { core, counter, clock } = setup(':memory:')
    await core.trend.get(recent)
    clock.now += 10 * 60_000
    expect((await core.trend.get(recent)).source).toBe('cache')
    expect(counter.calls).toHaveLength(1)
    clock.now += HOUR
    expect((await core.trend.get(recent)).source).toBe('network')
    expect(counter.calls).toHaveLength(2)
  })

  it('refetches a range that was still open when cached, once it has settled', async () => {
    const { core, counter, clock } = setup(':memory:')
    await core.trend.get(recent)
    clock.now += 5 * 24 * HOUR
    expect((await core.trend.get(recent)).source).toBe('network')
    expect((await core.trend.get(recent)).source).toBe('cache')
    expect(counter.calls).toHaveLength(2)
  })

  it('refetches on refresh, and values not ready yet once the TTL has passed (not on every open)', async () => {
    const { core, counter, clock } = setup(':memory:')
    await core.trend.get(settled)
    await core.trend.get({ ...settled, refresh: true })
    expect(counter.calls).toHaveLength(10)
    const future: TrendQuery = { accountId: 'demo-sim-1001', gran: 'day', from: '20261121', to: '20261122' }
    await core.trend.get(future)
    expect((await core.trend.get(future)).source).toBe('cache')
    expect(counter.calls).toHaveLength(11)
    clock.now += HOUR
    expect((await core.trend.get(future)).source).toBe('network')
    expect(counter.calls).toHaveLength(12)
  })

  it('answers from the cache, flagged stale, when a refresh fails', async () => {
    const clock = { now: NOW }
    const sim = createSimulatorFetch(createSimulator({ now: () => clock.now }))
    let offline = false
    const { core } = setup(':memory:', clock, async (url, init) => {
      if (offline) throw new TypeError('fetch failed')
      return sim(url, init)
    })
    const fresh = await core.trend.get(settled)
    offline = true
    const stale = await core.trend.get({ ...settled, refresh: true })
    expect(stale).toMatchObject({ source: 'cache', staleBecause: 'network', rows: fresh.rows })
    await expect(core.trend.get({ ...settled, from: '20250101' })).rejects.toMatchObject({ code: 'network' })
  })

  it('rejects an unknown account with not_found', async () => {
    const { core } = setup(':memory:')
    await expect(core.trend.get({ ...settled, accountId: 'nope' })).rejects.toMatchObject({ code: 'not_found' })
  })

  it('lists accounts without any secret', () => {
    const { core } = setup(':memory:')
    expect(JSON.stringify(core.accounts.list())).not.toContain(DEMO_APPS[0]!.token)
  })
})
