// Everything needed to reach Baidu as one account: base URL, transport, token, admission gate.
import { AccountGate } from './account-gate'
import { ApiError } from './api-error'
import type { NetworkSettings } from './network-settings'
import { withRetry, type RetryBudget, type RetryInfo } from './retry'
import { callApi, type ApiRequest, type ApiResponse, type FetchLike } from './transport'

/** Where an access token comes from; a refreshing source slots in here (accounts). */
export type TokenSource = () => Promise<string>

export interface Connection {
  readonly baseUrl: string
  readonly fetch: FetchLike
  readonly token: TokenSource
  readonly gate: AccountGate
  readonly settings: NetworkSettings
}

export interface ConnectionOptions {
  baseUrl: string
  fetch: FetchLike
  token: TokenSource
  settings: NetworkSettings
  now?: () => number
}

export function createConnection(options: ConnectionOptions): Connection {
  const { settings } = options
  return {
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    token: options.token,
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
export function request(conn: Connection, req: Omit<ApiRequest, 'token' | 'signal'>, run: RunContext): Promise<ApiResponse> {
  return withRetry(
    () =>
      conn.gate.run(async () => {
        run.onAttempt?.(req.endpoint)
        try {
          const token = await conn.token()
          return await callApi({ baseUrl: conn.baseUrl, fetch: conn.fetch, timeoutMs: conn.settings.timeoutMs }, { ...req, token, signal: run.signal })
        } catch (err) {
          // Quota: stop this account for a while (do not hammer) and surface the error.
          if (err instanceof ApiError && err.code === 'quota') conn.gate.pause(conn.settings.quotaBackoffMs)
          throw err
        }
      }, run.signal),
    conn.settings,
    { budget: run.budget, signal: run.signal, random: run.random, onRetry: (info) => run.onRetry?.({ ...info, endpoint: req.endpoint }) }
  )
}
