import { afterEach, describe, expect, it } from 'vitest'
import { startSimulatorServer, type SimulatorServer } from '../../../src/main/simulator/http-server'
import { APP, TREND_PATH, range, simulatorAt, trendRequest } from './trend-client'

const sim = simulatorAt()
let server: SimulatorServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

function formPost(params: Record<string, string>): RequestInit {
  return { method: 'POST', body: new URLSearchParams(params) }
}

function postTwoDays(origin: string): Promise<Response> {
  const url = `${origin}${TREND_PATH}?access_token=${APP.token}`
  return fetch(url, formPost(range('20190401', '20190402', 'day')))
}

describe('startSimulatorServer', () => {
  it('serves the API over HTTP on a free port, with the same bytes as handle()', async () => {
    server = await startSimulatorServer({ simulator: sim })
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
    const params = range('20190401', '20190415', 'week')
    const res = await fetch(`${server.url}${TREND_PATH}?access_token=${APP.token}`, formPost(params))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const expected = await sim.handle(trendRequest({ params }))
    expect(await res.text()).toBe(expected.body)
  })

  it('passes gateway statuses through', async () => {
    server = await startSimulatorServer({ simulator: sim })
    const missing = await fetch(`${server.url}/rest/2.0/smartapp/data/nope`, { method: 'POST' })
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ error_code: 3, error_msg: 'Unsupported openapi method' })
    const get = await fetch(`${server.url}${TREND_PATH}?access_token=${APP.token}`)
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')
  })

  it('delays every response by latencyMs', async () => {
    server = await startSimulatorServer({ simulator: sim, latencyMs: 150 })
    const started = performance.now()
    const res = await postTwoDays(server.url)
    expect(((await res.json()) as { errno: number }).errno).toBe(0)
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
  })

  it('closes promptly even with a keep-alive connection open', async () => {
    server = await startSimulatorServer({ simulator: sim })
    const res = await postTwoDays(server.url)
    await res.text()
    const started = performance.now()
    const closing = server
    server = undefined
    await closing.close()
    expect(performance.now() - started).toBeLessThan(1000)
    await expect(fetch(`${closing.url}${TREND_PATH}`, { method: 'POST' })).rejects.toThrow()
  })

  it('closes promptly with a request still waiting out its latency', async () => {
    const slow = await startSimulatorServer({ simulator: sim, latencyMs: 10_000 })
    const pending = postTwoDays(slow.url)
    pending.catch(() => undefined)
    await new Promise((resolve) => setTimeout(resolve, 100))
    const started = performance.now()
    await slow.close()
    expect(performance.now() - started).toBeLessThan(1000)
    await expect(pending).rejects.toThrow()
  })

  it('reports a port that is taken', async () => {
    server = await startSimulatorServer({ simulator: sim })
    await expect(startSimulatorServer({ simulator: sim, port: server.port })).rejects.toThrow(/EADDRINUSE/)
  })
})
