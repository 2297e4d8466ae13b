// A core over the demo accounts (in-process simulator) whose requests are counted and can be cut.
import type { FetchLike } from '../../src/main/baidu'
import { createCore, type CoreOptions } from '../../src/main/core'
import { silentLogger } from '../../src/main/log'
import type { Simulator } from '../../src/main/simulator'
import { countingFetch, type CountingFetch } from './counting-fetch'

export const NOW = Date.UTC(2026, 10, 21, 4) // 2026-11-21 12:00 Beijing

export interface DemoCore {
  core: ReturnType<typeof createCore>
  counter: CountingFetch
  sim: Simulator
  clock: { now: number }
  /** While true, every request fails as if the network were down; `tamper` rewrites answers. */
  network: { down: boolean; tamper?: (url: URL, body: string) => string }
}

export function demoCore(dbPath = ':memory:', options: Partial<CoreOptions> & { latencyMs?: number } = {}): DemoCore {
  const clock = { now: NOW }
  const network: DemoCore['network'] = { down: false }
  // One counter for every account: the wrapper is applied per account, the counts are shared.
  const counter = countingFetch(async () => new Response(''))
  const shared = { inFlight: 0 }
  const wrapFetch = (inner: FetchLike): FetchLike =>
    countingInto(counter, shared, async (url, init) => {
      if (network.down) throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) })
      const response = await inner(url, init)
      if (!network.tamper) return response
      return new Response(network.tamper(new URL(url), await response.text()), { status: response.status, headers: response.headers })
    })
  const core = createCore({
    dbPath,
    now: () => clock.now,
    logger: silentLogger,
    wrapFetch,
    demoLatencyMs: options.latencyMs,
    // Fast retries: tests exercise the retry rules, not the wait.
    network: { backoffBaseMs: 1, backoffCapMs: 5 },
    ...options,
    settings: { accountRequestsPerSecond: 200, globalConcurrency: 16, ...options.settings }
  })
  return { core, counter, sim: core.demoSimulator!, clock, network }
}

/** A fetch that records into an existing counter; `shared` counts in-flight requests across accounts. */
function countingInto(counter: CountingFetch, shared: { inFlight: number }, inner: FetchLike): FetchLike {
  return async (url, init) => {
    counter.calls.push({ url: new URL(url), body: new URLSearchParams(typeof init.body === 'string' ? init.body : '') })
    shared.inFlight++
    counter.maxInFlight = Math.max(counter.maxInFlight, shared.inFlight)
    try {
      return await inner(url, init)
    } finally {
      shared.inFlight--
    }
  }
}

/** Requests counted so far, by endpoint. */
export function requestsByEndpoint(counter: CountingFetch): Record<string, number> {
  const out: Record<string, number> = {}
  for (const c of counter.calls) {
    const endpoint = c.url.pathname.split('/').at(-1)!
    out[endpoint] = (out[endpoint] ?? 0) + 1
  }
  return out
}
