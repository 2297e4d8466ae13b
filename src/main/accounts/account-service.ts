// Saved accounts: the directory every service reaches accounts through, and their management
// (add, edit, remove, reorder, import/export, demo accounts, connection tests, health).
import type { Database } from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import { beijingYesterday } from '../../shared/calendar'
import { KIND_SECRETS, maskSecret, OFFICIAL_API_BASE_URL, type AccountInput, type AccountSummary, type ConnectionTest, type SecretField } from '../../shared/accounts'
import type { SecretStorage } from '../../shared/secret-storage'
import { AppError, toErrorEnvelope } from '../app-error'
import { createBaiduClient, RetryBudget, type ApiError, type BaiduClient, type FetchLike, type NetworkSettings, type ReportRequest } from '../baidu'
import type { Logger } from '../log'
import { AccountRepository, type AccountFields, type StoredAccount, type StoredSecretField } from './account-repository'
import { exportAccounts, parseAccountExport } from './account-transfer'
import { DEMO_BASE_URL, demoSecret, demoSeeds } from './demo-accounts'
import { needsActionFor } from './needs-action'
import { tokenProvider, type RefreshStep } from './token-sources'
import { tokenExpiry } from './tokens'
import type { Sealed, VaultSet } from './vault'

export interface AccountEntry {
  summary: AccountSummary
  client: BaiduClient
}

export class UnknownAccountError extends AppError {
  constructor(readonly accountId: string) {
    super('not_found', `no account with id ${JSON.stringify(accountId)}`)
    this.name = 'UnknownAccountError'
  }
}

export interface Transport {
  baseUrl: string
  fetch: FetchLike
}

export interface AccountServiceDeps {
  db: Database
  vaults: VaultSet
  now: () => number
  logger: Logger
  /** How an account's requests travel: demo accounts to the simulator, others to their base URL. */
  transport: (account: StoredAccount) => Transport
  network?: Partial<NetworkSettings>
  /** Applies the app's limits to a new client's gate. */
  configure?: (client: BaiduClient) => void
  onChanged?: (accounts: AccountSummary[]) => void
  /** Test seam for crash injection in token refreshes. */
  onRefreshStep?: (accountId: string, step: RefreshStep) => void
}

/** At most one health write per account this often while calls keep succeeding. */
const OK_WRITE_EVERY_MS = 10_000
const CHANGED_EVERY_MS = 500

export class AccountService {
  private readonly repo: AccountRepository
  private readonly byId = new Map<string, AccountEntry>()
  private changedTimer: ReturnType<typeof setTimeout> | undefined

  constructor(private readonly deps: AccountServiceDeps) {
    this.repo = new AccountRepository(deps.db)
    if (!this.repo.state<boolean>('demoSeeded')) this.seedDemo()
    for (const account of this.repo.list()) this.connect(account)
  }

  // The directory

  list(): AccountSummary[] {
    return this.repo.list().map((a) => this.byId.get(a.id)?.summary ?? this.summarise(a))
  }

  entries(): AccountEntry[] {
    return this.repo.list().flatMap((a) => this.byId.get(a.id) ?? [])
  }

  get(id: string): AccountEntry {
    const entry = this.byId.get(id)
    if (!entry) throw new UnknownAccountError(id)
    return entry
  }

  /** How new secrets are kept here, and whether the user already agreed to weak storage. */
  secretStorage(): SecretStorage {
    return { protection: this.deps.vaults.primary.protection, consented: this.repo.state<boolean>('weakStorageConsent') === true }
  }

  // Management

  async add(input: AccountInput): Promise<AccountSummary> {
    const id = randomUUID()
    if (this.repo.byName(input.name)) throw new AppError('invalid_input', `an account named ${input.name} already exists`)
    const fields = this.fields(input)
    const secrets = this.cleanSecrets(input.secrets)
    this.requireComplete(fields, new Set(Object.keys(secrets) as SecretField[]))
    this.consent(secrets, input.allowWeakStorage)
    const sealed = await this.seal(secrets)
    this.repo.insert(id, fields, sealed, this.deps.now(), this.fixedExpiry(fields, secrets))
    this.connect(this.repo.get(id)!)
    this.changed()
    return this.get(id).summary
  }

