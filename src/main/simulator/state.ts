// Everything a simulator instance remembers between requests: its apps and platforms, tokens,
// switches set by tests, its clock and counters. One instance per createSimulator call.
import { createTokenRegistry, type TokenRegistry } from './auth/token-registry'
import { DEMO_TP } from './demo-apps'
import type { SimApp, SimTp, SimulatorOptions } from './types'

export interface SimulatorStats {
  /** Requests per endpoint label (data endpoint name, "oauth.refresh", "oauth.client_credentials", "unknown"). */
  requests: Record<string, number>
  /** Successful authorizer-token refreshes per appId. */
  refreshes: Record<string, number>
  /** Developer tokens issued per appId. */
  clientCredentials: Record<string, number>
  /** Faults injected per kind. */
  faults: Record<string, number>
}

export interface SimState {
  apps: readonly SimApp[]
  tps: readonly SimTp[]
  appsById: ReadonlyMap<string, SimApp>
  tokens: TokenRegistry
  ipWhitelisted: boolean
  developerTokensReachData: boolean
  /** Added to the clock by control.advanceClock, so tests can let tokens expire. */
  clockOffsetMs: number
  baseNow: () => number
  stats: SimulatorStats
}

export function emptyStats(): SimulatorStats {
  return { requests: {}, refreshes: {}, clientCredentials: {}, faults: {} }
}

export function bump(counter: Record<string, number>, key: string): void {
  counter[key] = (counter[key] ?? 0) + 1
}

export function clock(state: SimState): number {
  return state.baseNow() + state.clockOffsetMs
}

/** The platform owning an app, if any. */
export function tpOfApp(state: SimState, appId: string): SimTp | undefined {
  return state.tps.find((tp) => tp.appIds.includes(appId))
}

export function createState(options: SimulatorOptions, defaultApps: readonly SimApp[]): SimState {
  const apps = options.apps ?? defaultApps
  // Without platforms of their own, custom apps belong to a demo-tokened TP, so gettpdata works.
  const tps = options.tps ?? [{ ...DEMO_TP, appIds: apps.map((a) => a.appId) }]
  const tokens = createTokenRegistry()
  for (const tp of tps) tokens.register({ token: tp.token, kind: 'tp', tpId: tp.tpId, expiresAt: null })
  for (const app of apps) {
    const tpId = tps.find((tp) => tp.appIds.includes(app.appId))?.tpId
    // Demo tokens never expire unless a test says so.
    tokens.register({ token: app.token, kind: 'authorizer', appId: app.appId, tpId, expiresAt: null })
    if (app.refreshToken) tokens.register({ token: app.refreshToken, kind: 'refresh', appId: app.appId, tpId, expiresAt: null })
  }
  return {
    apps,
    tps,
    appsById: new Map(apps.map((a) => [a.appId, a])),
    tokens,
    ipWhitelisted: true,
    developerTokensReachData: options.developerTokensReachData ?? true,
    clockOffsetMs: 0,
    baseNow: options.now ?? Date.now,
    stats: emptyStats()
  }
}
