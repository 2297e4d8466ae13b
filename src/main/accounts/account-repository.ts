// Saved accounts in the cache database: their settings, sealed secrets, health and refresh journal.
import type { Database } from 'better-sqlite3'
import { AUTH_PROBLEMS, type AccountHealth, type AccountKind, type AuthProblem, type SecretField } from '../../shared/accounts'
import type { ErrorCode } from '../../shared/errors'
import type { NeedsAction } from './needs-action'
import type { Sealed } from './vault'

export interface StoredAccount {
  id: string
  name: string
  kind: AccountKind
  appId: string | null
  baseUrl: string
  notes: string
  tags: string[]
  position: number
  demo: boolean
  createdAt: number
  tokenExpiresAt: number | null
  health: AccountHealth
  needsAction: ErrorCode | null
  authProblem: AuthProblem | null
}

/** Secrets the app derives itself (never typed by a person), beside the SecretFields. */
export type StoredSecretField = SecretField | 'accessToken'

export interface JournalEntry {
  wrappedKey: Sealed
  answer: Buffer | null
  startedAt: number
}

interface Row {
  id: string
  name: string
  kind: AccountKind
  app_id: string | null
  base_url: string
  notes: string
  tags_json: string
  position: number
  demo: number
  created_at: number
  token_expires_at: number | null
  last_ok_at: number | null
  last_error_json: string | null
  needs_action: string | null
}

// needs_action holds the error code, or for an auth failure the credential to renew when known
// ('tp_token', …): one column says both.
function needsActionOf(value: string | null): Pick<StoredAccount, 'needsAction' | 'authProblem'> {
  if ((AUTH_PROBLEMS as readonly (string | null)[]).includes(value)) return { needsAction: 'auth', authProblem: value as AuthProblem }
  return { needsAction: value as ErrorCode | null, authProblem: null }
}

function fromRow(r: Row): StoredAccount {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    appId: r.app_id,
    baseUrl: r.base_url,
    notes: r.notes,
    tags: JSON.parse(r.tags_json) as string[],
    position: r.position,
    demo: r.demo === 1,
    createdAt: r.created_at,
    tokenExpiresAt: r.token_expires_at,
    health: { lastOkAt: r.last_ok_at, lastError: r.last_error_json ? (JSON.parse(r.last_error_json) as AccountHealth['lastError']) : null },
    ...needsActionOf(r.needs_action)
  }
}

export type AccountFields = Pick<StoredAccount, 'name' | 'kind' | 'appId' | 'baseUrl' | 'notes' | 'tags' | 'demo'>

export class AccountRepository {
  constructor(private readonly db: Database) {}

  list(): StoredAccount[] {
    return this.db.prepare<[], Row>('SELECT * FROM accounts ORDER BY position, created_at').all().map(fromRow)
  }

  get(id: string): StoredAccount | undefined {
    const r = this.db.prepare<[string], Row>('SELECT * FROM accounts WHERE id = ?').get(id)
    return r ? fromRow(r) : undefined
  }

  byName(name: string): StoredAccount | undefined {
    const r = this.db.prepare<[string], Row>('SELECT * FROM accounts WHERE name = ?').get(name)
    return r ? fromRow(r) : undefined
  }

