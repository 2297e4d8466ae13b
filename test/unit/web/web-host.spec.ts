// The browser host answers only its own page: loopback host, same origin, per-run key.
import { request } from 'node:http'
import { mkdirSync, writeFileSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { connect, Server, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createCore } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'
import { startWebHost, type WebHost } from '../../../src/main/web'
import { tempDir } from '../../support/temp'

const NOW = Date.UTC(2026, 10, 21, 4)
const core = createCore({ dbPath: ':memory:', logger: silentLogger, now: () => NOW })
let host: WebHost
/** The host's own server, caught as it starts listening, so the test reads the bound address. */
let server: Server

beforeAll(async () => {
  const dir = tempDir()
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>')
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(dir, '..', 'outside.html'), 'secret')
  const listen = vi.spyOn(Server.prototype, 'listen')
  try {
    host = await startWebHost({ core, rendererDir: dir })
    server = listen.mock.contexts[0] as Server
  } finally {
    listen.mockRestore()
  }
})
afterAll(async () => {
  await host.close()
  core.close()
})

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

function call(channel: string, input: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return raw(`/api/call/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-swanboard-key': host.key, origin: host.origin, ...headers },
    body: JSON.stringify({ input })
  })
}

const json = (a: Answer) => JSON.parse(a.body.toString('utf8')) as Record<string, unknown>

describe('browser host', () => {
  it('listens on loopback only and prints a URL carrying the key', async () => {
    expect(server.address()).toEqual({ address: '127.0.0.1', family: 'IPv4', port: host.port } satisfies AddressInfo)
    // This machine's other addresses, if it has any, refuse the port.
    const outside = Object.values(networkInterfaces()).flat().filter((i) => i && !i.internal && i.family === 'IPv4')
    for (const i of outside) {
      const refused = await new Promise<string>((done) => {
        const socket = connect(host.port, i!.address, () => {
          socket.destroy()
          done('connected')
        })
        socket.on('error', (e: NodeJS.ErrnoException) => done(e.code ?? 'error'))
      })
      expect(refused, i!.address).toBe('ECONNREFUSED')
    }
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?k=${host.key}`)
    expect(host.key.length).toBeGreaterThanOrEqual(32)
  })

  it('serves the renderer with the CSP and nothing outside it', async () => {
    const page = await raw('/')
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect((await raw('/assets/app.js')).headers['content-type']).toContain('javascript')
    for (const path of ['/../outside.html', '/%2e%2e/outside.html', '/assets/../../outside.html', '/nope.js']) {
      expect((await raw(path)).status, path).toBe(404)
    }
  })

  it('answers a call from its own page', async () => {
    const answer = await call('app:info', undefined)
    expect(answer.status).toBe(200)
    expect(json(answer)).toMatchObject({ ok: true, data: { host: 'web' } })
  })

  it('refuses a call without the key, with a wrong key, or from another origin', async () => {
    expect((await call('app:info', undefined, { 'x-swanboard-key': '' })).status).toBe(401)
    expect((await call('app:info', undefined, { 'x-swanboard-key': host.key.slice(1) + 'x' })).status).toBe(401)
    expect((await call('app:info', undefined, { origin: 'http://evil.example' })).status).toBe(403)
    expect((await call('app:info', undefined, { origin: 'null' })).status).toBe(403)
    expect((await call('app:info', undefined, { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
  })

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    expect((await raw('/', { headers: { host: `evil.example:${host.port}` } })).status).toBe(421)
    expect((await call('app:info', undefined, { host: `evil.example:${host.port}`, origin: `http://evil.example:${host.port}` })).status).toBe(421)
  })

  it('refuses non-JSON and oversized bodies', async () => {
    expect((await call('app:info', undefined, { 'content-type': 'text/plain' })).status).toBe(415)
    const big = await raw('/api/call/app%3Ainfo', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-swanboard-key': host.key },
      body: 'x'.repeat(1024 * 1024 + 10)
    })
    expect(big.status).toBe(413)
  })

  it('validates input like the IPC path does', async () => {
    expect(json(await call('reports:get', { accountId: 'x', report: 'trend', variant: { gran: 'year' }, from: '20190401', to: '20190401' }))).toMatchObject({ ok: false, code: 'invalid_input' })
    expect(json(await call('nope:nope', undefined))).toMatchObject({ ok: false, code: 'not_found' })
  })

  it('streams events only with the key', async () => {
    expect((await raw('/api/events')).status).toBe(401)
    expect((await raw(`/api/events?k=wrong`)).status).toBe(401)
  })

  it('refuses to open links that are not allow-listed https', async () => {
    expect(json(await call('shell:open-external', { url: 'https://smartprogram.baidu.com/docs/' }))).toEqual({ ok: true, data: { opened: false } })
    expect(json(await call('shell:open-external', { url: 'http://smartprogram.baidu.com/' }))).toMatchObject({ ok: false, code: 'forbidden' })
    expect(json(await call('shell:open-external', { url: 'https://evil.example/' }))).toMatchObject({ ok: false, code: 'forbidden' })
  })
})
