// The simulator's front door: the open-API gateway's routing, fault injection and token check,
// then the endpoint.
import { authorizeData } from './auth/data-auth'
import { clientCredentialsToken, refreshAuthorizerToken } from './auth/oauth'
import { createControl } from './control'
import { DEMO_APPS } from './demo-apps'
import type { EndpointDefinition } from './endpoint'
import { ENDPOINTS } from './endpoint-registry'
import { EndpointError, GATEWAY_CODE, errnoResponse, gatewayResponse, successResponse } from './envelope'
import { createFaultInjector } from './faults/fault-injector'
import { deliveryFault, gatewayFault } from './faults/fault-responses'
import { requestParams } from './request-params'
import { bump, clock, createState, type SimState } from './state'
import type { SimRequest, SimResponse, Simulator, SimulatorOptions } from './types'

const DATA_PATH = /^\/rest\/2\.0\/smartapp\/data\/([A-Za-z0-9_]+)$/
/** Labels of the two token endpoints, for stats and for limiting faults to them. */
export const OAUTH_ENDPOINTS: Readonly<Record<string, string>> = {
  '/rest/2.0/oauth/token': 'oauth.refresh',
  '/oauth/2.0/token': 'oauth.client_credentials'
}
/** Only used to parse a path-only request URL. */
const PLACEHOLDER_ORIGIN = 'http://simulator.invalid'

type Route = { kind: 'data'; endpoint: EndpointDefinition } | { kind: 'oauth'; label: string }

function routeOf(path: string): Route | null {
  const endpoint = ENDPOINTS.get(DATA_PATH.exec(path)?.[1] ?? '')
  if (endpoint) return { kind: 'data', endpoint }
  const label = OAUTH_ENDPOINTS[path]
  return label ? { kind: 'oauth', label } : null
}

function answerData(state: SimState, endpoint: EndpointDefinition, request: SimRequest, url: URL): SimResponse {
  // The gateway dispatches on method + path before the endpoint runs, so a wrong method gets the
  // gateway's shape (not an errno envelope), with 405 and Allow so the mistake is plain to see.
  if (!endpoint.methods.includes(request.method.toUpperCase())) {
    return gatewayResponse(405, GATEWAY_CODE.unsupportedMethod, 'Unsupported openapi method', {
      allow: endpoint.methods.join(', ')
    })
  }
  const params = requestParams(request, url)
  const auth = authorizeData(state, endpoint, params.get('access_token') ?? '')
  if (!auth.ok) return auth.response
  const now = clock(state)
  try {
    const data =
      endpoint.token === 'app' && 'app' in auth
        ? endpoint.respond({ app: auth.app, params, now })
        : endpoint.token === 'tp' && 'tp' in auth
          ? endpoint.respond({ tp: auth.tp, apps: state.apps.filter((a) => auth.tp.appIds.includes(a.appId)), params, now })
          : undefined
    return successResponse(data)
  } catch (error) {
    if (error instanceof EndpointError) return errnoResponse(error.errno, error.msg)
    throw error
  }
}

function answerOauth(state: SimState, label: string, request: SimRequest, url: URL): SimResponse {
  const params = requestParams(request, url)
  return label === 'oauth.refresh' ? refreshAuthorizerToken(state, params) : clientCredentialsToken(state, params)
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const state = createState(options, DEMO_APPS)
  const faults = createFaultInjector(options.faults)

  function handle(request: SimRequest): SimResponse {
    const url = new URL(request.url, PLACEHOLDER_ORIGIN)
    const route = routeOf(url.pathname)
    if (!route) {
      bump(state.stats.requests, 'unknown')
      return gatewayResponse(404, GATEWAY_CODE.unsupportedMethod, 'Unsupported openapi method')
    }
    const label = route.kind === 'data' ? route.endpoint.name : route.label
    bump(state.stats.requests, label)
    const fault = faults.decide(label)
    const timing = fault.delayMs > 0 ? { delayMs: fault.delayMs } : {}
    if (fault.kind) bump(state.stats.faults, fault.kind)
    const early = fault.kind ? gatewayFault(fault.kind) : null
    if (early) return { ...early, ...timing }
    const answer =
      route.kind === 'data' ? answerData(state, route.endpoint, request, url) : answerOauth(state, route.label, request, url)
    const delivered = fault.kind ? deliveryFault(fault.kind, answer, fault.detail, fault.slowBodyMs) : answer
    return { ...delivered, ...timing }
  }

  return {
    apps: state.apps,
    tps: state.tps,
    handle: async (request) => handle(request),
    control: createControl(state, faults)
  }
}
