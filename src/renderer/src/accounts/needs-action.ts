// What a person must do when an account stops working: advice of its own for the codes where the
// generic error text does not say it. A refused token's advice names the credential Baidu refused
// (a new TP token, re-authorizing the program, the App Key / Secret); when main could not tell
// which, it follows from the account's kind.
import { AUTH_PROBLEMS, type AuthProblem } from '../../../shared/accounts'
import type { ErrorCode } from '../../../shared/errors'

/** Codes and credentials with a text under accounts.needsAction.<key>; 'auth' alone has one per kind. */
export const NEEDS_ACTION_ADVICE: readonly (ErrorCode | AuthProblem)[] = ['permission', 'ip_whitelist', 'quota', 'not_found', ...AUTH_PROBLEMS]

/** Whitelists, quotas and permissions are fixed outside Swanboard; editing the account does not help. */
export function fixedByEditing(code: ErrorCode): boolean {
  return code === 'auth' || code === 'not_found'
}
