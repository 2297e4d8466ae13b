// The simulator's front door: the open-API gateway's routing and token check, then the endpoint.
import { DEMO_APPS } from './demo-apps'
import { ENDPOINTS } from './endpoint-registry'
import {
  EndpointError,
  ERRNO,
  GATEWAY_CODE,
  errnoResponse,
  gatewayResponse,
  successResponse
} from './envelope'
import { requestParams } from './request-params'
import type { SimApp, SimRequest, SimResponse, Simulator, SimulatorOptions } from './types'

const DATA_PATH = /^\/rest\/2\.0\/smartapp\/data\/([A-Za-z0-9_]+)$/
/** Only used to parse a path-only request URL. */
const PLACEHOLDER_ORIGIN = 'http://simulator.invalid'

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const apps = options.apps ?? DEMO_APPS
  const now = options.now ?? Date.now
  const appsByToken = new Map(apps.map((app) => [app.token, app]))

  function route(request: SimRequest): SimResponse {
    const url = new URL(request.url, PLACEHOLDER_ORIGIN)
    const endpoint = ENDPOINTS.get(DATA_PATH.exec(url.pathname)?.[1] ?? '')
    if (!endpoint) return gatewayResponse(404, GATEWAY_CODE.unsupportedMethod, 'Unsupported openapi method')
    // The gateway dispatches on method + path before the endpoint runs, so a wrong method gets the
    // gateway's shape (not an errno envelope), with 405 and Allow so the mistake is plain to see.
    if (!endpoint.methods.includes(request.method.toUpperCase())) {
      return gatewayResponse(405, GATEWAY_CODE.unsupportedMethod, 'Unsupported openapi method', {
        allow: endpoint.methods.join(', ')
      })
    }
    const params = requestParams(request, url)
    const app: SimApp | undefined = appsByToken.get(params.get('access_token') ?? '')
    if (!app) return errnoResponse(ERRNO.authFailed, 'access token 校验失败')
    try {
      return successResponse(endpoint.respond({ app, params, now: now() }))
    } catch (error) {
      if (error instanceof EndpointError) return errnoResponse(error.errno, error.msg)
      throw error
    }
  }

  return {
    apps,
    handle: async (request) => route(request)
  }
}
