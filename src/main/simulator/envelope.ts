// The two answer shapes Baidu uses. An app endpoint answers `{errno, msg, data}` with HTTP 200 even
// when it fails; the open-API gateway in front of it answers `{error_code, error_msg}` with an HTTP
// status of its own, before any endpoint runs.
import type { SimResponse } from './types'

export const ERRNO = {
  ok: 0,
  internal: 1000,
  busy: 5000,
  invalidParam: 40001,
  ipNotWhitelisted: 40008,
  pastLastPage: 40018,
  tokenRevoked: 44002,
  tokenExpired: 44003,
  authFailed: 44004,
  quotaExceeded: 50029
} as const

export const GATEWAY_CODE = {
  unsupportedMethod: 3,
  unauthorizedIp: 5,
  invalidToken: 110,
  expiredToken: 111
} as const

/** An envelope error raised inside an endpoint; the router turns it into `{errno, msg}`. */
export class EndpointError extends Error {
  constructor(
    readonly errno: number,
    readonly msg: string
  ) {
    super(`${errno} ${msg}`)
    this.name = 'EndpointError'
  }
}

/** errno 40001. The real API says only "参数错误"; the hint after it is ours, for developers. */
export function paramError(hint: string): EndpointError {
  return new EndpointError(ERRNO.invalidParam, `参数错误: ${hint}`)
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' }

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): SimResponse {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) }
}

export function successResponse(data: unknown): SimResponse {
  return jsonResponse(200, { errno: ERRNO.ok, msg: 'success', data })
}

/** Failed envelopes carry no `data` here; clients must not rely on one being present. */
export function errnoResponse(errno: number, msg: string): SimResponse {
  return jsonResponse(200, { errno, msg })
}

export function gatewayResponse(
  status: number,
  errorCode: number,
  errorMsg: string,
  headers: Record<string, string> = {}
): SimResponse {
  return jsonResponse(status, { error_code: errorCode, error_msg: errorMsg }, headers)
}