  async update(id: string, change: Partial<AccountInput>): Promise<AccountSummary> {
    const before = this.repo.get(id)
    if (!before) throw new UnknownAccountError(id)
    if (change.name !== undefined && change.name !== before.name && this.repo.byName(change.name)) {
      throw new AppError('invalid_input', `an account named ${change.name} already exists`)
    }
    const fields = this.fields({ ...before, ...change, name: change.name ?? before.name, kind: change.kind ?? before.kind })
    const given = this.cleanSecrets(change.secrets)
    const cleared = Object.entries(change.secrets ?? {}).filter(([, v]) => v?.trim() === '').map(([f]) => f as SecretField)
    const stored = (Object.keys(this.repo.masks(id)) as StoredSecretField[]).filter((f): f is SecretField => f !== 'accessToken')
    const builtIn = before.demo ? KIND_SECRETS[before.kind].filter((f) => demoSecret(id, f) !== undefined) : []
    const kept = new Set([...stored, ...builtIn].filter((f) => !cleared.includes(f)))
    const have = new Set([...kept, ...(Object.keys(given) as SecretField[])].filter((f) => KIND_SECRETS[fields.kind].includes(f)))
    this.requireComplete(fields, have)
    this.consent(given, change.allowWeakStorage)

    const secrets: Partial<Record<StoredSecretField, Sealed | null>> = await this.seal(given)
    for (const f of cleared) secrets[f] = null
    // A new kind keeps only its own secrets; new credentials void the token derived from the old.
    for (const f of kept) if (!KIND_SECRETS[fields.kind].includes(f)) secrets[f] = null
    const credentialsChanged = fields.kind !== before.kind || Object.keys(given).length > 0 || cleared.length > 0
    if (credentialsChanged) secrets.accessToken = null
    const expiry = credentialsChanged ? this.fixedExpiry(fields, given) : undefined
    this.repo.update(id, fields, secrets, this.deps.now(), expiry)
    this.connect(this.repo.get(id)!)
    this.changed()
    return this.get(id).summary
  }

  /** Removes the account, its secrets and everything cached for it. */
  remove(id: string): boolean {
    const removed = this.deps.db.transaction(() => {
      this.deps.db.prepare('DELETE FROM snapshots WHERE account_id = ?').run(id)
      this.deps.db.prepare('DELETE FROM daily_rows WHERE account_id = ?').run(id)
      return this.repo.remove(id)
    })()
    this.byId.delete(id)
    if (removed) this.changed()
    return removed
  }

  reorder(ids: readonly string[]): AccountSummary[] {
    const known = new Set(this.repo.list().map((a) => a.id))
    const unknown = ids.find((id) => !known.has(id))
    if (unknown !== undefined) throw new UnknownAccountError(unknown)
    // Accounts the caller did not mention keep their relative order, after the ones it did.
    const rest = [...known].filter((id) => !ids.includes(id))
    this.repo.reorder([...ids, ...rest])
    this.changed()
    return this.list()
  }

  exportJson(): string {
    return JSON.stringify(exportAccounts(this.list(), this.deps.now()), null, 2)
  }

  async importJson(json: string): Promise<{ added: number; skipped: string[] }> {
    const inputs = parseAccountExport(json)
    const skipped: string[] = []
    let added = 0
    for (const input of inputs) {
      if (this.repo.byName(input.name)) {
        skipped.push(input.name)
        continue
      }
      // Imported accounts carry no secrets: they are saved incomplete and say so until filled in.
      const id = randomUUID()
      this.repo.insert(id, this.fields(input), {}, this.deps.now(), null)
      this.repo.recordError(id, { code: 'auth', message: 'imported without its secrets', at: this.deps.now() }, { code: 'auth', problem: null })
      this.connect(this.repo.get(id)!)
      added++
    }
    if (added) this.changed()
    return { added, skipped }
  }

  restoreDemo(): AccountSummary[] {
    const missing = demoSeeds().filter((s) => !this.repo.get(s.id))
    this.seedDemo()
    for (const seed of missing) if (this.repo.get(seed.id)) this.connect(this.repo.get(seed.id)!)
    if (missing.length) this.changed()
    return this.list()
  }

  /** One cheap call (yesterday's trend, or one platform metric), without retries. */
  async test(id: string): Promise<ConnectionTest> {
    const entry = this.get(id)
    const day = beijingYesterday(this.deps.now())
    const request: ReportRequest =
      entry.summary.kind === 'tp'
        ? { report: 'tp', variant: { metrics: 'tp_day_user_count' }, from: day, to: day }
        : { report: 'trend', variant: { gran: 'day' }, from: day, to: day }
    const started = performance.now()
    try {
      await entry.client.fetch(request, { run: { budget: new RetryBudget(0) } })
      return { ok: true, latencyMs: Math.round(performance.now() - started), error: null }
    } catch (err) {
      const e = toErrorEnvelope(err)
      return { ok: false, latencyMs: Math.round(performance.now() - started), error: { code: e.code, message: e.message, errno: e.errno, detail: e.detail } }
    }
  }

  // Internals

  private seedDemo(): void {
    const now = this.deps.now()
    for (const seed of demoSeeds()) {
      if (!this.repo.get(seed.id) && !this.repo.byName(seed.fields.name)) this.repo.insert(seed.id, seed.fields, {}, now, null)
    }
    this.repo.setState('demoSeeded', true)
  }

  private fields(input: Pick<AccountInput, 'name' | 'kind'> & Partial<AccountInput> & { demo?: boolean }): AccountFields {
    return {
      name: input.name,
      kind: input.kind,
      appId: input.kind === 'tp' ? null : (input.appId ?? null),
      baseUrl: input.baseUrl ?? OFFICIAL_API_BASE_URL,
      notes: input.notes ?? '',
      tags: [...new Set(input.tags ?? [])],
      demo: input.demo ?? input.baseUrl === DEMO_BASE_URL
    }
  }

