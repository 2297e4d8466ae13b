import { describe, expect, it } from 'vitest'
import { createSimulatorFetch } from '../../../src/main/simulator/in-process-fetch'
import type { Simulator } from '../../../src/main/simulator/types'
import { APPS, dataRequest, dates, simAt } from './sim-client'

const TREND = dataRequest('getanalysisusertrend', { ...dates('20250101', '20250110'), gran: 'day' })
const REGION = dataRequest('getanalysisregion', dates('20250101', '20250110'))
const refreshRequest = (token: string): Parameters<Simulator['handle']>[0] => ({
  method: 'GET',
  url: `/rest/2.0/oauth/token?grant_type=app_to_tp_refresh_token&access_token=42.swanboard-demo.tp-01&refresh_token=${token}`,
  headers: {},
  body: ''
})

async function normalBody(): Promise<string> {
  return (await simAt().handle(TREND)).body
}

describe('gateway faults (the request is never processed)', () => {
  it.each([
    ['http500', 500, /500 Internal Server Error/, 'text/html'],
    ['http502', 502, /502 Bad Gateway/, 'text/html'],
    ['http503', 503, /^$/, undefined],
    ['html', 200, /<html[^>]*>.*百度安全验证/s, 'text/html']
  ] as const)('%s answers HTTP %i with a non-JSON body', async (kind, status, body, type) => {
    const sim = simAt()
    sim.control.failNext(kind)
    const answer = await sim.handle(TREND)
    expect(answer.status).toBe(status)
    expect(answer.body).toMatch(body)
    expect(answer.headers['content-type']?.split(';')[0]).toBe(type)
    expect(() => JSON.parse(answer.body)).toThrow()
    expect((await sim.handle(TREND)).body).toBe(await normalBody())
  })

  it.each([
    ['errno1000', 1000],
    ['errno5000', 5000],
    ['quota', 50029]
  ] as const)('%s answers the errno envelope %i with HTTP 200', async (kind, errno) => {
    const sim = simAt()
    sim.control.failNext(kind, 2)
    for (let i = 0; i < 2; i++) {
      const answer = await sim.handle(TREND)
      expect(answer.status).toBe(200)
      expect(JSON.parse(answer.body)).toEqual({ errno, msg: expect.any(String) })
    }
    expect(JSON.parse((await sim.handle(TREND)).body).errno).toBe(0)
    expect(sim.control.stats().faults).toEqual({ [kind]: 2 })
  })

  it('does not spend a refresh token', async () => {
    const sim = simAt()
    sim.control.failNext('http502', 1, 'oauth.refresh')
    expect((await sim.handle(refreshRequest(APPS[0]!.refreshToken!))).status).toBe(502)
    expect((await sim.handle(refreshRequest(APPS[0]!.refreshToken!))).status).toBe(200)
  })
})

describe('delivery faults (the response was produced, then damaged)', () => {
  it('truncated: a valid body cut part-way', async () => {
    const sim = simAt()
    sim.control.failNext('truncated')
    const answer = await sim.handle(TREND)
    const whole = await normalBody()
    expect(answer.status).toBe(200)
    expect(answer.body.length).toBeGreaterThan(0)
    expect(answer.body.length).toBeLessThan(whole.length)
    expect(whole.startsWith(answer.body)).toBe(true)
    expect(() => JSON.parse(answer.body)).toThrow()
  })

  it('spends a refresh token whose answer is lost', async () => {
    const sim = simAt()
    sim.control.failNext('reset', 1, 'oauth.refresh')
    expect((await sim.handle(refreshRequest(APPS[0]!.refreshToken!))).delivery?.kind).toBe('reset')
    expect((await sim.handle(refreshRequest(APPS[0]!.refreshToken!))).status).toBe(400)
    expect(sim.control.stats().refreshes[APPS[0]!.appId]).toBe(1)
  })

  it('reset, in-process: fetch fails like undici (TypeError, cause ECONNRESET), before or during the body', async () => {
    const sim = simAt()
    const simFetch = createSimulatorFetch(sim)
    sim.control.failNext('reset', 12)
    const failures: { stage: string; error: unknown }[] = []
    for (let i = 0; i < 12; i++) {
      try {
        const res = await simFetch(TREND.url, { method: 'POST' })
        await res.text()
        failures.push({ stage: 'none', error: null })
      } catch (error) {
        failures.push({ stage: (error as Error).message === 'fetch failed' ? 'connect' : 'body', error })
      }
    }
    expect(failures.every((f) => f.error instanceof TypeError)).toBe(true)
    for (const f of failures) expect((f.error as Error & { cause: { code: string } }).cause.code).toBe('ECONNRESET')
    expect(new Set(failures.map((f) => f.stage))).toEqual(new Set(['connect', 'body']))
  })

  it('slow-body, in-process: the response comes at once, the body only after slowBodyMs', async () => {
    const sim = simAt()
    sim.control.setFaults({ slowBodyMs: 400, next: [{ kind: 'slow-body', count: 1 }] })
    const simFetch = createSimulatorFetch(sim)
    const res = await simFetch(TREND.url, { method: 'POST' })
    // Lower bounds only (a busy machine can slow things, never hasten them): the body arrives
    // most of slowBodyMs after the response itself.
    const headersAt = performance.now()
    expect(await res.text()).toBe(await normalBody())
    expect(performance.now() - headersAt).toBeGreaterThanOrEqual(300)
  })

  it('slow-body, in-process: an abort while the body trickles errors the body', async () => {
    const sim = simAt()
    sim.control.setFaults({ slowBodyMs: 5000, next: [{ kind: 'slow-body', count: 1 }] })
    const controller = new AbortController()
    const res = await createSimulatorFetch(sim)(TREND.url, { method: 'POST', signal: controller.signal })
    setTimeout(() => controller.abort(new Error('gave up')), 50)
    await expect(res.text()).rejects.toThrow('gave up')
  })
})

