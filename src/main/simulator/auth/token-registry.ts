// Every token the simulator knows, with its kind, owner and state. Kinds are fixed when a token is
// registered (the demo ones carry Baidu's prefixes: 45. authorizer, 42. TP, 24. developer, 46.
// refresh); tokens the simulator mints say "swanboard-sim" so nobody mistakes them for real ones.
export type TokenKind = 'authorizer' | 'tp' | 'developer' | 'refresh'

export const TOKEN_PREFIX: Record<TokenKind, string> = {
  authorizer: '45.',
  tp: '42.',
  developer: '24.',
  refresh: '46.'
}

export interface TokenRecord {
  token: string
  kind: TokenKind
  /** The app an authorizer, developer or refresh token is for. */
  appId?: string
  /** The platform a TP token is, or an authorizer / refresh token was issued to. */
  tpId?: string
  /** Epoch ms; null never expires. */
  expiresAt: number | null
  revoked: boolean
  /** A refresh token already traded in (they work once). */
  used: boolean
}

export type TokenProblem = 'unknown' | 'revoked' | 'expired' | 'used'

export type TokenCheck = { ok: true; record: TokenRecord } | { ok: false; problem: TokenProblem; record?: TokenRecord }

export interface TokenRegistry {
  register(record: Omit<TokenRecord, 'revoked' | 'used'>): TokenRecord
  /** A fresh token of `kind` for the owner, valid for `lifetimeSeconds` from `now` (null: forever). */
  mint(kind: TokenKind, owner: { appId?: string; tpId?: string }, lifetimeSeconds: number | null, now: number): TokenRecord
  get(token: string): TokenRecord | undefined
  check(token: string, now: number): TokenCheck
  /** Test hooks: make a token expired (from `now`), revoked, or unknown. */
  expire(token: string, now: number): boolean
  revoke(token: string): boolean
  forget(token: string): boolean
}

export function createTokenRegistry(): TokenRegistry {
  const tokens = new Map<string, TokenRecord>()
  let minted = 0

  function register(record: Omit<TokenRecord, 'revoked' | 'used'>): TokenRecord {
    const full = { ...record, revoked: false, used: false }
    tokens.set(record.token, full)
    return full
  }

  return {
    register,
    mint(kind, owner, lifetimeSeconds, now) {
      minted++
      const who = owner.appId ?? owner.tpId ?? 'anon'
      return register({
        token: `${TOKEN_PREFIX[kind]}swanboard-sim.${who}.${minted}`,
        kind,
        ...owner,
        expiresAt: lifetimeSeconds === null ? null : now + lifetimeSeconds * 1000
      })
    },
    get: (token) => tokens.get(token),
    check(token, now) {
      const record = tokens.get(token)
      if (!record) return { ok: false, problem: 'unknown' }
      if (record.revoked) return { ok: false, problem: 'revoked', record }
      if (record.expiresAt !== null && now >= record.expiresAt) return { ok: false, problem: 'expired', record }
      if (record.used) return { ok: false, problem: 'used', record }
      return { ok: true, record }
    },
    expire(token, now) {
      const record = tokens.get(token)
      if (record) record.expiresAt = now
      return record !== undefined
    },
    revoke(token) {
      const record = tokens.get(token)
      if (record) record.revoked = true
      return record !== undefined
    },
    forget: (token) => tokens.delete(token)
  }
}