  private cleanSecrets(secrets: AccountInput['secrets']): Partial<Record<SecretField, string>> {
    return Object.fromEntries(Object.entries(secrets ?? {}).filter(([, v]) => typeof v === 'string' && v.trim() !== '').map(([k, v]) => [k, v!.trim()]))
  }

  private requireComplete(fields: AccountFields, have: ReadonlySet<SecretField>): void {
    if (fields.kind !== 'tp' && !fields.appId) throw new AppError('invalid_input', 'this kind of account needs the smart program’s app id')
    const missing = KIND_SECRETS[fields.kind].filter((f) => !have.has(f))
    if (missing.length) throw new AppError('invalid_input', `missing ${missing.join(', ')} for a ${fields.kind} account`)
  }

  private consent(secrets: object, allowWeak: boolean | undefined): void {
    if (Object.keys(secrets).length === 0 || !this.deps.vaults.weak) return
    if (allowWeak) return this.repo.setState('weakStorageConsent', true)
    if (!this.repo.state<boolean>('weakStorageConsent')) throw new AppError('needs_consent', `only weak secret storage is available here (${this.deps.vaults.primary.protection})`)
  }

  private async seal(secrets: Partial<Record<SecretField, string>>): Promise<Partial<Record<StoredSecretField, Sealed>>> {
    const out: Partial<Record<StoredSecretField, Sealed>> = {}
    for (const [field, value] of Object.entries(secrets)) out[field as SecretField] = await this.deps.vaults.seal(value)
    return out
  }

  /** A pasted token's own expiry, when its format carries one. */
  private fixedExpiry(fields: AccountFields, secrets: Partial<Record<SecretField, string>>): number | null {
    const token = fields.kind === 'authorizer' ? secrets.token : fields.kind === 'tp' ? secrets.tpToken : undefined
    return token ? tokenExpiry(token) : null
  }

  private summarise(a: StoredAccount): AccountSummary {
    const masks = this.repo.masks(a.id)
    return {
      id: a.id,
      name: a.name,
      kind: a.kind,
      appId: a.appId,
      demo: a.demo,
      baseUrl: a.baseUrl,
      notes: a.notes,
      tags: a.tags,
      secrets: Object.fromEntries(KIND_SECRETS[a.kind].map((f) => [f, masks[f] ?? this.demoMask(a, f)])),
      tokenExpiresAt: a.tokenExpiresAt,
      health: a.health,
      needsAction: a.needsAction,
      authProblem: a.authProblem
    }
  }

  private demoMask(a: StoredAccount, field: SecretField): string | null {
    const builtIn = a.demo ? demoSecret(a.id, field) : undefined
    return builtIn ? maskSecret(builtIn) : null
  }

  private connect(account: StoredAccount): void {
    const { deps } = this
    const transport = deps.transport(account)
    let lastOkWrite = 0
    const refresh = (): void => {
      const fresh = this.repo.get(account.id)
      const entry = this.byId.get(account.id)
      if (fresh && entry) entry.summary = this.summarise(fresh)
    }
    const token = tokenProvider({
      account: { ...account, baseUrl: transport.baseUrl },
      repo: this.repo,
      vaults: deps.vaults,
      fetch: transport.fetch,
      now: deps.now,
      onChange: () => (refresh(), this.changed()),
      onRefreshStep: deps.onRefreshStep ? (step) => deps.onRefreshStep!(account.id, step) : undefined
    })
    const client = createBaiduClient({
      baseUrl: transport.baseUrl,
      fetch: transport.fetch,
      token,
      now: deps.now,
      settings: deps.network,
      observer: {
        ok: () => {
          const now = deps.now()
          const entry = this.byId.get(account.id)
          if (now - lastOkWrite < OK_WRITE_EVERY_MS && !entry?.summary.needsAction && !entry?.summary.health.lastError) return
          lastOkWrite = now
          this.repo.recordOk(account.id, now)
          refresh()
          this.changed()
        },
        failed: (error: ApiError) => {
          this.repo.recordError(account.id, { code: error.code, message: error.detail ?? error.message, at: deps.now() }, needsActionFor(account.kind, error))
          refresh()
          this.changed()
        }
      }
    })
    deps.configure?.(client)
    this.byId.set(account.id, { summary: this.summarise(this.repo.get(account.id) ?? account), client })
  }

  /** Stops pending notifications (the cache is closing). */
  dispose(): void {
    clearTimeout(this.changedTimer)
    this.changedTimer = undefined
  }

  /** Tells the host the list changed, at most every CHANGED_EVERY_MS. */
  private changed(): void {
    if (!this.deps.onChanged || this.changedTimer) return
    this.changedTimer = setTimeout(() => {
      this.changedTimer = undefined
      this.deps.onChanged?.(this.list())
    }, CHANGED_EVERY_MS)
    this.changedTimer.unref?.()
  }
}
