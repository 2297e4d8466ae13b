// What a Baidu token says about itself: its kind by prefix, and often its expiry.

export type TokenKind = 'developer' | 'tp' | 'authorizer' | 'refresh' | 'unknown'

const PREFIXES: Record<string, TokenKind> = { '24': 'developer', '42': 'tp', '45': 'authorizer', '46': 'refresh' }

export function tokenKind(token: string): TokenKind {
  return PREFIXES[token.split('.', 1)[0] ?? ''] ?? 'unknown'
}

/**
 * Baidu tokens look like `45.<hash>.<expires_in>.<expires_at>.<…>` (the reference's example:
 * `45.262d….2592000.1568538447.YaEG…`). When the fourth part is a plausible Unix time, it is the
 * expiry; otherwise the expiry is unknown.
 */
export function tokenExpiry(token: string): number | null {
  const parts = token.split('.')
  const seconds = Number(parts[3])
  if (parts.length < 4 || !Number.isInteger(seconds)) return null
  // Between 2015 and 2100: anything else is not a timestamp.
  return seconds > 1_420_000_000 && seconds < 4_102_444_800 ? seconds * 1000 : null
}

/** The prefix a kind's secret is expected to carry, for hints and checks. */
export const EXPECTED_PREFIX: Record<'token' | 'tpToken' | 'refreshToken', string> = { token: '45.', tpToken: '42.', refreshToken: '46.' }
