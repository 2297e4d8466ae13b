// A fetch that reaches the simulator without a socket: the demo account's transport, and a fast
// one for tests. It goes through a real Request and Response so the client sees exactly what a
// network fetch would give it (status, headers, body parsing, abort behaviour), and delivery faults
// fail the way undici fails: a reset before the headers rejects with TypeError("fetch failed"), one
// part-way through errors the body stream with TypeError("terminated"), both caused by ECONNRESET;
// a slow body arrives piece by piece.
import { delay } from './delay'
import { chunksOf, connectionReset } from './delivery'
import type { SimRequest, SimResponse, Simulator } from './types'

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

function bodyOf(answer: SimResponse, signal: AbortSignal): string | ReadableStream<Uint8Array> {
  const delivery = answer.delivery
  if (!delivery) return answer.body
  const bytes = new TextEncoder().encode(answer.body)
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      if (delivery.kind === 'reset') {
        controller.enqueue(bytes.subarray(0, delivery.afterBytes))
        controller.error(new TypeError('terminated', { cause: connectionReset() }))
        return
      }
      const chunks = chunksOf(bytes)
      try {
        for (const chunk of chunks) {
          await delay(delivery.durationMs / chunks.length, signal)
          controller.enqueue(chunk)
        }
        controller.close()
      } catch (error) {
        controller.error(error)
      }
    }
  })
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
    await delay(latencyMs + (answer.delayMs ?? 0), signal)
    if (signal.aborted) throw signal.reason
    if (answer.delivery?.kind === 'reset' && answer.delivery.afterBytes === 0) {
      throw new TypeError('fetch failed', { cause: connectionReset() })
    }
    return new Response(bodyOf(answer, signal), { status: answer.status, headers: answer.headers })
  }
}
