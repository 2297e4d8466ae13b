import { describe, expect, it } from 'vitest'
import { createSimulatorFetch } from '../../../src/main/simulator/in-process-fetch'
import { APP, TREND_PATH, range, simulatorAt, trendRequest } from './trend-client'

const sim = simulatorAt()
const params = range('20190401', '20190415', 'week')
const withToken = `${TREND_PATH}?access_token=${APP.token}`

async function expected(): Promise<string> {
  return (await sim.handle(trendRequest({ params }))).body
}

describe('createSimulatorFetch', () => {
  const simFetch = createSimulatorFetch(sim)

  it('returns a real Response with the handler status, headers and body', async () => {
    const res = await simFetch(withToken, { method: 'POST', body: new URLSearchParams(params) })
    expect(res).toBeInstanceOf(Response)
    expect(res.status).toBe(200)
    expect(res.ok).toBe(true)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await res.text()).toBe(await expected())
  })

  it('accepts absolute strings, URL objects and Request objects', async () => {
    const absolute = `https://openapi.baidu.com${withToken}`
    const body = new URLSearchParams(params).toString()
    const form = { 'content-type': 'application/x-www-form-urlencoded' }
    const answers = await Promise.all([
      simFetch(absolute, { method: 'POST', body, headers: form }),
      simFetch(new URL(absolute), { method: 'POST', body, headers: form }),
      simFetch(new Request(absolute, { method: 'POST', body, headers: form })),
      simFetch(`${absolute}&${body}`, { method: 'POST' })
    ])
    for (const res of answers) expect(await res.text()).toBe(await expected())
  })

  it('reads a string body as a form only when it is declared as one, like a real server', async () => {
    const body = new URLSearchParams(params).toString()
    // fetch labels a bare string text/plain, which the API does not parse.
    const plain = await simFetch(withToken, { method: 'POST', body })
    expect(((await plain.json()) as { errno: number }).errno).toBe(40001)
  })

  it('passes error statuses through without throwing', async () => {
    const res = await simFetch('/rest/2.0/smartapp/data/nope', { method: 'POST' })
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error_code: 3, error_msg: 'Unsupported openapi method' })
    const get = await simFetch(withToken)
    expect(get.status).toBe(405)
  })

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(simFetch(withToken, { method: 'POST', signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError'
    })
  })

  it('rejects with the abort reason during the latency wait, without waiting it out', async () => {
    const slow = createSimulatorFetch(sim, { latencyMs: 5_000 })
    const controller = new AbortController()
    const reason = new Error('user cancelled')
    const started = performance.now()
    const body = new URLSearchParams(params)
    const pending = slow(withToken, { method: 'POST', body, signal: controller.signal })
    setTimeout(() => controller.abort(reason), 30)
    await expect(pending).rejects.toBe(reason)
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  it('honours a signal carried by a Request object and AbortSignal.timeout', async () => {
    const slow = createSimulatorFetch(sim, { latencyMs: 5_000 })
    const request = new Request(`https://openapi.baidu.com${withToken}`, {
      method: 'POST',
      signal: AbortSignal.timeout(20)
    })
    await expect(slow(request)).rejects.toMatchObject({ name: 'TimeoutError' })
  })

  it('waits latencyMs before answering', async () => {
    const slow = createSimulatorFetch(sim, { latencyMs: 100 })
    const started = performance.now()
    const res = await slow(withToken, { method: 'POST', body: new URLSearchParams(params) })
    expect(performance.now() - started).toBeGreaterThanOrEqual(95)
    expect(((await res.json()) as { errno: number }).errno).toBe(0)
  })
})
