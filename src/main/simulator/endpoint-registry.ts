// Every data endpoint the simulator serves, by name (the path under /rest/2.0/smartapp/data/).
import type { EndpointDefinition } from './endpoint'
import { activityEndpoint } from './endpoints/activity'
import { habitsEndpoint } from './endpoints/habits'
import { pagesEndpoint } from './endpoints/pages'
import { portraitEndpoint } from './endpoints/portrait'
import { regionEndpoint } from './endpoints/region'
import { retentionEndpoint } from './endpoints/retention'
import { sourcesEndpoint } from './endpoints/sources'
import { terminalEndpoint } from './endpoints/terminal'
import { tpDataEndpoint } from './endpoints/tp-data'
import { userTrendEndpoint } from './endpoints/user-trend'

const ENDPOINT_LIST: readonly EndpointDefinition[] = [
  userTrendEndpoint,
  activityEndpoint,
  retentionEndpoint,
  portraitEndpoint,
  regionEndpoint,
  terminalEndpoint,
  pagesEndpoint,
  habitsEndpoint,
  sourcesEndpoint,
  tpDataEndpoint
]

export const ENDPOINTS: ReadonlyMap<string, EndpointDefinition> = new Map(
  ENDPOINT_LIST.map((e) => [e.name, e])
)
