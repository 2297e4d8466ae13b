// Knowing whether the API is reachable: from request outcomes, and from a probe of the API hosts.
import { describe, expect, it } from 'vitest'
import { createHttpFetch } from '../../src/main/baidu'
import { ConnectivityMonitor, hostProbe } from '../../src/main/connectivity'
import { createSimulator, startSimulatorServer } from '../../src/main/simulator'

const http = createHttpFetch({ connectTimeoutMs: 1000 })

describe('ConnectivityMonitor', () => {
  it('changes state only on a change, and says why it is offline', () => {
    let now = 1
    const seen: unknown[] = []
    const m = new ConnectivityMonitor(() => now, (s) => seen.push(s))
    m.report(null)
    expect(seen).toEqual([])
    now = 5
    m.report('timeout')
    m.report('network')
    expect(seen).toEqual([{ online: false, since: 5, reason: 'timeout' }])
    now = 9
    m.report(null)
    expect(m.current).toEqual({ online: true, since: 9, reason: null })
  })

  it('probes the API hosts: online if any answers (even with 404), offline if none does', async () => {
    const server = await startSimulatorServer({ simulator: createSimulator() })
    const closed = await startSimulatorServer({ simulator: createSimulator() })
    await closed.close()
    expect(await hostProbe(() => [{ baseUrl: server.url, fetch: http }])()).toBeNull()
    expect(await hostProbe(() => [{ baseUrl: closed.url, fetch: http }, { baseUrl: server.url, fetch: http }])()).toBeNull()
    expect(await hostProbe(() => [{ baseUrl: closed.url, fetch: http }])()).toBe('network')
    expect(await hostProbe(() => [])()).toBeNull()
    await server.close()

    const seen: unknown[] = []
    const m = new ConnectivityMonitor(Date.now, (s) => seen.push(s), hostProbe(() => [{ baseUrl: closed.url, fetch: http }]))
    const [a, b] = [m.check(), m.check()]
    expect(a).toBe(b) // one probe at a time
    expect(await a).toMatchObject({ online: false, reason: 'network' })
    expect(seen).toHaveLength(1)
  })

  it('watches by probing on an interval until stopped', async () => {
    let probes = 0
    const m = new ConnectivityMonitor(Date.now, () => undefined, async () => (probes++, null))
    const stop = m.watch(20)
    await new Promise((r) => setTimeout(r, 110))
    stop()
    const seen = probes
    expect(seen).toBeGreaterThanOrEqual(3)
    await new Promise((r) => setTimeout(r, 60))
    expect(probes).toBe(seen)
  })
})
