// Every endpoint the simulator serves, by name. Later reports register here.
import type { EndpointDefinition } from './endpoint'
import { userTrendEndpoint } from './endpoints/user-trend'

const ENDPOINT_LIST: readonly EndpointDefinition[] = [userTrendEndpoint]

export const ENDPOINTS: ReadonlyMap<string, EndpointDefinition> = new Map(
  ENDPOINT_LIST.map((e) => [e.name, e])
)
