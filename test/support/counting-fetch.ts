// A fetch wrapper that records every request, to assert how many calls (and which) were made.
import type { FetchLike } from '../../src/main/baidu'

export interface CountingFetch {
  fetch: FetchLike
  calls: { url: URL; body: URLSearchParams }[]
  maxInFlight: number
}

export function countingFetch(inner: FetchLike): CountingFetch {
  let inFlight = 0
  const counter: CountingFetch = {
    calls: [],
    maxInFlight: 0,
    fetch: async (url, init) => {
      counter.calls.push({ url: new URL(url), body: new URLSearchParams(typeof init.body === 'string' ? init.body : '') })
      inFlight++
      counter.maxInFlight = Math.max(counter.maxInFlight, inFlight)
      try {
        return await inner(url, init)
      } finally {
        inFlight--
      }
    }
  }
  return counter
}

/** The start_index of each recorded call, in call order. */
export function startIndexes(counter: CountingFetch): number[] {
  return counter.calls.map((c) => Number(c.body.get('start_index') ?? c.url.searchParams.get('start_index')))
}
