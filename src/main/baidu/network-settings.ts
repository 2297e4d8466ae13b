// How the client treats the network. The per-account limits are user settings (AppSettings) and
// take their defaults from there; the rest are fixed policy.
import { DEFAULT_APP_SETTINGS } from '../../shared/sync'

export interface NetworkSettings {
  /** Time to establish a TCP/TLS connection, ms. */
  connectTimeoutMs: number
  /** Whole-request budget (connect, headers, body), ms. */
  timeoutMs: number
  /** Tries per request, the first included, for transient failures. */
  maxAttempts: number
  /** Backoff before retry k is uniform in [0, min(cap, base · 2^k)] (full jitter). */
  backoffBaseMs: number
  backoffCapMs: number
  /** Retries one run (a fetch, a sync) may spend in all, so a failing API is not hammered. */
  retryBudget: number
  /** After a quota error (50029), the account's requests pause this long, ms. */
  quotaBackoffMs: number
  /** Requests in flight at once, per account. */
  accountConcurrency: number
  /** Requests started per second, per account. */
  accountRequestsPerSecond: number
}

export const DEFAULT_NETWORK_SETTINGS: NetworkSettings = {
  connectTimeoutMs: 10_000,
  timeoutMs: 30_000,
  maxAttempts: 4,
  backoffBaseMs: 500,
  backoffCapMs: 15_000,
  retryBudget: 200,
  quotaBackoffMs: 60_000,
  accountConcurrency: DEFAULT_APP_SETTINGS.accountConcurrency,
  accountRequestsPerSecond: DEFAULT_APP_SETTINGS.accountRequestsPerSecond
}
