// A report through the cache (the trend by day and week as the example): zero requests for a settled range, refetch rules, stale fallback.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FetchLike } from '../../../src/main/baidu'
import { createCore } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'
import { createSimulator, createSimulatorFetch, DEMO_APPS } from '../../../src/main/simulator'
import type { Core } from '../../../src/main/core'
import type { Gran } from '../../../src/shared/reports'
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

interface TrendQuery {
  accountId: string
  gran: Gran
  from: string
  to: string
  refresh?: boolean
}

function trend(core: Core, { gran, refresh, ...q }: TrendQuery) {
  return core.reports.get({ ...q, report: 'trend', variant: { gran } }, { refresh: refresh === true })
}

const settled: TrendQuery = { accountId: 'demo-sim-1001', gran: 'day', from: '20260101', to: '20260330' }
const recent: TrendQuery = { accountId: 'demo-sim-1001', gran: 'day', from: '20261101', to: '20261120' }

describe('ReportService', () => {
  it('fetches once, then answers a settled range from the cache with zero requests, even after a restart', async () => {
    const path = join(dir, 'settled.db')
    const a = setup(path)
    const first = await trend(a.core, settled)
    expect(first.source).toBe('network')
    expect(first.settled).toBe(true)
    expect(a.counter.calls).toHaveLength(5)
    const second = await trend(a.core, settled)
    expect(a.counter.calls).toHaveLength(5)
    expect(second).toEqual({ ...first, source: 'cache' })
    a.core.close()

    const b = setup(path, { now: NOW + 24 * 30 * HOUR })
    const reopened = await trend(b.core, settled)
    expect(b.counter.calls).toHaveLength(0)
    expect(reopened.data.rows).toEqual(first.data.rows)
    expect(reopened.fetchedAt).toBe(first.fetchedAt)
    b.core.close()
  })

  it('treats each gran as its own snapshot', async () => {
    const { core, counter } = setup(':memory:')
    const day = await trend(core, settled)
    const week = await trend(core, { ...settled, gran: 'week' })
    expect(week.data.rows.length).toBeLessThan(day.data.rows.length)
    expect(counter.calls.length).toBe(6)
  })

  it('serves an unsettled range from the cache within the TTL and refetches after it', async () => {
    const { core, counter, clock } = setup(':memory:')
    await trend(core, recent)
    clock.now += 10 * 60_000
    expect((await trend(core, recent)).source).toBe('cache')
    expect(counter.calls).toHaveLength(1)
    clock.now += HOUR
    expect((await trend(core, recent)).source).toBe('network')
    expect(counter.calls).toHaveLength(2)
  })

  it('refetches a range that was still open when cached, once it has settled', async () => {
    const { core, counter, clock } = setup(':memory:')
    await trend(core, recent)
    clock.now += 5 * 24 * HOUR
    expect((await trend(core, recent)).source).toBe('network')
    expect((await trend(core, recent)).source).toBe('cache')
    expect(counter.calls).toHaveLength(2)
  })

  it('refetches on refresh, and values not ready yet once the TTL has passed (not on every open)', async () => {
    const { core, counter, clock } = setup(':memory:')
    await trend(core, settled)
    await trend(core, { ...settled, refresh: true })
    expect(counter.calls).toHaveLength(10)
    const future: TrendQuery = { accountId: 'demo-sim-1001', gran: 'day', from: '20261121', to: '20261122' }
    await trend(core, future)
    expect((await trend(core, future)).source).toBe('cache')
    expect(counter.calls).toHaveLength(11)
    clock.now += HOUR
    expect((await trend(core, future)).source).toBe('network')
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
    const fresh = await trend(core, settled)
    offline = true
    const stale = await trend(core, { ...settled, refresh: true })
    expect(stale).toMatchObject({ source: 'cache', staleBecause: 'network', data: { rows: fresh.data.rows } })
    await expect(trend(core, { ...settled, from: '20250101' })).rejects.toMatchObject({ code: 'network' })
  })

  it('rejects an unknown account with not_found', async () => {
    const { core } = setup(':memory:')
    await expect(trend(core, { ...settled, accountId: 'nope' })).rejects.toMatchObject({ code: 'not_found' })
  })

  it('lists accounts without any secret', () => {
    const { core } = setup(':memory:')
    expect(JSON.stringify(core.accounts.list())).not.toContain(DEMO_APPS[0]!.token)
  })
})
