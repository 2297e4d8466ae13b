// The demo accounts: the simulator's apps and its TP, so there is real data without a Baidu token.
// In-process by default; through an HTTP simulator when a base URL is given (tests, benchmarks).
import type { AccountEntry } from './account-directory'
import { createBaiduClient, createHttpFetch, DEFAULT_NETWORK_SETTINGS, type FetchLike, type NetworkSettings } from '../baidu'
import { createSimulator, createSimulatorFetch, DEMO_APPS, DEMO_TP, type Simulator } from '../simulator'

/** Base URL the in-process transport pretends to call; nothing leaves the process. */
export const DEMO_BASE_URL = 'http://simulator.invalid'

export function demoAccountId(appId: string): string {
  return `demo-${appId}`
}

export interface DemoOptions {
  now?: () => number
  /** Simulated latency of the in-process simulator, ms. */
  latencyMs?: number
  simulator?: Simulator
  /** Reach the demo apps through this HTTP simulator instead of in-process. */
  baseUrl?: string
  settings?: Partial<NetworkSettings>
  /** Wraps the transport (tests count requests or cut the network with it). */
  wrapFetch?: (fetch: FetchLike) => FetchLike
}

export function createDemoAccounts(options: DemoOptions = {}): AccountEntry[] {
  let baseUrl = DEMO_BASE_URL
  let fetch: FetchLike
  let apps = DEMO_APPS
  let tps = [DEMO_TP]
  if (options.baseUrl) {
    baseUrl = options.baseUrl
    fetch = createHttpFetch({ connectTimeoutMs: options.settings?.connectTimeoutMs ?? DEFAULT_NETWORK_SETTINGS.connectTimeoutMs })
  } else {
    const simulator = options.simulator ?? createSimulator({ now: options.now, apps: DEMO_APPS })
    fetch = createSimulatorFetch(simulator, { latencyMs: options.latencyMs ?? 0 })
    apps = simulator.apps
    tps = [...simulator.tps]
  }
  if (options.wrapFetch) fetch = options.wrapFetch(fetch)
  const client = (token: string) => createBaiduClient({ baseUrl, fetch, token: async () => token, now: options.now, settings: options.settings })
  return [
    ...apps.map((app) => ({
      summary: { id: demoAccountId(app.appId), name: app.name, kind: 'authorizer' as const, appId: app.appId, demo: true },
      client: client(app.token)
    })),
    ...tps.map((tp) => ({
      summary: { id: demoAccountId(tp.tpId), name: tp.name, kind: 'tp' as const, appId: null, demo: true },
      client: client(tp.token)
    }))
  ]
}
