// Where each kind of account gets its access token, and how it renews it.
//
// tp-refresh accounts turn a one-use refresh token into an authorizer token (and a new refresh
// token). Losing the new refresh token loses the account, so a refresh is journaled:
//   1. a one-off key is sealed by the vault and stored (before the request),
//   2. the raw answer is encrypted with that key and stored the moment it arrives — synchronously,
//      with nothing (parsing, logging, events) between receiving it and storing it,
//   3. the new tokens are sealed and committed, and the journal cleared, in one transaction.
// After a crash anywhere, the next refresh first replays a journaled answer. Only an answer lost
// before step 2 finished (on the wire, or in this process's memory) can spend a refresh token for
// nothing; the next refresh then finds it refused and says the program must be re-authorized.
import { randomBytes } from 'node:crypto'
import { AppError } from '../app-error'
import type { FetchLike, TokenProvider } from '../baidu'
import type { AccountRepository, StoredAccount, StoredSecretField } from './account-repository'
import { demoSecret } from './demo-accounts'
import { clientCredentialsUrl, CredentialError, oauthBody, parseTokenAnswer, refreshUrl } from './oauth'
import { tokenExpiry } from './tokens'
import { seal, unseal, type Sealed, type VaultSet } from './vault'

/** Renew this long before expiry, so no call goes out with a token about to lapse. */
export const RENEW_BEFORE_MS = 5 * 60_000

/** Crash points of a refresh: key stored; answer in memory only; answer journaled; tokens committed. */
export type RefreshStep = 'prepared' | 'received' | 'answered' | 'committed'

export interface TokenSourceDeps {
  account: StoredAccount
  repo: AccountRepository
  vaults: VaultSet
  fetch: FetchLike
  now: () => number
  /** The account's tokens changed (a refresh): its summary should be sent again. */
  onChange?: () => void
  /** Test seam: called after each step of a refresh; a test throws here to stand for a crash. */
  onRefreshStep?: (step: RefreshStep) => void
}

async function secret(deps: TokenSourceDeps, field: StoredSecretField): Promise<string> {
  const sealed = deps.repo.secrets(deps.account.id)[field]
  if (sealed) return deps.vaults.open(sealed)
  const builtIn = deps.account.demo && field !== 'accessToken' ? demoSecret(deps.account.id, field) : undefined
  if (builtIn) return builtIn
  throw new AppError('auth', `${deps.account.name} has no ${field}`, { detail: 'Add it in the account settings.' })
}

/** A pasted token, used as it is: nothing to renew it with (authorizer 45., TP platform 42.). */
class FixedToken implements TokenProvider {
  private cached: string | undefined
  constructor(private readonly deps: TokenSourceDeps, private readonly field: 'token' | 'tpToken') {}
  async get(): Promise<string> {
    return (this.cached ??= await secret(this.deps, this.field))
  }
  async rejected(): Promise<boolean> {
    return false
  }
}

/** Tokens the app obtains itself, renewed before expiry and once when Baidu refuses one. */
abstract class RenewingToken implements TokenProvider {
  protected current: { token: string; expiresAt: number | null } | undefined
  private inFlight: Promise<string> | null = null

  constructor(protected readonly deps: TokenSourceDeps) {}

  protected abstract renew(): Promise<string>

  /** Single flight: however many callers ask at once, one renewal runs. */
  protected renewOnce(): Promise<string> {
    this.inFlight ??= this.renew().finally(() => (this.inFlight = null))
    return this.inFlight
  }

  protected fresh(): string | undefined {
    const c = this.current
    if (!c) return undefined
    return c.expiresAt === null || c.expiresAt - this.deps.now() > RENEW_BEFORE_MS ? c.token : undefined
  }

  async get(): Promise<string> {
    if (this.inFlight) return this.inFlight
    if (!this.current) await this.loadStored()
    return this.fresh() ?? this.renewOnce()
  }

  async rejected(token: string): Promise<boolean> {
    if (this.inFlight) await this.inFlight.catch(() => undefined)
    // Someone else already renewed it: the new token is the answer.
    if (this.current && this.current.token !== token) return true
    // A failed renewal throws: its error (a spent refresh token, a dead TP token, the network)
    // tells the caller more than Baidu's "token expired" does, and is retried only if transient.
    await this.renewOnce()
    return true
  }

  private async loadStored(): Promise<void> {
    const sealed = this.deps.repo.secrets(this.deps.account.id).accessToken
    if (!sealed) return
    const token = await this.deps.vaults.open(sealed)
    this.current = { token, expiresAt: this.deps.repo.get(this.deps.account.id)?.tokenExpiresAt ?? tokenExpiry(token) }
  }

