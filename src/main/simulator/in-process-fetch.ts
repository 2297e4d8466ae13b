// A fetch that reaches the simulator without a socket: the demo account's transport, and a fast
// one for tests. It goes through a real Request and Response so the client sees exactly what a
// network fetch would give it (status, headers, body parsing, abort behaviour).
import { delay } from './delay'
import type { SimRequest, Simulator } from './types'

export interface SimulatorFetchOptions {
  /** Added before every response; an abort during the wait rejects at once. */
  latencyMs?: number
}

/** Relative URLs ("/rest/2.0/…") are resolved against this; only the path and query matter. */
const SIMULATOR_ORIGIN = 'http://simulator.invalid'

async function toSimRequest(request: Request): Promise<SimRequest> {
  const url = new URL(request.url)
  const headers: Record<string, string> = {}
  request.headers.forEach((value, name) => {
    headers[name] = value
  })
  return { method: request.method, url: url.pathname + url.search, headers, body: await request.text() }
}

export function createSimulatorFetch(
  simulator: Simulator,
  { latencyMs = 0 }: SimulatorFetchOptions = {}
): typeof fetch {
  return async (input, init) => {
    const target = typeof input === 'string' ? new URL(input, SIMULATOR_ORIGIN) : input
    // Request applies fetch's own rules: body encoding, content-type for URLSearchParams, signal.
    const request = new Request(target, init)
    const signal = request.signal
    if (signal.aborted) throw signal.reason
    const answer = await simulator.handle(await toSimRequest(request))
    await delay(latencyMs, signal)
    if (signal.aborted) throw signal.reason
    return new Response(answer.body, { status: answer.status, headers: answer.headers })
  }
}
