// What a person must do when an account stops working: advice of its own for the codes where the
// generic error text does not say it; a dead token's advice also depends on the kind.
import type { ErrorCode } from '../../../shared/errors'

/** Codes with a text under accounts.needsAction.<code>; 'auth' has one per kind instead. */
export const NEEDS_ACTION_ADVICE: readonly ErrorCode[] = ['permission', 'ip_whitelist', 'quota', 'not_found']

/** Whitelists, quotas and permissions are fixed outside Swanboard; editing the account does not help. */
export function fixedByEditing(code: ErrorCode): boolean {
  return code === 'auth' || code === 'not_found'
}
