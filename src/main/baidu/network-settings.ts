// How the client treats the network; user-editable settings later, these are the defaults.
import { z } from 'zod'

export const networkSettingsSchema = z.strictObject({
  /** Time to establish a TCP/TLS connection, ms. */
  connectTimeoutMs: z.number().int().min(100).max(120_000),
  /** Whole-request budget (connect, headers, body), ms. */
  timeoutMs: z.number().int().min(500).max(600_000),
  /** Tries per request, the first included, for transient failures. */
  maxAttempts: z.number().int().min(1).max(10),
  /** Backoff before retry k is uniform in [0, min(cap, base · 2^k)] (full jitter). */
  backoffBaseMs: z.number().int().min(0).max(60_000),
  backoffCapMs: z.number().int().min(0).max(600_000),
  /** Retries one run (a fetch, a sync) may spend in all, so a failing API is not hammered. */
  retryBudget: z.number().int().min(0).max(100_000),
  /** After a quota error (50029), the account's requests pause this long, ms. */
  quotaBackoffMs: z.number().int().min(0).max(3_600_000),
  /** Requests in flight at once, per account. */
  accountConcurrency: z.number().int().min(1).max(64),
  /** Requests started per second, per account. */
  accountRequestsPerSecond: z.number().min(0.1).max(1000)
})

export type NetworkSettings = z.infer<typeof networkSettingsSchema>

export const DEFAULT_NETWORK_SETTINGS: NetworkSettings = {
  connectTimeoutMs: 10_000,
  timeoutMs: 30_000,
  maxAttempts: 4,
  backoffBaseMs: 500,
  backoffCapMs: 15_000,
  retryBudget: 200,
  quotaBackoffMs: 60_000,
  accountConcurrency: 4,
  accountRequestsPerSecond: 20
}
