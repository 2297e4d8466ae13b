// What one simulated report endpoint is: its name under /rest/2.0/smartapp/data/, the HTTP methods
// it takes, and a function from a checked request to the envelope's `data`.
import type { Params } from './param-validation'
import type { SimApp } from './types'

export interface EndpointContext {
  /** The smart program the access token belongs to. */
  app: SimApp
  /** Query and form parameters, merged. */
  params: Params
  /** The request's instant (epoch ms), for T+1. */
  now: number
}

export interface EndpointDefinition {
  name: string
  methods: readonly string[]
  /** Returns `data` for a success envelope; throws EndpointError for an errno envelope. */
  respond(context: EndpointContext): unknown
}
