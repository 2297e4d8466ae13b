// One HTTP call to Baidu's data API: URL and body, explicit timeout, cancellation, classification.
import { ApiError } from './api-error'
import { codeForStatus, unwrapEnvelope } from './envelope'
import { OFFICIAL_API_BASE_URL } from '../../shared/accounts'

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>

/** Where the CLI and new accounts reach Baidu unless told otherwise. */
export const OFFICIAL_BASE_URL = OFFICIAL_API_BASE_URL
const DATA_PATH = '/rest/2.0/smartapp/data/'

export interface TransportOptions {
  baseUrl: string
  fetch: FetchLike
  /** Whole-request budget (connect, headers and body), ms. */
  timeoutMs: number
}

export interface ApiRequest {
  endpoint: string
  method: 'GET' | 'POST'
  token: string
  params: Record<string, string | number>
  signal?: AbortSignal
}

export interface ApiResponse {
  data: unknown
  /** The exact body text, kept so a parser fix can re-derive rows without refetching. */
  body: string
}

export function endpointUrl(baseUrl: string, endpoint: string): URL {
  return new URL(DATA_PATH + endpoint, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`)
}

function buildRequest(options: TransportOptions, req: ApiRequest): { url: string; init: RequestInit } {
  const url = endpointUrl(options.baseUrl, req.endpoint)
  url.searchParams.set('access_token', req.token)
  const params = new URLSearchParams(Object.entries(req.params).map(([k, v]): [string, string] => [k, String(v)]))
  if (req.method === 'GET') {
    for (const [k, v] of params) url.searchParams.set(k, v)
    return { url: url.toString(), init: { method: 'GET', headers: { accept: 'application/json' } } }
  }
  return {
    url: url.toString(),
    init: {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: params.toString()
    }
  }
}

function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text)
}

export async function callApi(options: TransportOptions, req: ApiRequest): Promise<ApiResponse> {
  const { url, init } = buildRequest(options, req)
  const timeout = AbortSignal.timeout(options.timeoutMs)
  const signal = req.signal ? AbortSignal.any([timeout, req.signal]) : timeout
  const failed = (err: unknown): ApiError => {
    if (req.signal?.aborted) return new ApiError({ code: 'cancelled', message: `${req.endpoint}: cancelled`, cause: err })
    if (timeout.aborted) {
      return new ApiError({ code: 'timeout', message: `${req.endpoint}: no answer within ${options.timeoutMs} ms`, cause: err })
    }
    // Never put the URL in the message: it carries the token.
    const reason = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err)
    return new ApiError({ code: 'network', message: `${req.endpoint}: ${reason}`, cause: err })
  }

  let response: Response
  let body: string
  try {
    response = await options.fetch(url, { ...init, signal })
    body = await response.text()
  } catch (err) {
    throw failed(err)
  }

  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    // HTML error pages and bodies cut short are passing failures of a proxy or gateway.
    const what = looksLikeHtml(body) ? 'an HTML page' : body.length === 0 ? 'an empty body' : 'malformed JSON'
    throw new ApiError({
      code: codeForStatus(response.status, 'transient'),
      message: `${req.endpoint}: HTTP ${response.status} with ${what}`,
      httpStatus: response.status
    })
  }
  return { data: unwrapEnvelope(parsed, req.endpoint, response.status), body }
}
