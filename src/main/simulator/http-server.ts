// The simulator on a real socket, for tests and tools that exercise the client's HTTP stack.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { delay } from './delay'
import type { SimRequest, Simulator } from './types'

export interface SimulatorServerOptions {
  simulator: Simulator
  /** 0 picks a free port. */
  port?: number
  host?: string
  /** Added before every response, to make timeouts and progress observable. */
  latencyMs?: number
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

export async function startSimulatorServer({
  simulator,
  port = 0,
  host = '127.0.0.1',
  latencyMs = 0
}: SimulatorServerOptions): Promise<SimulatorServer> {
  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Stop waiting out the latency when the client has gone (or close() dropped the socket).
    const gone = new AbortController()
    res.once('close', () => gone.abort())
    try {
      const answer = await simulator.handle(await readRequest(req))
      await delay(latencyMs, gone.signal)
      res.writeHead(answer.status, answer.headers).end(answer.body)
    } catch (error) {
      if (gone.signal.aborted) return
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
