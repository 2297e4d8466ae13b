// Whether Baidu's API is reachable: as the latest requests found it, and by a cheap probe (a HEAD
// to each API host — not an API call, so no quota) when nothing else would tell.
import type { ErrorCode } from '../shared/errors'
import type { Connectivity } from '../shared/sync'

/** Resolves to null when some API host answered (with anything), else why none did. */
export type Probe = () => Promise<ErrorCode | null>

const PROBE_TIMEOUT_MS = 3000

export class ConnectivityMonitor {
  private state: Connectivity
  private inFlight: Promise<Connectivity> | null = null
  private timer: ReturnType<typeof setInterval> | undefined

  constructor(
    private readonly now: () => number,
    private readonly onChange: (state: Connectivity) => void = () => undefined,
    private readonly probe: Probe = async () => null
  ) {
    this.state = { online: true, since: now(), reason: null }
  }

  get current(): Connectivity {
    return this.state
  }

  /** A request outcome: null for an answer from Baidu (even an error answer), else why it failed. */
  report(error: ErrorCode | null): void {
    const online = error === null
    if (online === this.state.online) return
    this.state = { online, since: this.now(), reason: online ? null : error }
    this.onChange(this.state)
  }

  /** Probes now (one probe at a time); the result also arrives through onChange when it changes. */
  check(): Promise<Connectivity> {
    this.inFlight ??= this.probe()
      .then((error) => this.report(error))
      .catch(() => this.report('network'))
      .then(() => this.state)
      .finally(() => (this.inFlight = null))
    return this.inFlight
  }

  /** Probes every `intervalMs` until stopped (desktop and browser hosts; never keeps a CLI alive). */
  watch(intervalMs: number): () => void {
    clearInterval(this.timer)
    this.timer = setInterval(() => void this.check(), intervalMs)
    this.timer.unref?.()
    return () => clearInterval(this.timer)
  }
}

/** A probe over the accounts' API hosts: reachable if any of them answers at all. */
export function hostProbe(targets: () => { baseUrl: string; fetch: (url: string, init: RequestInit) => Promise<Response> }[]): Probe {
  return async () => {
    const distinct = [...new Map(targets().map((t) => [t.baseUrl, t])).values()]
    if (distinct.length === 0) return null
    const results = await Promise.all(
      distinct.map(async ({ baseUrl, fetch }) => {
        try {
          const response = await fetch(baseUrl, { method: 'HEAD', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) })
          await response.body?.cancel()
          return null
        } catch (err) {
          return (err as { name?: string }).name === 'TimeoutError' ? ('timeout' as const) : ('network' as const)
        }
      })
    )
    return results.includes(null) ? null : results[0]!
  }
}
