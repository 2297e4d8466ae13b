// The demo accounts: the simulator's apps, reached in-process, so there is real data without a token.
import type { AccountEntry } from './account-directory'
import { createBaiduClient } from '../baidu'
import { createSimulator, createSimulatorFetch, DEMO_APPS, type Simulator } from '../simulator'

/** Base URL the in-process transport pretends to call; nothing leaves the process. */
export const DEMO_BASE_URL = 'http://simulator.invalid'

export function demoAccountId(appId: string): string {
  return `demo-${appId}`
}

export interface DemoOptions {
  now?: () => number
  latencyMs?: number
  simulator?: Simulator
}

export function createDemoAccounts(options: DemoOptions = {}): AccountEntry[] {
  const simulator = options.simulator ?? createSimulator({ now: options.now, apps: DEMO_APPS })
  const fetch = createSimulatorFetch(simulator, { latencyMs: options.latencyMs ?? 0 })
  return simulator.apps.map((app) => ({
    summary: { id: demoAccountId(app.appId), name: app.name, kind: 'authorizer', appId: app.appId, demo: true },
    client: createBaiduClient({ baseUrl: DEMO_BASE_URL, fetch, token: async () => app.token, now: options.now })
  }))
}
