// The simulator's seams: a request/response pair independent of node:http, so the same handler
// serves the HTTP server and the in-process demo transport.
import type { Day } from '../../shared/calendar'
import type { SimulatorControl } from './control-types'
import type { FaultPlanInput } from './faults/fault-plan'

export interface SimRequest {
  method: string
  /** Path plus query string, e.g. '/rest/2.0/smartapp/data/getanalysisusertrend?access_token=…'. */
  url: string
  headers: Record<string, string>
  body: string
}

/** How a transport must misdeliver a response (fault injection); absent means deliver normally. */
export type Delivery =
  /** Drop the connection after `afterBytes` bytes of the body; 0 drops it before the headers. */
  | { kind: 'reset'; afterBytes: number }
  /** Send the headers at once and trickle the body out over `durationMs`. */
  | { kind: 'slow'; durationMs: number }

export interface SimResponse {
  status: number
  headers: Record<string, string>
  body: string
  /** Extra wait before the response starts (the fault plan's latency and jitter). */
  delayMs?: number
  delivery?: Delivery
}

/** One simulated smart program: its model seed and the credentials that reach it. */
export interface SimApp {
  appId: string
  name: string
  /** Its authorizer access token ("45." for the demo apps); never expires unless a test says so. */
  token: string
  seed: number
  /** Typical daily active users; scales the whole model. */
  baseUsers: number
  /** First day with users; derived from the seed (2015-06 … 2017-09) when left out. */
  launchDay?: Day
  /** Refresh token ("46.") the TP can trade for a new authorizer token, once. */
  refreshToken?: string
  /** Fake App Key / App Secret for the client_credentials grant ("24." developer tokens). */
  appKey?: string
  appSecret?: string
}

/** A third-party platform (服务商): its TP token ("42.") and the apps it manages. */
export interface SimTp {
  tpId: string
  name: string
  token: string
  appIds: readonly string[]
}

export interface SimulatorOptions {
  /** Clock for T+1 ("today" has no data) and token lifetimes; defaults to Date.now. */
  now?: () => number
  apps?: readonly SimApp[]
  /** Platforms; by default one demo TP ("42.swanboard-demo.tp-01") owning every app. */
  tps?: readonly SimTp[]
  /** Whether "24." developer tokens reach their app's reports (default true). */
  developerTokensReachData?: boolean
  /** Faults from the start (e.g. parsed from the CLI's --faults). */
  faults?: FaultPlanInput
}

export interface Simulator {
  readonly apps: readonly SimApp[]
  readonly tps: readonly SimTp[]
  handle(request: SimRequest): Promise<SimResponse>
  /** Test hooks: faults, token states, the IP whitelist, counters. */
  readonly control: SimulatorControl
}
