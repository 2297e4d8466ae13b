// Whether Baidu's API is reachable, as the latest requests found it.
import type { ErrorCode } from '../shared/errors'
import type { Connectivity } from '../shared/sync'

export class ConnectivityMonitor {
  private state: Connectivity

  constructor(private readonly now: () => number, private readonly onChange: (state: Connectivity) => void = () => undefined) {
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
}
