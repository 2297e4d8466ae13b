// `swanboard simulator --faults … --latency … --jitter …` in its own process: the flags reach the
// server, so the faults happen on the wire and every answer waits out the latency.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTROL_PATH } from '../../../src/main/simulator/control-http'
import { DEMO_APPS } from '../../../src/main/simulator/demo-apps'
import { runCli, startSimulatorProcess, type SimulatorProcess } from '../../support/swanboard-process'

const LATENCY_MS = 150
const JITTER_MS = 40
const REQUESTS = 30
let simulator: SimulatorProcess

beforeAll(async () => {
  const faults = 'seed=11,errno1000:0.3,html:0.3'
  simulator = await startSimulatorProcess(['--faults', faults, '--latency', String(LATENCY_MS), '--jitter', String(JITTER_MS)])
}, 30_000)
afterAll(() => simulator.stop())

type Outcome = 'ok' | 'errno1000' | 'html'

async function regionOnce(): Promise<{ outcome: Outcome; elapsedMs: number }> {
  const started = performance.now()
  const res = await fetch(`${simulator.url}/rest/2.0/smartapp/data/getanalysisregion?access_token=${DEMO_APPS[0]!.token}`, {
    method: 'POST',
    body: new URLSearchParams({ start_date: '20250101', end_date: '20250107' })
  })
  const body = await res.text()
  const elapsedMs = performance.now() - started
  if (res.headers.get('content-type')?.startsWith('text/html')) {
    expect(res.status).toBe(200)
    expect(body).toMatch(/^<!DOCTYPE html>/)
    return { outcome: 'html', elapsedMs }
  }
  const errno = (JSON.parse(body) as { errno: number }).errno
  if (errno === 1000) return { outcome: 'errno1000', elapsedMs }
  expect(errno).toBe(0)
  return { outcome: 'ok', elapsedMs }
}

async function stats(): Promise<{ faults: Record<string, number> }> {
  const res = await fetch(`${simulator.url}${CONTROL_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ command: 'stats' }) })
  return ((await res.json()) as { result: { faults: Record<string, number> } }).result
}

describe('swanboard simulator flags', () => {
  it('says at start-up which latency and faults it runs with', () => {
    expect(simulator.banner).toContain(`Latency ${LATENCY_MS} ms ± ${JITTER_MS} ms; faults: errno1000:0.3, html:0.3 (seed 11)`)
  })

  it('injects the faults of --faults over HTTP, at about their rates, and waits out --latency/--jitter on every answer', async () => {
    const answers = await Promise.all(Array.from({ length: REQUESTS }, () => regionOnce()))
    const count = (o: Outcome) => answers.filter((a) => a.outcome === o).length
    // Seeded draws over request numbers 0…29: the same counts every run, whatever the arrival order.
    expect(count('errno1000')).toBeGreaterThan(0)
    expect(count('html')).toBeGreaterThan(0)
    expect(count('ok')).toBeGreaterThan(0)
    // What the client saw is what the server says it injected.
    expect((await stats()).faults).toEqual({ errno1000: count('errno1000'), html: count('html') })
    // Latency as a lower bound only: a busy machine may answer later, never sooner.
    for (const a of answers) expect(a.elapsedMs).toBeGreaterThanOrEqual(LATENCY_MS - JITTER_MS - 1)
  })

  it('refuses a fault spec it cannot read, naming the bad item, with exit code 2', async () => {
    const run = await runCli(['simulator', '--port', '0', '--faults', 'http500:0.1,meteor:0.2'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--faults: fault spec "meteor:0.2": unknown fault meteor')
    expect(run.stdout).toBe('')
  })
})