  /** Inserts an account and its secrets in one transaction. */
  insert(id: string, fields: AccountFields, secrets: Partial<Record<StoredSecretField, Sealed>>, now: number, tokenExpiresAt: number | null): void {
    this.db.transaction(() => {
      const position = (this.db.prepare<[], number>('SELECT coalesce(max(position), -1) + 1 FROM accounts').pluck().get() ?? 0) as number
      this.db
        .prepare(
          `INSERT INTO accounts (id, name, kind, app_id, base_url, notes, tags_json, position, demo, created_at, token_expires_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
        )
        .run(id, fields.name, fields.kind, fields.appId, fields.baseUrl, fields.notes, JSON.stringify(fields.tags), position, fields.demo ? 1 : 0, now, tokenExpiresAt)
      this.putSecrets(id, secrets, now)
    })()
  }

  /** Updates fields and secrets (null clears one) in one transaction. */
  update(id: string, fields: Partial<AccountFields>, secrets: Partial<Record<StoredSecretField, Sealed | null>>, now: number, tokenExpiresAt?: number | null): void {
    this.db.transaction(() => {
      const cols: Record<string, unknown> = {
        name: fields.name,
        kind: fields.kind,
        app_id: fields.appId,
        base_url: fields.baseUrl,
        notes: fields.notes,
        tags_json: fields.tags === undefined ? undefined : JSON.stringify(fields.tags),
        token_expires_at: tokenExpiresAt
      }
      const set = Object.entries(cols).filter(([, v]) => v !== undefined)
      if (set.length > 0) {
        this.db.prepare(`UPDATE accounts SET ${set.map(([k]) => `${k} = ?`).join(', ')} WHERE id = ?`).run(...set.map(([, v]) => v), id)
      }
      this.putSecrets(id, secrets, now)
    })()
  }

  private putSecrets(id: string, secrets: Partial<Record<StoredSecretField, Sealed | null>>, now: number): void {
    const put = this.db.prepare(
      `INSERT INTO account_secrets (account_id, field, scheme, ciphertext, masked, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (account_id, field) DO UPDATE SET scheme = excluded.scheme, ciphertext = excluded.ciphertext, masked = excluded.masked, updated_at = excluded.updated_at`
    )
    const drop = this.db.prepare('DELETE FROM account_secrets WHERE account_id = ? AND field = ?')
    for (const [field, sealed] of Object.entries(secrets)) {
      if (sealed === undefined) continue
      if (sealed === null) drop.run(id, field)
      else put.run(id, field, sealed.scheme, sealed.ciphertext, sealed.masked ?? '••••', now)
    }
  }

  secrets(id: string): Partial<Record<StoredSecretField, Sealed>> {
    const rows = this.db.prepare<[string], { field: StoredSecretField; scheme: string; ciphertext: Buffer }>('SELECT field, scheme, ciphertext FROM account_secrets WHERE account_id = ?').all(id)
    return Object.fromEntries(rows.map((r) => [r.field, { scheme: r.scheme, ciphertext: r.ciphertext }]))
  }

  /** Each stored secret's masked tail, by field. */
  masks(id: string): Partial<Record<StoredSecretField, string>> {
    const rows = this.db.prepare<[string], { field: StoredSecretField; masked: string }>('SELECT field, masked FROM account_secrets WHERE account_id = ?').all(id)
    return Object.fromEntries(rows.map((r) => [r.field, r.masked]))
  }

  remove(id: string): boolean {
    return this.db.prepare('DELETE FROM accounts WHERE id = ?').run(id).changes > 0
  }

  reorder(ids: readonly string[]): void {
    const set = this.db.prepare('UPDATE accounts SET position = ? WHERE id = ?')
    this.db.transaction(() => ids.forEach((id, i) => set.run(i, id)))()
  }

  recordOk(id: string, at: number): void {
    this.db.prepare('UPDATE accounts SET last_ok_at = ?, needs_action = NULL WHERE id = ?').run(at, id)
  }

  recordError(id: string, error: { code: ErrorCode; message: string; at: number }, needsAction: NeedsAction | null): void {
    const stored = needsAction ? (needsAction.problem ?? needsAction.code) : null
    this.db.prepare('UPDATE accounts SET last_error_json = ?, needs_action = coalesce(?, needs_action) WHERE id = ?').run(JSON.stringify(error), stored, id)
  }

  // The refresh journal: see migration 3 and token-sources.ts.

  journal(id: string): JournalEntry | undefined {
    const r = this.db
      .prepare<[string], { scheme: string; wrapped_key: Buffer; answer: Buffer | null; started_at: number }>('SELECT scheme, wrapped_key, answer, started_at FROM refresh_journal WHERE account_id = ?')
      .get(id)
    return r ? { wrappedKey: { scheme: r.scheme, ciphertext: r.wrapped_key }, answer: r.answer, startedAt: r.started_at } : undefined
  }

  journalPrepare(id: string, wrappedKey: Sealed, at: number): void {
    this.db
      .prepare('INSERT OR REPLACE INTO refresh_journal (account_id, scheme, wrapped_key, answer, started_at) VALUES (?, ?, ?, NULL, ?)')
      .run(id, wrappedKey.scheme, wrappedKey.ciphertext, at)
  }

  journalAnswer(id: string, answer: Buffer): void {
    this.durably(() => this.db.prepare('UPDATE refresh_journal SET answer = ? WHERE account_id = ?').run(answer, id))
  }

  /** The refreshed tokens replace the old ones and the journal entry goes, all at once. */
  commitRefresh(id: string, secrets: Partial<Record<StoredSecretField, Sealed>>, tokenExpiresAt: number | null, now: number): void {
    this.durably(() =>
      this.db.transaction(() => {
        this.putSecrets(id, secrets, now)
        this.db.prepare('UPDATE accounts SET token_expires_at = ? WHERE id = ?').run(tokenExpiresAt, id)
        this.db.prepare('DELETE FROM refresh_journal WHERE account_id = ?').run(id)
      })()
    )
  }

  /**
   * The cache commits with synchronous=NORMAL, which survives a crash of the app but not of the
   * machine. A new refresh token exists nowhere else, so its writes wait for the disk (FULL).
   */
  private durably(write: () => unknown): void {
    const before = this.db.pragma('synchronous', { simple: true }) as number
    this.db.pragma('synchronous = FULL')
    try {
      write()
    } finally {
      this.db.pragma(`synchronous = ${before}`)
    }
  }

  dropJournal(id: string): void {
    this.db.prepare('DELETE FROM refresh_journal WHERE account_id = ?').run(id)
  }

  state<T>(key: string): T | undefined {
    const v = this.db.prepare<[string], string>('SELECT value_json FROM app_state WHERE key = ?').pluck().get(key)
    return v === undefined ? undefined : (JSON.parse(v) as T)
  }

  setState(key: string, value: unknown): void {
    this.db.prepare('INSERT INTO app_state (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json').run(key, JSON.stringify(value))
  }
}
