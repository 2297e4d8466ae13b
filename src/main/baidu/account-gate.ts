// Per-account admission: at most N requests in flight, at most R started per second, and a pause
// after a quota error so the account is not hammered while Baidu says no.
import pLimit, { type LimitFunction } from 'p-limit'
import pThrottle from 'p-throttle'
import { ApiError } from './api-error'
import { raceAbort, sleep } from './abortable-sleep'

export interface GateOptions {
  concurrency: number
  requestsPerSecond: number
  now?: () => number
}

export class AccountGate {
  private readonly limit: LimitFunction
  private readonly throttle: () => Promise<void>
  private readonly now: () => number
  private pausedUntil = 0

  constructor(options: GateOptions) {
    this.limit = pLimit(options.concurrency)
    this.now = options.now ?? Date.now
    // p-throttle counts calls per window; a 1 s window with `rps` calls, or fewer calls per longer window.
    const perSecond = options.requestsPerSecond
    const [limit, interval] = perSecond >= 1 ? [Math.round(perSecond), 1000] : [1, Math.round(1000 / perSecond)]
    const throttled = pThrottle({ limit, interval, strict: true })(() => undefined)
    this.throttle = async () => {
      await throttled()
    }
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
      return task()
    })
  }
}
