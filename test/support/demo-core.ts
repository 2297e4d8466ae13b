// A core over the demo accounts (in-process simulator) whose requests are counted and can be cut.
import { createDemoAccounts } from '../../src/main/accounts'
import type { FetchLike } from '../../src/main/baidu'
import { createCore, type CoreOptions } from '../../src/main/core'
import { silentLogger } from '../../src/main/log'
import { createSimulator, type Simulator } from '../../src/main/simulator'
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
  const sim = createSimulator({ now: () => clock.now })
  let counter!: CountingFetch
  const wrapFetch = (inner: FetchLike): FetchLike => {
    counter = countingFetch(async (url, init) => {
      if (network.down) throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) })
      const response = await inner(url, init)
      if (!network.tamper) return response
      return new Response(network.tamper(new URL(url), await response.text()), { status: response.status, headers: response.headers })
    })
    return counter.fetch
  }
  // Fast retries: tests exercise the retry rules, not the wait.
  const accounts = createDemoAccounts({ now: () => clock.now, simulator: sim, wrapFetch, latencyMs: options.latencyMs, settings: { backoffBaseMs: 1, backoffCapMs: 5 } })
  const core = createCore({
    dbPath,
    now: () => clock.now,
    logger: silentLogger,
    accounts,
    settings: { accountRequestsPerSecond: 200, globalConcurrency: 16, ...options.settings }
  })
  return { core, counter, sim, clock, network }
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
