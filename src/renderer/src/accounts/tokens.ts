// What a pasted token's prefix says about it (api-facts.md, "Tokens"); only the prefix is ever shown.
import type { SecretField } from '../../../shared/accounts'

export type TokenType = 'developer' | 'tp' | 'authorizer' | 'refresh'

const PREFIX_TYPES: Record<string, TokenType> = { '24.': 'developer', '42.': 'tp', '45.': 'authorizer', '46.': 'refresh' }

/** The prefix each token field expects; App Key and App Secret have none. */
export const EXPECTED_PREFIX: Partial<Record<SecretField, string>> = { token: '45.', tpToken: '42.', refreshToken: '46.' }

export interface PrefixMismatch {
  expected: string
  /** The pasted value's own prefix ("24."), when it has one of the usual shape. */
  actual: string | null
  /** What that prefix usually means, when it is one Baidu uses. */
  looksLike: TokenType | null
}

/** A warning, not a rule: Baidu could change its prefixes, so saving stays allowed. */
export function prefixMismatch(field: SecretField, value: string): PrefixMismatch | null {
  const expected = EXPECTED_PREFIX[field]
  const text = value.trim()
  if (!expected || text === '' || text.startsWith(expected)) return null
  const actual = /^\d{1,3}\./.exec(text)?.[0] ?? null
  return { expected, actual, looksLike: actual ? (PREFIX_TYPES[actual] ?? null) : null }
}
