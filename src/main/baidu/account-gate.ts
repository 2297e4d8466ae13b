// Per-account admission: at most N requests in flight, at most R started per second, a pause after
// a quota error so the account is not hammered while Baidu says no, and optionally a limit shared
// by every account (a sync's global concurrency).
import pLimit, { type LimitFunction } from 'p-limit'
import pThrottle from 'p-throttle'
import { ApiError } from './api-error'
import { raceAbort, sleep } from './abortable-sleep'

export interface GateOptions {
  concurrency: number
  requestsPerSecond: number
  now?: () => number
  /** A limit shared with other accounts' gates. */
  global?: LimitFunction
}

function throttleFor(perSecond: number): () => Promise<void> {
  // p-throttle counts calls per window: `rps` calls per second, or one call per longer window.
  const [limit, interval] = perSecond >= 1 ? [Math.round(perSecond), 1000] : [1, Math.round(1000 / perSecond)]
  const throttled = pThrottle({ limit, interval, strict: true })(() => undefined)
  return async () => {
    await throttled()
  }
}

export class AccountGate {
  private readonly limit: LimitFunction
  private throttle: () => Promise<void>
  private readonly now: () => number
  private global: LimitFunction | undefined
  private pausedUntil = 0

  constructor(options: GateOptions) {
    this.limit = pLimit(options.concurrency)
    this.throttle = throttleFor(options.requestsPerSecond)
    this.now = options.now ?? Date.now
    this.global = options.global
  }

  /** Applies new limits to requests not yet admitted. */
  configure(options: { concurrency?: number; requestsPerSecond?: number; global?: LimitFunction }): void {
    if (options.concurrency !== undefined) this.limit.concurrency = options.concurrency
    if (options.requestsPerSecond !== undefined) this.throttle = throttleFor(options.requestsPerSecond)
    if (options.global !== undefined) this.global = options.global
  }

  /** Requests waiting for a slot. */
  get pending(): number {
    return this.limit.pendingCount
  }

  get active(): number {
    return this.limit.activeCount
  }

  /** Holds every request of this account until `ms` from now (quota back-off). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms)
  }

  get pausedFor(): number {
    return Math.max(0, this.pausedUntil - this.now())
  }

  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return this.limit(async () => {
      const cancelled = (cause: unknown) => new ApiError({ code: 'cancelled', message: 'cancelled while queued', cause })
      if (signal?.aborted) throw cancelled(signal.reason)
      try {
        while (this.pausedFor > 0) await sleep(this.pausedFor, signal)
        await raceAbort(this.throttle(), signal)
      } catch (err) {
        throw cancelled(err)
      }
      const global = this.global
      if (!global) return task()
      // The account slot is taken first, then the shared one: one order for every gate, so no cycle.
      return global(async () => {
        if (signal?.aborted) throw cancelled(signal.reason)
        return task()
      })
    })
  }
}
