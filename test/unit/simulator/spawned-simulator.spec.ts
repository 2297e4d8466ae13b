// `swanboard simulator` in its own process, driven through the HTTP control API, as an end-to-end
// test of a client would drive it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTROL_PATH } from '../../../src/main/simulator/control-http'
import { DEMO_APPS, DEMO_TP_TOKEN } from '../../../src/main/simulator/demo-apps'
import { startSimulatorProcess, type SimulatorProcess } from '../../support/swanboard-process'

let simulator: SimulatorProcess
let origin: string

beforeAll(async () => {
  simulator = await startSimulatorProcess()
  origin = simulator.url
}, 30_000)
afterAll(() => simulator.stop())

const command = async (body: unknown): Promise<unknown> => {
  const res = await fetch(`${origin}${CONTROL_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return ((await res.json()) as { result: unknown }).result
}

describe('a spawned simulator', () => {
  it('issues a refresh token, refreshes exactly once, and reports it', async () => {
    const app = DEMO_APPS[1]!
    const refreshToken = (await command({ command: 'issueRefreshToken', appId: app.appId })) as string
    const query = new URLSearchParams({ access_token: DEMO_TP_TOKEN, refresh_token: refreshToken, grant_type: 'app_to_tp_refresh_token' })
    const first = await fetch(`${origin}/rest/2.0/oauth/token?${query}`)
    expect(first.status).toBe(200)
    const again = await fetch(`${origin}/rest/2.0/oauth/token?${query}`)
    expect(((await again.json()) as { error: string }).error).toBe('invalid_grant')
    const stats = (await command({ command: 'stats' })) as { refreshes: Record<string, number> }
    expect(stats.refreshes).toEqual({ [app.appId]: 1 })
  })

  it('injects a reset into the next request', async () => {
    await command({ command: 'failNext', kind: 'reset', count: 1 })
    const url = `${origin}/rest/2.0/smartapp/data/getanalysisregion?access_token=${DEMO_APPS[0]!.token}&start_date=20250101&end_date=20250107`
    await expect(fetch(url, { method: 'POST' }).then((r) => r.text())).rejects.toThrow(TypeError)
    expect(((await (await fetch(url, { method: 'POST' })).json()) as { errno: number }).errno).toBe(0)
  })
})
