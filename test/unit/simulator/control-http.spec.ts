// POST /__simulator/control: driving a simulator in another process.
import { request as httpRequest } from 'node:http'
import { networkInterfaces } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import { CONTROL_PATH, isLoopbackAddress, isLoopbackHost } from '../../../src/main/simulator/control-http'
import { startSimulatorServer, type SimulatorServer } from '../../../src/main/simulator/http-server'
import { APPS, dataRequest, dates, simAt } from './sim-client'

const TREND = dataRequest('getanalysisusertrend', { ...dates('20250101', '20250110'), gran: 'day' })
let server: SimulatorServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

async function control(origin: string, body: unknown, contentType = 'application/json'): Promise<{ status: number; json: { ok: boolean; result?: unknown; error?: string } }> {
  const res = await fetch(`${origin}${CONTROL_PATH}`, { method: 'POST', headers: { 'content-type': contentType }, body: JSON.stringify(body) })
  return { status: res.status, json: (await res.json()) as { ok: boolean; result?: unknown; error?: string } }
}

const errnoOf = async (origin: string, token = APPS[0]!.token): Promise<number> => {
  const url = TREND.url.replace(APPS[0]!.token, token)
  return ((await (await fetch(`${origin}${url}`, { method: 'POST' })).json()) as { errno: number }).errno
}

/** A non-loopback IPv4 address of this machine, if it has one. */
const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address

describe('the HTTP control API', () => {
  it('runs commands and batches: faults, token states, whitelist, refresh tokens, stats', async () => {
    server = await startSimulatorServer({ simulator: simAt() })
    const origin = server.url
    expect((await control(origin, { command: 'failNext', kind: 'errno5000', count: 1, endpoint: 'getanalysisusertrend' })).json).toEqual({ ok: true, result: null })
    expect(await errnoOf(origin)).toBe(5000)
    expect(await errnoOf(origin)).toBe(0)
    await control(origin, [{ command: 'expireToken', token: APPS[0]!.token }, { command: 'revokeToken', token: APPS[1]!.token }])
    expect(await errnoOf(origin)).toBe(44003)
    expect(await errnoOf(origin, APPS[1]!.token)).toBe(44002)
    await control(origin, { command: 'setIpWhitelisted', whitelisted: false })
    expect(await errnoOf(origin, APPS[2]!.token)).toBe(40008)
    const issued = await control(origin, { command: 'issueRefreshToken', appId: APPS[3]!.appId })
    expect(issued.json.result).toMatch(/^46\./)
    await control(origin, { command: 'setFaultSpec', spec: 'http500:x1' })
    expect((await fetch(`${origin}${TREND.url}`, { method: 'POST' })).status).toBe(500)
    const stats = (await control(origin, { command: 'stats' })).json.result as { requests: Record<string, number>; faults: Record<string, number> }
    expect(stats.requests['getanalysisusertrend']).toBe(6)
    expect(stats.faults).toEqual({ errno5000: 1, http500: 1 })
    const info = (await control(origin, { command: 'tokenInfo', token: APPS[0]!.token })).json.result as { kind: string }
    expect(info.kind).toBe('authorizer')
  })

  it('refuses bad commands (running none of a batch), other content types and methods', async () => {
    const sim = simAt()
    server = await startSimulatorServer({ simulator: sim })
    const bad = await control(server.url, [{ command: 'failNext', kind: 'http500' }, { command: 'explode' }])
    expect(bad.status).toBe(400)
    expect(bad.json.ok).toBe(false)
    expect((await sim.handle(TREND)).status).toBe(200)
    expect((await control(server.url, { command: 'issueRefreshToken', appId: 'nobody' })).status).toBe(400)
    expect((await control(server.url, { command: 'stats' }, 'text/plain')).status).toBe(415)
    expect((await fetch(`${server.url}${CONTROL_PATH}`)).status).toBe(405)
  })

  it('refuses a request whose Host is not this machine (DNS rebinding)', async () => {
    server = await startSimulatorServer({ simulator: simAt() })
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${server!.url}${CONTROL_PATH}`, { method: 'POST', headers: { host: 'evil.example', 'content-type': 'application/json' } }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.end('{"command":"stats"}')
    })
    expect(status).toBe(403)
  })

  it.skipIf(externalAddress === undefined)('refuses callers that are not on loopback', async () => {
    server = await startSimulatorServer({ simulator: simAt(), host: '0.0.0.0' })
    const origin = `http://${externalAddress}:${server.port}`
    // Host says localhost, so only the caller's address can give it away.
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${origin}${CONTROL_PATH}`, { method: 'POST', headers: { host: 'localhost', 'content-type': 'application/json' } }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.end('{"command":"stats"}')
    })
    expect(status).toBe(403)
    // The API itself is served to anyone who can reach it.
    expect(await errnoOf(origin)).toBe(0)
  })

  it('is not served when switched off, nor by the in-process handler', async () => {
    const sim = simAt()
    server = await startSimulatorServer({ simulator: sim, control: false })
    expect((await control(server.url, { command: 'stats' })).status).toBe(404)
    expect((await sim.handle({ method: 'POST', url: CONTROL_PATH, headers: {}, body: '{"command":"stats"}' })).status).toBe(404)
  })
})

describe('loopback checks', () => {
  it('knows loopback addresses, IPv4-mapped ones included', () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(a)).toBe(true)
    for (const a of [undefined, '', '10.0.0.5', '192.168.1.2', '::ffff:10.0.0.1', 'fe80::1', '128.0.0.1', '1270.0.0.1']) expect(isLoopbackAddress(a)).toBe(false)
  })

  it('knows loopback Host headers', () => {
    for (const h of [undefined, '', 'localhost', 'localhost:8790', '127.0.0.1:80', '[::1]:8790', '[::1]']) expect(isLoopbackHost(h)).toBe(true)
    for (const h of ['evil.example', 'evil.example:8790', 'localhost.evil.example', '10.0.0.1:80', '[::2]:80']) expect(isLoopbackHost(h)).toBe(false)
  })
})
