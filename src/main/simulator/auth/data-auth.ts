// Who may call a data endpoint. Per-app reports take the app's authorizer token ("45.") or, unless
// switched off, a developer token ("24.") of that app; gettpdata takes the TP token ("42."). The
// wrong kind of token (a TP token on a per-app report, an authorizer token on gettpdata, a refresh
// token anywhere) fails authentication like an unknown one: errno 44004. Then: revoked 44002,
// expired 44003, and tokens a TP holds (TP and authorizer tokens) are refused with 40008 while the
// caller's IP is off the TP's whitelist (developer tokens are the app's own: no whitelist).
import type { EndpointDefinition } from '../endpoint'
import { ERRNO, errnoResponse } from '../envelope'
import { clock, type SimState } from '../state'
import type { SimApp, SimResponse, SimTp } from '../types'

export type DataAuth = { ok: true; app: SimApp } | { ok: true; tp: SimTp } | { ok: false; response: SimResponse }

const AUTH_FAILED = 'access token 校验失败'

function refuse(errno: number, msg: string): DataAuth {
  return { ok: false, response: errnoResponse(errno, msg) }
}

export function authorizeData(state: SimState, endpoint: EndpointDefinition, token: string): DataAuth {
  const record = state.tokens.get(token)
  if (!record) return refuse(ERRNO.authFailed, AUTH_FAILED)
  const wanted = endpoint.token === 'tp' ? ['tp'] : state.developerTokensReachData ? ['authorizer', 'developer'] : ['authorizer']
  if (!wanted.includes(record.kind)) {
    return refuse(ERRNO.authFailed, `${AUTH_FAILED} (this API takes ${endpoint.token === 'tp' ? 'the TP token' : "an app's access token"})`)
  }
  const check = state.tokens.check(token, clock(state))
  if (!check.ok && check.problem === 'revoked') return refuse(ERRNO.tokenRevoked, 'access token 已被撤销 (revoked)')
  if (!check.ok && check.problem === 'expired') return refuse(ERRNO.tokenExpired, 'access token 已过期 (expired)')
  if (!check.ok) return refuse(ERRNO.authFailed, AUTH_FAILED)
  const heldByTp = record.kind === 'tp' || (record.kind === 'authorizer' && record.tpId !== undefined)
  if (heldByTp && !state.ipWhitelisted) return refuse(ERRNO.ipNotWhitelisted, '调用方IP不在白名单中 (caller IP not whitelisted)')
  if (record.kind === 'tp') {
    const tp = state.tps.find((t) => t.tpId === record.tpId)
    return tp ? { ok: true, tp } : refuse(ERRNO.authFailed, AUTH_FAILED)
  }
  const app = record.appId === undefined ? undefined : state.appsById.get(record.appId)
  return app ? { ok: true, app } : refuse(ERRNO.authFailed, AUTH_FAILED)
}
