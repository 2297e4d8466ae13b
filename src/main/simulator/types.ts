// The simulator's seams: a request/response pair independent of node:http, so the same handler
// serves the HTTP server and the in-process demo transport.

export interface SimRequest {
  method: string
  /** Path plus query string, e.g. '/rest/2.0/smartapp/data/getanalysisusertrend?access_token=…'. */
  url: string
  headers: Record<string, string>
  body: string
}

export interface SimResponse {
  status: number
  headers: Record<string, string>
  body: string
}

/** One simulated smart program: its model seed and the authorizer token that reaches it. */
export interface SimApp {
  appId: string
  name: string
  token: string
  seed: number
  /** Typical daily active users; scales the whole model. */
  baseUsers: number
}

export interface SimulatorOptions {
  /** Clock for T+1 ("today" has no data); defaults to Date.now. */
  now?: () => number
  apps?: readonly SimApp[]
}

export interface Simulator {
  readonly apps: readonly SimApp[]
  handle(request: SimRequest): Promise<SimResponse>
}
