import { describe, expect, it } from 'vitest'
import type { Simulator } from '../../../src/main/simulator/types'
import { APPS, callData, dates, send, simAt, TP_TOKEN, type Envelope } from './sim-client'

const APP = APPS[0]!
type TokenAnswer = { access_token: string; expires_in: number; refresh_token: string; scope: string }

async function refresh(sim: Simulator, refreshToken: string, tpToken = TP_TOKEN, grant = 'app_to_tp_refresh_token', method = 'GET') {
  const query = new URLSearchParams({ access_token: tpToken, refresh_token: refreshToken, grant_type: grant })
  const answer = await send(sim, { method, url: `/rest/2.0/oauth/token?${query}`, headers: {}, body: '' })
  return { status: answer.status, json: answer.json as Envelope & TokenAnswer }
}

async function clientCredentials(sim: Simulator, params: Record<string, string>) {
  const answer = await send(sim, { method: 'GET', url: `/oauth/2.0/token?${new URLSearchParams(params)}`, headers: {}, body: '' })
  return { status: answer.status, json: answer.json as Envelope & TokenAnswer }
}

const trendErrno = async (sim: Simulator, token: string): Promise<number | undefined> =>
  (await callData(sim, 'getanalysisusertrend', { ...dates('20250101', '20250102'), gran: 'day' }, { token })).errno

describe('app_to_tp_refresh_token', () => {
  it('trades a refresh token for a new access token (3600 s) and a new refresh token', async () => {
    const sim = simAt()
    const { status, json } = await refresh(sim, APP.refreshToken!)
    expect(status).toBe(200)
    expect(Object.keys(json)).toEqual(['access_token', 'expires_in', 'refresh_token', 'scope'])
    expect(json.access_token).toMatch(/^45\.swanboard-sim\./)
    expect(json.refresh_token).toMatch(/^46\.swanboard-sim\./)
    expect(json.expires_in).toBe(3600)
    expect(await trendErrno(sim, json.access_token)).toBe(0)
    expect(sim.control.stats().refreshes).toEqual({ [APP.appId]: 1 })
    expect(sim.control.stats().requests['oauth.refresh']).toBe(1)
  })

  it('works ONCE per refresh token: a second use is invalid_grant, the new one works', async () => {
    const sim = simAt()
    const first = (await refresh(sim, APP.refreshToken!)).json
    const again = await refresh(sim, APP.refreshToken!)
    expect(again.status).toBe(400)
    expect(again.json.error).toBe('invalid_grant')
    expect(again.json.error_description).toMatch(/used/)
    const second = await refresh(sim, first.refresh_token)
    expect(second.status).toBe(200)
    expect((await refresh(sim, first.refresh_token)).json.error).toBe('invalid_grant')
    expect(sim.control.stats().refreshes[APP.appId]).toBe(2)
    // The earlier access token stays valid until its own expiry, then answers 44003.
    expect(await trendErrno(sim, first.access_token)).toBe(0)
    sim.control.advanceClock(3600 * 1000)
    expect(await trendErrno(sim, first.access_token)).toBe(44003)
    expect(await trendErrno(sim, second.json.access_token)).toBe(44003)
    expect(await trendErrno(sim, APP.token)).toBe(0)
  })

  it('issues fresh refresh tokens on request (tests start accounts from them)', async () => {
    const sim = simAt()
    const token = sim.control.issueRefreshToken(APPS[2]!.appId)
    expect(token).toMatch(/^46\./)
    const answer = await refresh(sim, token)
    expect(answer.status).toBe(200)
    expect(await trendErrno(sim, answer.json.access_token)).toBe(0)
    expect(sim.control.stats().refreshes).toEqual({ [APPS[2]!.appId]: 1 })
    expect(() => sim.control.issueRefreshToken('sim-0000')).toThrow(/sim-0000/)
  })

  it('answers TP-token problems in the gateway shape, and spends nothing', async () => {
    const sim = simAt()
    expect((await refresh(sim, APP.refreshToken!, '42.unknown')).json).toEqual({ error_code: 110, error_msg: 'Access token invalid or no longer valid' })
    expect((await refresh(sim, APP.refreshToken!, APP.token)).json.error_code).toBe(110)
    sim.control.tokens.expire(TP_TOKEN)
    expect((await refresh(sim, APP.refreshToken!)).json).toEqual({ error_code: 111, error_msg: 'Access token expired' })
    const other = simAt()
    other.control.setIpWhitelisted(false)
    expect((await refresh(other, APP.refreshToken!)).json.error_code).toBe(5)
    other.control.setIpWhitelisted(true)
    expect((await refresh(other, APP.refreshToken!)).status).toBe(200)
  })

  it('refuses a refresh token of another platform, and bad requests, in the OAuth shape', async () => {
    const tps = [
      { tpId: 'tp-a', name: 'A', token: '42.test.tp-a', appIds: [APPS[0]!.appId] },
      { tpId: 'tp-b', name: 'B', token: '42.test.tp-b', appIds: [APPS[1]!.appId] }
    ]
    const sim = simAt(undefined, { tps })
    const foreign = await refresh(sim, APPS[0]!.refreshToken!, '42.test.tp-b')
    expect(foreign.status).toBe(400)
    expect(foreign.json.error).toBe('invalid_grant')
    expect((await refresh(sim, APPS[0]!.refreshToken!, '42.test.tp-a', 'app_to_tp_refresh_token', 'POST')).status).toBe(200)
    expect((await refresh(sim, APPS[1]!.refreshToken!, '42.test.tp-b', 'refresh_token')).json.error).toBe('unsupported_grant_type')
    expect((await refresh(sim, '', '42.test.tp-b')).json.error).toBe('invalid_request')
    expect((await refresh(sim, APPS[1]!.token, '42.test.tp-b')).json.error).toBe('invalid_grant')
  })
})

describe('client_credentials', () => {
  it('issues a developer token for the App Key and Secret', async () => {
    const sim = simAt()
    const { status, json } = await clientCredentials(sim, { grant_type: 'client_credentials', client_id: APP.appKey!, client_secret: APP.appSecret!, scope: 'smartapp_snsapi_base' })
    expect(status).toBe(200)
    expect(json.access_token).toMatch(/^24\.swanboard-sim\./)
    expect(json.expires_in).toBe(2592000)
    expect(await trendErrno(sim, json.access_token)).toBe(0)
    expect(sim.control.stats().clientCredentials).toEqual({ [APP.appId]: 1 })
  })

  it('refuses wrong credentials with invalid_client (401) and other grants', async () => {
    const sim = simAt()
    for (const params of [
      { grant_type: 'client_credentials', client_id: APP.appKey!, client_secret: 'wrong' },
      { grant_type: 'client_credentials', client_id: 'nobody', client_secret: APP.appSecret! },
      { grant_type: 'client_credentials', client_id: APP.appKey! }
    ] as Record<string, string>[]) {
      const answer = await clientCredentials(sim, params)
      expect(answer.status).toBe(401)
      expect(answer.json.error).toBe('invalid_client')
      expect(typeof answer.json.error_description).toBe('string')
    }
    expect((await clientCredentials(sim, { grant_type: 'password', client_id: APP.appKey! })).json.error).toBe('unsupported_grant_type')
  })
})
