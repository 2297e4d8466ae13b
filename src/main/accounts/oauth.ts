// Baidu's OAuth endpoints: a TP turning a one-use refresh token into an authorizer token (and a
// new refresh token), and an app's App Key / App Secret into a developer token.
import { z } from 'zod'
import { ApiError, type FetchLike } from '../baidu'
import { unwrapEnvelope } from '../baidu/envelope'

const tokenAnswer = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().optional(),
  refresh_token: z.string().min(1).optional()
})

export type TokenAnswer = z.infer<typeof tokenAnswer>

const TIMEOUT_MS = 20_000

/** The raw answer's body, so a refresh can be journaled before anything else happens. */
export async function oauthBody(fetch: FetchLike, url: URL, signal?: AbortSignal): Promise<{ status: number; body: string }> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS)
  try {
    const response = await fetch(url.toString(), { method: 'GET', headers: { accept: 'application/json' }, signal: signal ? AbortSignal.any([signal, timeout]) : timeout })
    return { status: response.status, body: await response.text() }
  } catch (err) {
    // The URL carries secrets: never put it (or the cause's text, which may quote it) in a message.
    throw new ApiError({ code: timeout.aborted ? 'timeout' : 'network', message: `oauth: ${timeout.aborted ? 'no answer' : 'unreachable'}`, cause: err })
  }
}

/** A token answer, or the classified error its body stands for. */
export function parseTokenAnswer(status: number, body: string): TokenAnswer {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    throw new ApiError({ code: 'transient', message: `oauth: HTTP ${status} with an unreadable body`, httpStatus: status })
  }
  const ok = tokenAnswer.safeParse(json)
  if (ok.success) return ok.data
  unwrapEnvelope(json, 'oauth', status)
  throw new ApiError({ code: 'protocol', message: 'oauth: an answer without a token', httpStatus: status })
}

export function refreshUrl(baseUrl: string, tpToken: string, refreshToken: string): URL {
  const url = new URL('/rest/2.0/oauth/token', baseUrl)
  url.search = new URLSearchParams({ access_token: tpToken, refresh_token: refreshToken, grant_type: 'app_to_tp_refresh_token' }).toString()
  return url
}

export function clientCredentialsUrl(baseUrl: string, appKey: string, appSecret: string): URL {
  const url = new URL('/oauth/2.0/token', baseUrl)
  url.search = new URLSearchParams({ grant_type: 'client_credentials', client_id: appKey, client_secret: appSecret, scope: 'smartapp_snsapi_base' }).toString()
  return url
}
