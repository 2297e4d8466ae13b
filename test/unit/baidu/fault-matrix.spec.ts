// Every fault the simulator can inject, against the real client over HTTP: is it retried, how
// many attempts does it take, and what does the caller finally see?
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBaiduClient, createHttpFetch, type ApiError, type BaiduClient } from '../../../src/main/baidu'
import { createSimulator, DEMO_APPS, startSimulatorServer, type FaultKind, type Simulator, type SimulatorServer } from '../../../src/main/simulator'

const NOW = Date.UTC(2026, 10, 21, 4)
const MAX_ATTEMPTS = 3
const TIMEOUT_MS = 400
let sim: Simulator
let server: SimulatorServer

beforeAll(async () => {
  sim = createSimulator({ now: () => NOW, faults: { slowBodyMs: 2000 } })
  server = await startSimulatorServer({ simulator: sim })
})
afterAll(() => server.close())

function client(token = DEMO_APPS[0]!.token): BaiduClient {
  return createBaiduClient({
    baseUrl: server.url,
    fetch: createHttpFetch({ connectTimeoutMs: 2000 }),
    token: async () => token,
    now: () => NOW,
    settings: { maxAttempts: MAX_ATTEMPTS, backoffBaseMs: 1, backoffCapMs: 5, timeoutMs: TIMEOUT_MS, quotaBackoffMs: 20, accountRequestsPerSecond: 1000 }
  })
}

/** One single-page report through a fresh client: the attempts it took and how it ended. */
async function attempt(c = client()): Promise<{ attempts: number; code: string | 'ok'; rows: number }> {
  let attempts = 0
  try {
    const fetched = await c.fetch({ report: 'trend', variant: { gran: 'day' }, from: '20261001', to: '20261005' }, { run: { ...c.newRun(), onAttempt: () => attempts++ } })
    return { attempts, code: 'ok', rows: fetched.data.rows.length }
  } catch (err) {
    return { attempts, code: (err as ApiError).code, rows: 0 }
  }
}

const MATRIX: [FaultKind, retried: boolean, finalCode: string][] = [
  ['http500', true, 'transient'],
  ['http502', true, 'transient'],
  ['http503', true, 'transient'],
  ['errno1000', true, 'transient'],
  ['errno5000', true, 'transient'],
  ['html', true, 'transient'],
  ['truncated', true, 'transient'],
  ['slow-body', true, 'timeout'],
  ['reset', true, 'network'],
  ['quota', false, 'quota']
]

describe('fault matrix (HTTP simulator, real client)', () => {
  describe.each(MATRIX)('%s', (kind, retried, finalCode) => {
    it(`persistent: ${retried ? `${MAX_ATTEMPTS} attempts` : '1 attempt'}, then ${finalCode}`, async () => {
      sim.control.clearFaults()
      sim.control.failNext(kind, 50)
      expect(await attempt()).toEqual({ attempts: retried ? MAX_ATTEMPTS : 1, code: finalCode, rows: 0 })
    })

    it(`once: ${retried ? 'recovers on the second attempt' : 'surfaces at once'}`, async () => {
      sim.control.clearFaults()
      sim.control.failNext(kind, 1)
      expect(await attempt()).toEqual(retried ? { attempts: 2, code: 'ok', rows: 5 } : { attempts: 1, code: 'quota', rows: 0 })
    })
  })

  it.each([
    ['expired', 'auth'],
    ['revoked', 'auth'],
    ['unknown', 'auth']
  ] as const)('a %s token: 1 attempt, %s', async (state, code) => {
    sim.control.clearFaults()
    const token = `45.swanboard-test.${state}-${Math.random().toString(36).slice(2)}`
    const c = client(state === 'unknown' ? token : DEMO_APPS[2]!.token)
    if (state === 'expired') sim.control.tokens.expire(DEMO_APPS[2]!.token)
    if (state === 'revoked') sim.control.tokens.revoke(DEMO_APPS[2]!.token)
    try {
      expect(await attempt(c)).toMatchObject({ attempts: 1, code })
    } finally {
      sim.control.tokens.forget(DEMO_APPS[2]!.token)
    }
  })

  it('an IP off the whitelist: 1 attempt, ip_whitelist', async () => {
    sim.control.clearFaults()
    sim.control.setIpWhitelisted(false)
    try {
      expect(await attempt()).toEqual({ attempts: 1, code: 'ip_whitelist', rows: 0 })
    } finally {
      sim.control.setIpWhitelisted(true)
    }
  })

  it('completes a multi-report run correctly with 10 % transient faults', async () => {
    const request = (c: BaiduClient, report: 'trend' | 'region' | 'pages', variant = {}) =>
      c.fetch({ report, variant, from: '20240101', to: '20261031' })
    sim.control.clearFaults()
    const clean = client()
    const expected = await Promise.all([request(clean, 'trend', { gran: 'day' }), request(clean, 'region'), request(clean, 'pages')])

    sim.control.setFaults({
      seed: 11,
      slowBodyMs: 2000,
      rules: [
        { kind: 'http500', probability: 0.03 },
        { kind: 'errno1000', probability: 0.03 },
        { kind: 'reset', probability: 0.02 },
        { kind: 'truncated', probability: 0.02 }
      ]
    })
    const faulty = client()
    let attempts = 0
    const run = { ...faulty.newRun(), onAttempt: () => attempts++ }
    const got = await Promise.all([
      faulty.fetch({ report: 'trend', variant: { gran: 'day' }, from: '20240101', to: '20261031' }, { run }),
      faulty.fetch({ report: 'region', from: '20240101', to: '20261031' }, { run }),
      faulty.fetch({ report: 'pages', from: '20240101', to: '20261031' }, { run })
    ])
    const pages = got.reduce((n, f) => n + f.pages.length, 0)
    expect(got.map((g) => g.data)).toEqual(expected.map((e) => e.data))
    expect(sim.control.stats().faults).not.toEqual({})
    expect(attempts).toBeGreaterThan(pages)
    expect(run.budget.spent).toBe(attempts - pages)
    sim.control.clearFaults()
  })
})
