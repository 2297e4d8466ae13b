// Baidu's OAuth endpoints: a TP turning a one-use refresh token into an authorizer token (and a
// new refresh token), and an app's App Key / App Secret into a developer token.
import { z } from 'zod'
import type { AuthProblem } from '../../shared/accounts'
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

/** The two grants the app uses: a TP's refresh of an app's token, and an app's own credentials. */
export type Grant = 'refresh' | 'client_credentials'

/** Baidu refused a credential the app renews tokens with; `problem` says which one to renew. */
export class CredentialError extends ApiError {
  constructor(
    readonly problem: AuthProblem,
    refusal: ApiError,
    override?: { message: string; apiMessage: string }
  ) {
    super({
      code: refusal.code,
      errno: refusal.errno,
      httpStatus: refusal.httpStatus,
      message: override?.message ?? refusal.message,
      apiMessage: override?.apiMessage ?? refusal.detail,
      cause: refusal
    })
    this.name = 'CredentialError'
  }
}

// The refresh call carries two credentials. The TP token is checked first, by the open-API gateway
// ({error_code: 110 invalid | 111 expired}; an errno-shaped 4400x is read the same way); the
// refresh token by OAuth itself ({error: 'invalid_grant', …}, HTTP 400). A caller off the IP
// whitelist gets {error_code: 5}: an ip_whitelist error, not a credential's.
const TP_TOKEN_REFUSALS = new Set([110, 111, 44002, 44003, 44004])

function refusal(grant: Grant, err: unknown): unknown {
  if (!(err instanceof ApiError) || err.code !== 'auth') return err
  if (grant === 'client_credentials') return new CredentialError('app_credentials', err)
  return new CredentialError(TP_TOKEN_REFUSALS.has(err.errno ?? -1) ? 'tp_token' : 'refresh_token', err)
}

/** A token answer, or the classified error its body stands for (a CredentialError when refused). */
export function parseTokenAnswer(status: number, body: string, grant: Grant): TokenAnswer {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    throw new ApiError({ code: 'transient', message: `oauth: HTTP ${status} with an unreadable body`, httpStatus: status })
  }
  const ok = tokenAnswer.safeParse(json)
  if (ok.success) return ok.data
  try {
    unwrapEnvelope(json, 'oauth', status)
  } catch (err) {
    throw refusal(grant, err)
  }
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
