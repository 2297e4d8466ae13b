// Every request the core's accounts send (the demo simulator included), so the tabs benchmark can
// prove a switch was answered from the cache: one request during a measured switch fails the run.
import type { CoreOptions } from '../../src/main/core'

export interface RequestLog {
  /** For createCore: records each request, then sends it. */
  wrapFetch: NonNullable<CoreOptions['wrapFetch']>
  readonly requests: readonly string[]
  /** Runs `switching`; throws, naming the requests, if any went out meanwhile. */
  offline<T>(what: string, switching: () => Promise<T>): Promise<T>
}

export function requestLog(): RequestLog {
  const requests: string[] = []
  return {
    requests,
    wrapFetch: (fetch, account) => (url, init) => {
      requests.push(`${account.id} ${init.method ?? 'GET'} ${new URL(url).pathname}`)
      return fetch(url, init)
    },
    async offline(what, switching) {
      const before = requests.length
      const result = await switching()
      const sent = requests.slice(before)
      if (sent.length > 0) throw new Error(`${what} was not answered from the cache: ${sent.length} network request(s): ${sent.slice(0, 5).join('; ')}`)
      return result
    }
  }
}
