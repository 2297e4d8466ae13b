// The simulator's test hooks, in-process (simulator.control) and over HTTP (POST /__simulator/control).
import type { TokenRecord } from './auth/token-registry'
import type { FaultKind, FaultPlan, FaultPlanInput } from './faults/fault-plan'
import type { SimulatorStats } from './state'

export interface TokenControl {
  /** Makes the token expired from now on (data calls answer 44003). False when unknown. */
  expire(token: string): boolean
  /** Revokes it (44002). */
  revoke(token: string): boolean
  /** Forgets it: it becomes unknown (44004). */
  forget(token: string): boolean
  /** A copy of what the simulator knows about a token. */
  info(token: string): TokenRecord | undefined
}

export interface SimulatorControl {
  /** Replaces the fault plan (validated; throws on a bad plan) and restarts its draw sequence. */
  setFaults(plan: FaultPlanInput): FaultPlan
  /** The same from CLI text (see parseFaultSpec for the grammar). */
  setFaultSpec(spec: string): FaultPlan
  clearFaults(): void
  /** Makes the next `count` requests (to `endpoint`, if given) fail with `kind`. */
  failNext(kind: FaultKind, count?: number, endpoint?: string): void
  readonly tokens: TokenControl
  /** False: calls with TP-held tokens answer errno 40008 (refreshes: gateway error_code 5). */
  setIpWhitelisted(whitelisted: boolean): void
  /** Whether "24." developer tokens reach their app's reports. */
  setDeveloperTokensReachData(allowed: boolean): void
  /** A fresh, unused refresh token for the app (its TP's), as an account would be set up with. */
  issueRefreshToken(appId: string): string
  /** Moves the simulator's clock forward (token lifetimes, and T+1 with it). */
  advanceClock(ms: number): void
  stats(): SimulatorStats
  resetStats(): void
}
