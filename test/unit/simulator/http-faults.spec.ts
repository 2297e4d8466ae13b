// Faults on a real socket: what the client's HTTP stack (undici's fetch) actually sees.
import { afterEach, describe, expect, it } from 'vitest'
import { startSimulatorServer, type SimulatorServer } from '../../../src/main/simulator/http-server'
import type { Simulator } from '../../../src/main/simulator/types'
import { dataRequest, dates, simAt } from './sim-client'

const TREND = dataRequest('getanalysisusertrend', { ...dates('20250101', '20250110'), gran: 'day' })
let server: SimulatorServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

async function serve(sim: Simulator): Promise<string> {
  server = await startSimulatorServer({ simulator: sim })
  return `${server.url}${TREND.url}`
}

describe('faults over HTTP', () => {
  it('reset: the connection drops (RST) before or during the body; fetch or the body read fails', async () => {
    const sim = simAt()
    const url = await serve(sim)
    sim.control.failNext('reset', 9)
    const stages = new Set<string>()
    for (let i = 0; i < 9; i++) {
      const outcome = await fetch(url, { method: 'POST' }).then(
        (res) => res.text().then(() => 'complete', (error: unknown) => ['body', error] as const),
        (error: unknown) => ['connect', error] as const
      )
      expect(outcome).not.toBe('complete')
      const [stage, error] = outcome as readonly [string, unknown]
      expect(error).toBeInstanceOf(TypeError)
      stages.add(stage)
    }
    expect(stages).toEqual(new Set(['connect', 'body']))
    // The server is fine afterwards.
    expect(((await (await fetch(url, { method: 'POST' })).json()) as { errno: number }).errno).toBe(0)
  })

  it('slow-body: headers arrive promptly, the body is trickled over slowBodyMs', async () => {
    const sim = simAt()
    const url = await serve(sim)
    const expected = (await sim.handle(TREND)).body
    sim.control.setFaults({ slowBodyMs: 600, next: [{ kind: 'slow-body', count: 1 }] })
    const res = await fetch(url, { method: 'POST' })
    expect(res.status).toBe(200)
    // Lower bound only: the body completes most of slowBodyMs after the headers arrived.
    const headersAt = performance.now()
    expect(await res.text()).toBe(expected)
    expect(performance.now() - headersAt).toBeGreaterThanOrEqual(450)
  })

  it('truncated: a complete HTTP response whose JSON is cut', async () => {
    const sim = simAt()
    const url = await serve(sim)
    sim.control.failNext('truncated')
    const res = await fetch(url, { method: 'POST' })
    const text = await res.text()
    expect(res.status).toBe(200)
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(text))
    expect(() => JSON.parse(text)).toThrow()
  })

  it('5xx and HTML pages arrive with their statuses; latency and jitter delay the answer', async () => {
    const sim = simAt()
    const url = await serve(sim)
    sim.control.setFaultSpec('latency=150,jitter=20,http502:x1,http503:x1,html:x1')
    const started = performance.now()
    const statuses: [number, string][] = []
    for (let i = 0; i < 4; i++) {
      const res = await fetch(url, { method: 'POST' })
      statuses.push([res.status, (res.headers.get('content-type') ?? '').split(';')[0]!])
      await res.text()
    }
    expect(statuses).toEqual([
      [502, 'text/html'],
      [503, ''],
      [200, 'text/html'],
      [200, 'application/json']
    ])
    expect(performance.now() - started).toBeGreaterThanOrEqual(4 * 125)
  })
})
