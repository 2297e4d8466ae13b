// What one simulated report endpoint is: its name under /rest/2.0/smartapp/data/, the HTTP methods
// it takes, which token reaches it, and a function from a checked request to the envelope's `data`.
import type { Params } from './param-validation'
import type { SimApp, SimTp } from './types'

export interface EndpointContext {
  /** The smart program the access token belongs to. */
  app: SimApp
  /** Query and form parameters, merged. */
  params: Params
  /** The request's instant (epoch ms), for T+1. */
  now: number
}

export interface TpEndpointContext {
  /** The platform the TP token belongs to, and its apps. */
  tp: SimTp
  apps: readonly SimApp[]
  params: Params
  now: number
}

interface EndpointBase {
  name: string
  methods: readonly string[]
}

/** A per-app report: reached by an authorizer ("45.") or developer ("24.") token. */
export interface AppEndpointDefinition extends EndpointBase {
  token: 'app'
  /** Returns `data` for a success envelope; throws EndpointError for an errno envelope. */
  respond(context: EndpointContext): unknown
}

/** A platform report: reached by the TP token ("42."). */
export interface TpEndpointDefinition extends EndpointBase {
  token: 'tp'
  respond(context: TpEndpointContext): unknown
}

export type EndpointDefinition = AppEndpointDefinition | TpEndpointDefinition
