// The simulator on a real socket, for tests and tools that exercise the client's HTTP stack: the
// delivery faults (resets, slow bodies) happen on the wire here, and a spawned simulator is driven
// through POST /__simulator/control (loopback only).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CONTROL_PATH, isLoopbackAddress, isLoopbackHost, runControlBody } from './control-http'
import { delay } from './delay'
import { chunksOf } from './delivery'
import type { SimRequest, SimResponse, Simulator } from './types'

export interface SimulatorServerOptions {
  simulator: Simulator
  /** 0 picks a free port. */
  port?: number
  host?: string
  /** Added before every response, to make timeouts and progress observable. */
  latencyMs?: number
  /** Serve POST /__simulator/control to loopback callers (default true). */
  control?: boolean
}

export interface SimulatorServer {
  /** Origin without a trailing slash, e.g. "http://127.0.0.1:53124". */
  url: string
  port: number
  close(): Promise<void>
}

async function readRequest(req: IncomingMessage): Promise<SimRequest> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return {
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    headers,
    body: Buffer.concat(chunks).toString('utf8')
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body))
}

async function serveControl(simulator: Simulator, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!isLoopbackAddress(req.socket.remoteAddress) || !isLoopbackHost(req.headers.host)) {
    return sendJson(res, 403, { ok: false, error: 'the control API answers loopback callers only' })
  }
  if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: 'POST a JSON command' })
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
    return sendJson(res, 415, { ok: false, error: 'content-type must be application/json' })
  }
  const { body } = await readRequest(req)
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return sendJson(res, 400, { ok: false, error: 'the body is not JSON' })
  }
  const answer = runControlBody(simulator.control, parsed)
  sendJson(res, answer.status, answer.body)
}

/** Writes the answer, misdelivering it as a delivery fault says. */
async function deliver(req: IncomingMessage, res: ServerResponse, answer: SimResponse, signal: AbortSignal): Promise<void> {
  const bytes = Buffer.from(answer.body, 'utf8')
  const headers = { ...answer.headers, 'content-length': String(bytes.length) }
  const delivery = answer.delivery
  if (delivery?.kind === 'reset') {
    // RST rather than FIN, so the client sees ECONNRESET, not a tidy end of stream.
    if (delivery.afterBytes === 0) return void req.socket.resetAndDestroy()
    res.writeHead(answer.status, headers)
    res.write(bytes.subarray(0, delivery.afterBytes), () => res.socket?.resetAndDestroy())
    return
  }
  if (delivery?.kind === 'slow') {
    res.writeHead(answer.status, headers)
    res.flushHeaders()
    const chunks = chunksOf(bytes)
    for (const chunk of chunks) {
      await delay(delivery.durationMs / chunks.length, signal)
      res.write(chunk)
    }
    res.end()
    return
  }
  res.writeHead(answer.status, headers).end(bytes)
}

export async function startSimulatorServer({
  simulator,
  port = 0,
  host = '127.0.0.1',
  latencyMs = 0,
  control = true
}: SimulatorServerOptions): Promise<SimulatorServer> {
  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Stop waiting out the latency when the client has gone (or close() dropped the socket).
    const gone = new AbortController()
    res.once('close', () => gone.abort())
    try {
      if (control && new URL(req.url ?? '/', 'http://simulator.invalid').pathname === CONTROL_PATH) {
        return await serveControl(simulator, req, res)
      }
      const answer = await simulator.handle(await readRequest(req))
      await delay(latencyMs + (answer.delayMs ?? 0), gone.signal)
      await deliver(req, res, answer, gone.signal)
    } catch (error) {
      if (gone.signal.aborted || res.headersSent) return
      // A simulator bug, not an API behaviour: say so plainly instead of hanging the client.
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error))
    }
  }

  const server = createServer((req, res) => void serve(req, res))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const bound = (server.address() as AddressInfo).port
  const hostInUrl = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${hostInUrl}:${bound}`,
    port: bound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // close() alone would wait for requests in flight (e.g. during latency) to finish.
        server.closeAllConnections()
      })
  }
}
