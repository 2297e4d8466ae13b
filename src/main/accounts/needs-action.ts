// When a failed call means a person must act before the account works again, and what: fix
// something outside the app (the IP whitelist, a permission), or renew a credential — which one.
import type { AccountKind, AuthProblem } from '../../shared/accounts'
import type { ErrorCode } from '../../shared/errors'
import type { ApiError } from '../baidu'
import { CredentialError } from './oauth'

export interface NeedsAction {
  code: ErrorCode
  /** With code 'auth': the credential to renew, when known. */
  problem: AuthProblem | null
}

const NEEDS_ACTION: ReadonlySet<ErrorCode> = new Set(['auth', 'ip_whitelist', 'permission'])

// A data endpoint refused the token in use (after one refresh, where the kind can refresh). For a
// TP account that is its TP token; for a refreshing account the authorizer token it just obtained
// (or one revoked, 44002): the program's authorization is gone and must be granted again.
// A pasted authorizer token or a developer token says nothing more than the kind already does.
const DATA_REFUSAL: Record<AccountKind, AuthProblem | null> = {
  tp: 'tp_token',
  'tp-refresh': 'refresh_token',
  authorizer: null,
  developer: null
}

export function needsActionFor(kind: AccountKind, error: ApiError): NeedsAction | null {
  if (!NEEDS_ACTION.has(error.code)) return null
  if (error.code !== 'auth') return { code: error.code, problem: null }
  return { code: 'auth', problem: error instanceof CredentialError ? error.problem : DATA_REFUSAL[kind] }
}
