// Everything needed to reach Baidu as one account: base URL, transport, token, admission gate.
import { AccountGate } from './account-gate'
import { ApiError } from './api-error'
import type { NetworkSettings } from './network-settings'
import { withRetry, type RetryBudget, type RetryInfo } from './retry'
import { callApi, type ApiRequest, type ApiResponse, type FetchLike } from './transport'

export interface TokenProvider {
  /** The access token to use now (refreshed first when it is about to expire). */
  get(): Promise<string>
  /** Baidu refused `token` as expired or invalid: true when a fresh one is ready for one more try. */
  rejected?(token: string, error: ApiError): Promise<boolean>
}

/** Where an access token comes from: a fixed token's getter, or a provider that can refresh. */
export type TokenSource = TokenProvider | (() => Promise<string>)

/** Told how each call ended, after retries (an account's health). */
export interface CallObserver {
  ok(): void
  failed(error: ApiError): void
}

export interface Connection {
  readonly baseUrl: string
  readonly fetch: FetchLike
  readonly token: TokenProvider
  readonly gate: AccountGate
  readonly settings: NetworkSettings
  observer?: CallObserver
}

export interface ConnectionOptions {
  baseUrl: string
  fetch: FetchLike
  token: TokenSource
  settings: NetworkSettings
  now?: () => number
  observer?: CallObserver
}

// Expired (44003) or failed authentication (44004), and the gateway's invalid/expired (110/111):
// worth one refresh. A revoked authorization (44002) is not: a person must re-authorize.
const REFRESHABLE = new Set([44003, 44004, 110, 111])

export function createConnection(options: ConnectionOptions): Connection {
  const { settings } = options
  return {
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    token: typeof options.token === 'function' ? { get: options.token } : options.token,
    observer: options.observer,
    settings,
    gate: new AccountGate({ concurrency: settings.accountConcurrency, requestsPerSecond: settings.accountRequestsPerSecond, now: options.now })
  }
}

/** One run (a fetch, a sync): its retry budget, cancellation and observers. */
export interface RunContext {
  budget: RetryBudget
  signal?: AbortSignal
  onRetry?: (info: RetryInfo & { endpoint: string }) => void
  /** Every HTTP attempt, for counting in tests and benchmarks. */
  onAttempt?: (endpoint: string) => void
  random?: () => number
}

/** One API call through the account's gate, retried when the failure is transient. */
export async function request(conn: Connection, req: Omit<ApiRequest, 'token' | 'signal'>, run: RunContext): Promise<ApiResponse> {
  const transport = { baseUrl: conn.baseUrl, fetch: conn.fetch, timeoutMs: conn.settings.timeoutMs }
  let refreshed = false
  try {
    const response = await withRetry(
      () =>
        conn.gate.run(async () => {
          run.onAttempt?.(req.endpoint)
          const token = await conn.token.get()
          try {
            return await callApi(transport, { ...req, token, signal: run.signal })
          } catch (err) {
            // Quota: stop this account for a while (do not hammer) and surface the error.
            if (err instanceof ApiError && err.code === 'quota') conn.gate.pause(conn.settings.quotaBackoffMs)
            // An expired or refused token: refresh once (single-flight in the provider) and try again.
            if (!refreshed && err instanceof ApiError && REFRESHABLE.has(err.errno ?? -1) && (await conn.token.rejected?.(token, err))) {
              refreshed = true
              run.onAttempt?.(req.endpoint)
              return await callApi(transport, { ...req, token: await conn.token.get(), signal: run.signal })
            }
            throw err
          }
        }, run.signal),
      conn.settings,
      { budget: run.budget, signal: run.signal, random: run.random, onRetry: (info) => run.onRetry?.({ ...info, endpoint: req.endpoint }) }
    )
    conn.observer?.ok()
    return response
  } catch (err) {
    if (err instanceof ApiError && err.code !== 'cancelled') conn.observer?.failed(err)
    throw err
  }
}