  /** Seals and stores what Baidu answered, then starts using the new access token. */
  protected async commit(answer: { access_token: string; expires_in?: number; refresh_token?: string }): Promise<string> {
    const { deps } = this
    const expiresAt = answer.expires_in ? deps.now() + answer.expires_in * 1000 : tokenExpiry(answer.access_token)
    const sealed: Partial<Record<StoredSecretField, Sealed>> = { accessToken: await deps.vaults.seal(answer.access_token) }
    if (answer.refresh_token) sealed.refreshToken = await deps.vaults.seal(answer.refresh_token)
    deps.repo.commitRefresh(deps.account.id, sealed, expiresAt, deps.now())
    this.current = { token: answer.access_token, expiresAt }
    deps.onChange?.()
    return answer.access_token
  }
}

/** The TP's token and the app's one-use refresh token, renewed through a journal. */
class RefreshedToken extends RenewingToken {
  /** A refresh died before its answer arrived: the stored refresh token may already be spent. */
  private interrupted = false
  /** Baidu refused the stored refresh token: it never works again, so it is not sent again. */
  private refused: CredentialError | undefined

  protected async renew(): Promise<string> {
    const { deps } = this
    // Editing the account's secrets makes a new provider: only that brings the account back.
    if (this.refused) throw this.refused
    const replayed = await this.replayJournal()
    if (replayed) return replayed
    const tpToken = await secret(deps, 'tpToken')
    const refreshToken = await secret(deps, 'refreshToken')

    const key = randomBytes(32)
    deps.repo.journalPrepare(deps.account.id, await deps.vaults.seal(key.toString('base64')), deps.now())
    deps.onRefreshStep?.('prepared')
    const { status, body } = await oauthBody(deps.fetch, refreshUrl(deps.account.baseUrl, tpToken, refreshToken))
    // The residual window: Baidu spent the refresh token when it answered, and until the next line
    // returns the new one exists only in flight or in this process's memory ('received'). A crash
    // there loses it — no client can close that window against a one-use token; the next refresh
    // reports it (see `interrupted`). The journal write is synchronous and durable once it returns.
    deps.onRefreshStep?.('received')
    deps.repo.journalAnswer(deps.account.id, seal(key, JSON.stringify({ status, body })))
    deps.onRefreshStep?.('answered')
    return this.apply(status, body)
  }

  /** Commits a journaled answer left by an earlier, interrupted refresh. */
  private async replayJournal(): Promise<string | undefined> {
    const { deps } = this
    const entry = deps.repo.journal(deps.account.id)
    if (!entry) return undefined
    if (!entry.answer) {
      deps.repo.dropJournal(deps.account.id)
      this.interrupted = true
      return undefined
    }
    const key = Buffer.from(await deps.vaults.open(entry.wrappedKey), 'base64')
    const { status, body } = JSON.parse(unseal(key, entry.answer).toString('utf8')) as { status: number; body: string }
    return this.apply(status, body)
  }

  private async apply(status: number, body: string): Promise<string> {
    const { deps } = this
    let answer
    try {
      answer = parseTokenAnswer(status, body, 'refresh')
    } catch (err) {
      // A refusal is final for this answer: nothing in the journal is worth replaying.
      deps.repo.dropJournal(deps.account.id)
      if (!(err instanceof CredentialError && err.problem === 'refresh_token')) throw err
      this.refused = this.interrupted
        ? new CredentialError('refresh_token', err, {
            message: 'the refresh token was refused after an interrupted refresh',
            apiMessage:
              'A token refresh was cut off before its answer was saved, so Baidu had already spent the refresh token. Re-authorize the smart program (or copy its new refresh token from the TP backend) into this account.'
          })
        : err
      throw this.refused
    }
    const token = await this.commit(answer)
    deps.onRefreshStep?.('committed')
    this.interrupted = false
    return token
  }
}

/** App Key / App Secret through client_credentials: developer tokens, about 30 days each. */
class CredentialsToken extends RenewingToken {
  protected async renew(): Promise<string> {
    const { deps } = this
    const url = clientCredentialsUrl(deps.account.baseUrl, await secret(deps, 'appKey'), await secret(deps, 'appSecret'))
    const { status, body } = await oauthBody(deps.fetch, url)
    return this.commit(parseTokenAnswer(status, body, 'client_credentials'))
  }
}

export function tokenProvider(deps: TokenSourceDeps): TokenProvider {
  switch (deps.account.kind) {
    case 'authorizer':
      return new FixedToken(deps, 'token')
    case 'tp':
      return new FixedToken(deps, 'tpToken')
    case 'tp-refresh':
      return new RefreshedToken(deps)
    case 'developer':
      return new CredentialsToken(deps)
  }
}
