// Retries for transient failures only: exponential backoff with full jitter, a cap, a run budget.
import { ApiError } from './api-error'
import { sleep } from './abortable-sleep'
import type { NetworkSettings } from './network-settings'

/** Retries a whole run may spend; shared by every request of that run. */
export class RetryBudget {
  private used = 0
  constructor(readonly limit: number) {}
  /** Takes one retry if any is left. */
  take(): boolean {
    if (this.used >= this.limit) return false
    this.used++
    return true
  }
  get spent(): number {
    return this.used
  }
}

export interface RetryInfo {
  attempt: number
  delayMs: number
  error: ApiError
}

export interface RetryContext {
  budget: RetryBudget
  signal?: AbortSignal
  onRetry?: (info: RetryInfo) => void
  /** Injected in tests for a deterministic jitter. */
  random?: () => number
}

/** Full jitter (AWS architecture blog): uniform in [0, min(cap, base · 2^retry)]. */
export function backoffDelay(retry: number, settings: Pick<NetworkSettings, 'backoffBaseMs' | 'backoffCapMs'>, random: () => number): number {
  const ceiling = Math.min(settings.backoffCapMs, settings.backoffBaseMs * 2 ** retry)
  return Math.floor(random() * ceiling)
}

export async function withRetry<T>(
  attempt: (n: number) => Promise<T>,
  settings: Pick<NetworkSettings, 'maxAttempts' | 'backoffBaseMs' | 'backoffCapMs'>,
  ctx: RetryContext
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n)
    } catch (err) {
      const retryable = err instanceof ApiError && err.retryable
      if (!retryable || n >= settings.maxAttempts || ctx.signal?.aborted || !ctx.budget.take()) throw err
      const delayMs = backoffDelay(n - 1, settings, ctx.random ?? Math.random)
      ctx.onRetry?.({ attempt: n, delayMs, error: err })
      try {
        await sleep(delayMs, ctx.signal)
      } catch (abort) {
        throw new ApiError({ code: 'cancelled', message: 'cancelled while waiting to retry', cause: abort })
      }
    }
  }
}
