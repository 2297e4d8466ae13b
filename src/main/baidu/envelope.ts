// Recognises Baidu's three error shapes and the success envelope.
import { z } from 'zod'
import { ApiError, codeForErrno } from './api-error'
import type { ErrorCode } from '../../shared/errors'

const dataEnvelope = z.looseObject({ errno: z.coerce.number(), msg: z.string().optional(), data: z.unknown().optional() })
const gatewayError = z.looseObject({ error_code: z.coerce.number(), error_msg: z.string().optional() })
const oauthError = z.looseObject({ error: z.string(), error_description: z.string().optional() })

/** errno 40018: the offset is past the last page; paging treats it as the end, not a failure. */
export const PAST_LAST_PAGE = 40018

// Gateway codes (unverified for these endpoints, per api-facts.md).
const GATEWAY_CODES: Record<number, ErrorCode> = {
  110: 'auth',
  111: 'auth',
  4: 'quota',
  17: 'quota',
  18: 'quota',
  5: 'ip_whitelist',
  6: 'permission'
}

const OAUTH_CODES: Record<string, ErrorCode> = {
  invalid_grant: 'auth',
  expired_token: 'auth',
  invalid_token: 'auth',
  invalid_client: 'auth',
  unauthorized_client: 'permission'
}

/** Returns `data` of a successful envelope; throws a classified ApiError for anything else. */
export function unwrapEnvelope(body: unknown, endpoint: string, httpStatus: number): unknown {
  const ok = dataEnvelope.safeParse(body)
  if (ok.success) {
    const { errno, msg } = ok.data
    if (errno === 0) return ok.data.data
    throw new ApiError({
      code: errno === PAST_LAST_PAGE ? 'invalid_param' : codeForErrno(errno),
      message: `${endpoint}: errno ${errno}`,
      errno,
      httpStatus,
      apiMessage: msg
    })
  }
  const gateway = gatewayError.safeParse(body)
  if (gateway.success) {
    const { error_code: errno, error_msg: apiMessage } = gateway.data
    throw new ApiError({
      code: GATEWAY_CODES[errno] ?? codeForStatus(httpStatus, 'protocol'),
      message: `${endpoint}: gateway error_code ${errno}`,
      errno,
      httpStatus,
      apiMessage
    })
  }
  const oauth = oauthError.safeParse(body)
  if (oauth.success) {
    throw new ApiError({
      code: OAUTH_CODES[oauth.data.error] ?? 'protocol',
      message: `${endpoint}: oauth error ${oauth.data.error}`,
      httpStatus,
      apiMessage: oauth.data.error_description ?? oauth.data.error
    })
  }
  throw new ApiError({ code: codeForStatus(httpStatus, 'protocol'), message: `${endpoint}: unrecognised response (HTTP ${httpStatus})`, httpStatus })
}

/** What an HTTP status says when the body says nothing we can read. */
export function codeForStatus(httpStatus: number, otherwise: ErrorCode): ErrorCode {
  if (httpStatus === 429) return 'quota'
  if (httpStatus === 401) return 'auth'
  if (httpStatus === 403) return 'permission'
  if (httpStatus === 408 || httpStatus >= 500) return 'transient'
  return otherwise
}
