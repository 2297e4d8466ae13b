// The browser host: the built renderer and the same contract over HTTP, on 127.0.0.1 only.
import { randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Core } from '../core'
import { contentSecurityPolicy, SECURITY_HEADERS } from '../csp'
import { dispatch } from '../dispatch'
import { ExportJobs, tempTarget } from '../export'
import { createHandlers, type HostServices } from '../handlers'
import { resolveStaticFile } from '../static-files'
import { DownloadShelf } from './downloads'
import { EventHub } from './event-hub'
import { hostAllowed, keyMatches, originAllowed } from './request-guard'

export interface WebHostOptions {
  core: Core
  rendererDir: string
  /** 0 picks a free port. */
  port?: number
  /** The per-run secret; random unless a test fixes it. */
  key?: string
  /** How often to re-check that the API is reachable, ms. */
  connectivityProbeMs?: number
}

export interface WebHost {
  /** The address to open, carrying the key once. */
  url: string
  origin: string
  port: number
  key: string
  close(): Promise<void>
}

const MAX_BODY_BYTES = 1024 * 1024
const CALL_PREFIX = '/api/call/'

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...SECURITY_HEADERS })
  res.end(body)
}

function sendJson(res: ServerResponse, value: unknown): void {
  send(res, 200, JSON.stringify(value), 'application/json; charset=utf-8')
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { core } = options
  const key = options.key ?? randomBytes(24).toString('base64url')
  const csp = contentSecurityPolicy()
  const events = new EventHub()
  const downloads = new DownloadShelf(core.now)
  const host: HostServices = {
    kind: 'web',
    saveExport: async (file) => ({ status: 'download', fileName: file.fileName, url: `/download/${downloads.put(file)}` }),
    // Exports stream into a private temp folder; the finished file is served once, then deleted.
    prepareExport: (fileName, mime) =>
      tempTarget(fileName, async (path, dir) => ({ status: 'download', fileName, url: `/download/${downloads.putFile({ fileName, mime, path, dir })}` }), { keepAfterDone: true }),
    openExternal: async () => false
  }
  const jobs = new ExportJobs({ source: core, host, logger: core.logger })
  const handlers = createHandlers(core, host, jobs)
  const context = { emit: events.emit.bind(events) }
  const unsubscribe = core.subscribe(context.emit)
  const stopWatching = core.connectivity.watch(options.connectivityProbeMs ?? 30_000)
  let port = 0

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!hostAllowed(req, port)) return send(res, 421, 'Misdirected request')
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`)

    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/download/')) {
      if (!originAllowed(req)) return send(res, 403, 'Forbidden')
    }
    if (req.method === 'POST' && url.pathname.startsWith(CALL_PREFIX)) {
      if (!keyMatches(req.headers['x-swanboard-key'] as string | undefined, key)) return send(res, 401, 'Unauthorized')
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Unsupported media type')
      const body = await readBody(req)
      if (body === null) return send(res, 413, 'Payload too large')
      let payload: { input?: unknown }
      try {
        payload = body === '' ? {} : (JSON.parse(body) as { input?: unknown })
      } catch {
        return sendJson(res, { ok: false, code: 'invalid_input', message: 'body is not JSON', retryable: false })
      }
      const channel = decodeURIComponent(url.pathname.slice(CALL_PREFIX.length))
      return sendJson(res, await dispatch(handlers, channel, payload?.input, context, core.logger))
    }
    if (req.method === 'GET' && url.pathname === '/api/events') {
      if (!keyMatches(url.searchParams.get('k'), key)) return send(res, 401, 'Unauthorized')
      return events.attach(res)
    }
    if (req.method === 'GET' && url.pathname.startsWith('/download/')) {
      const file = downloads.take(url.pathname.slice('/download/'.length))
      if (!file) return send(res, 404, 'Not found')
      const headers = (length: number) => ({
        'content-type': file.mime,
        'content-length': length,
        'content-disposition': `attachment; filename="export.${file.fileName.split('.').pop() ?? 'xlsx'}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'cache-control': 'no-store',
        ...SECURITY_HEADERS
      })
      if (file.kind === 'memory') {
        res.writeHead(200, headers(file.content.byteLength))
        return void res.end(file.content)
      }
      try {
        const size = (await stat(file.path)).size
        res.writeHead(200, headers(size))
        const stream = createReadStream(file.path)
        await new Promise<void>((resolve) => {
          res.once('close', () => (stream.destroy(), resolve()))
          stream.once('error', () => (res.destroy(), resolve()))
          stream.pipe(res)
        })
      } finally {
        await downloads.release(file)
      }
      return
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      const file = await resolveStaticFile(options.rendererDir, url.pathname)
      if (!file) return send(res, 404, 'Not found')
      res.writeHead(200, { 'content-type': file.mime, 'content-security-policy': csp, ...SECURITY_HEADERS })
      return void res.end(req.method === 'HEAD' ? undefined : await readFile(file.path))
    }
    send(res, 405, 'Method not allowed')
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      core.logger.log('error', 'web host request failed', err)
      if (!res.headersSent) send(res, 500, 'Internal error')
      else res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  const origin = `http://127.0.0.1:${port}`
  return {
    url: `${origin}/?k=${key}`,
    origin,
    port,
    key,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe()
        stopWatching()
        void jobs.cancelAll().then(() => downloads.clear())
        downloads.clear()
        events.closeAll()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