describe('which requests a fault hits', () => {
  it('limits a fault to one endpoint, and counts it down per matching request', async () => {
    const sim = simAt()
    sim.control.failNext('http500', 2, 'getanalysisregion')
    expect((await sim.handle(TREND)).status).toBe(200)
    expect((await sim.handle(REGION)).status).toBe(500)
    expect((await sim.handle(TREND)).status).toBe(200)
    expect((await sim.handle(REGION)).status).toBe(500)
    expect((await sim.handle(REGION)).status).toBe(200)
    expect(sim.control.stats().requests).toEqual({ getanalysisusertrend: 2, getanalysisregion: 3 })
  })

  it('draws probabilistic faults from the seed: the same seed repeats, another seed differs', async () => {
    const outcomes = async (seed: number): Promise<string[]> => {
      const sim = simAt()
      sim.control.setFaultSpec(`seed=${seed},http500:0.2,errno1000:0.1,reset:0.1,truncated:0.05`)
      const out: string[] = []
      for (let i = 0; i < 300; i++) {
        const answer = await sim.handle(i % 2 ? TREND : REGION)
        out.push(`${answer.status}:${answer.delivery?.kind ?? ''}:${answer.body.length}`)
      }
      return out
    }
    const a = await outcomes(7)
    expect(await outcomes(7)).toEqual(a)
    expect(await outcomes(8)).not.toEqual(a)
    const share = (pick: (o: string) => boolean): number => a.filter(pick).length / a.length
    expect(share((o) => o.startsWith('500:'))).toBeGreaterThan(0.12)
    expect(share((o) => o.startsWith('500:'))).toBeLessThan(0.28)
    expect(share((o) => o.includes(':reset:'))).toBeGreaterThan(0.04)
    expect(share((o) => o.startsWith('200::'))).toBeGreaterThan(0.45)
  })

  it('adds latency with uniform jitter, reproducibly', async () => {
    const delays = async (): Promise<number[]> => {
      const sim = simAt()
      sim.control.setFaults({ seed: 3, latencyMs: 50, jitterMs: 20 })
      return Promise.all(Array.from({ length: 100 }, async () => (await sim.handle(TREND)).delayMs ?? 0))
    }
    const d = await delays()
    expect(await delays()).toEqual(d)
    expect(Math.min(...d)).toBeGreaterThanOrEqual(30)
    expect(Math.max(...d)).toBeLessThanOrEqual(70)
    expect(new Set(d).size).toBeGreaterThan(20)
    const fetchStarted = performance.now()
    const sim = simAt()
    sim.control.setFaults({ latencyMs: 120 })
    await (await createSimulatorFetch(sim)(TREND.url, { method: 'POST' })).text()
    expect(performance.now() - fetchStarted).toBeGreaterThanOrEqual(110)
  })

  it('takes faults from the options at creation, and clears them', async () => {
    const sim = simAt(undefined, { faults: { next: [{ kind: 'http503', count: 1 }] } })
    expect((await sim.handle(TREND)).status).toBe(503)
    sim.control.setFaultSpec('http500:1')
    expect((await sim.handle(TREND)).status).toBe(500)
    sim.control.clearFaults()
    expect((await sim.handle(TREND)).status).toBe(200)
  })
})
