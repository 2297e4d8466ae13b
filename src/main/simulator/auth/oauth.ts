// The two token endpoints.
//
// GET /rest/2.0/oauth/token?access_token=<42. TP token>&refresh_token=<46.>&grant_type=app_to_tp_refresh_token
//   → {access_token: "45.…", expires_in: 3600, refresh_token: "46.…", scope}. A refresh token works
//   ONCE: it is spent the moment a refresh succeeds, and using it again is invalid_grant. The old
//   access token stays valid until its own expiry (demo tokens never expire). Problems with the
//   refresh token answer OAuth's {error, error_description} with HTTP 400; problems with the TP
//   token answer the open-API gateway's {error_code: 110 | 111, error_msg}, and a caller off the
//   IP whitelist {error_code: 5}; none of those spend the refresh token.
// GET /oauth/2.0/token?grant_type=client_credentials&client_id=<App Key>&client_secret=<App Secret>
//   → {access_token: "24.…", expires_in: 2592000, scope}; bad credentials → 401 invalid_client.
import { GATEWAY_CODE, gatewayResponse, jsonResponse } from '../envelope'
import type { Params } from '../param-validation'
import { bump, clock, type SimState } from '../state'
import type { SimResponse } from '../types'

export const AUTHORIZER_TOKEN_SECONDS = 3600
export const DEVELOPER_TOKEN_SECONDS = 30 * 24 * 3600
const TP_SCOPE = 'smartapp_snsapi_base smartapp_data'
const DEVELOPER_SCOPE = 'smartapp_snsapi_base'

function oauthError(status: number, error: string, description: string): SimResponse {
  return jsonResponse(status, { error, error_description: description })
}

export function refreshAuthorizerToken(state: SimState, params: Params): SimResponse {
  const grant = params.get('grant_type')
  if (!grant) return oauthError(400, 'invalid_request', 'grant_type is required')
  if (grant !== 'app_to_tp_refresh_token') return oauthError(400, 'unsupported_grant_type', `unsupported grant_type ${grant}`)
  const now = clock(state)
  const tpToken = state.tokens.get(params.get('access_token') ?? '')
  const tpCheck = tpToken ? state.tokens.check(tpToken.token, now) : undefined
  if (!tpToken || tpToken.kind !== 'tp' || !tpCheck?.ok) {
    return tpCheck?.ok === false && tpCheck.problem === 'expired'
      ? gatewayResponse(200, GATEWAY_CODE.expiredToken, 'Access token expired')
      : gatewayResponse(200, GATEWAY_CODE.invalidToken, 'Access token invalid or no longer valid')
  }
  if (!state.ipWhitelisted) return gatewayResponse(200, GATEWAY_CODE.unauthorizedIp, 'Unauthorized client IP address')
  const refreshToken = params.get('refresh_token')
  if (!refreshToken) return oauthError(400, 'invalid_request', 'refresh_token is required')
  const record = state.tokens.get(refreshToken)
  const check = state.tokens.check(refreshToken, now)
  if (!record || record.kind !== 'refresh' || !check.ok) {
    const why = check.ok ? 'is not a refresh token' : check.problem === 'used' ? 'has already been used' : `is ${check.problem}`
    return oauthError(400, 'invalid_grant', `refresh token ${why}`)
  }
  if (record.tpId !== tpToken.tpId || record.appId === undefined) {
    return oauthError(400, 'invalid_grant', 'refresh token was not issued to this platform')
  }
  record.used = true
  const owner = { appId: record.appId, tpId: record.tpId }
  const access = state.tokens.mint('authorizer', owner, AUTHORIZER_TOKEN_SECONDS, now)
  const next = state.tokens.mint('refresh', owner, null, now)
  bump(state.stats.refreshes, record.appId)
  return jsonResponse(200, {
    access_token: access.token,
    expires_in: AUTHORIZER_TOKEN_SECONDS,
    refresh_token: next.token,
    scope: TP_SCOPE
  })
}

export function clientCredentialsToken(state: SimState, params: Params): SimResponse {
  const grant = params.get('grant_type')
  if (!grant) return oauthError(400, 'invalid_request', 'grant_type is required')
  if (grant !== 'client_credentials') return oauthError(400, 'unsupported_grant_type', `unsupported grant_type ${grant}`)
  const clientId = params.get('client_id') ?? ''
  const app = state.apps.find((a) => a.appKey !== undefined && a.appKey === clientId)
  if (!app) return oauthError(401, 'invalid_client', 'unknown client id')
  if (params.get('client_secret') !== app.appSecret) return oauthError(401, 'invalid_client', 'Client authentication failed')
  const token = state.tokens.mint('developer', { appId: app.appId }, DEVELOPER_TOKEN_SECONDS, clock(state))
  bump(state.stats.clientCredentials, app.appId)
  return jsonResponse(200, { access_token: token.token, expires_in: DEVELOPER_TOKEN_SECONDS, scope: DEVELOPER_SCOPE })
}
