import { describe, expect, it } from 'vitest'
import { APP_REPORT_IDS, REPORTS, resolveVariant } from '../../../src/shared/reports'
import type { Simulator } from '../../../src/main/simulator/types'
import { APPS, callData, dates, send, simAt, TP_TOKEN } from './sim-client'

const APP = APPS[0]!
const RANGE = dates('20250101', '20250107')
const trendErrno = async (sim: Simulator, token: string): Promise<number | undefined> =>
  (await callData(sim, 'getanalysisusertrend', { ...RANGE, gran: 'day' }, { token })).errno
const tpErrno = async (sim: Simulator, token = TP_TOKEN): Promise<number | undefined> =>
  (await callData(sim, 'gettpdata', RANGE, { token })).errno

async function developerToken(sim: Simulator, app = APP): Promise<string> {
  const query = new URLSearchParams({ grant_type: 'client_credentials', client_id: app.appKey!, client_secret: app.appSecret!, scope: 'smartapp_snsapi_base' })
  const answer = await send(sim, { method: 'GET', url: `/oauth/2.0/token?${query}`, headers: {}, body: '' })
  return (answer.json as { access_token: string }).access_token
}

describe('which token reaches which endpoint', () => {
  it('per-app reports take the app token, never the TP or a refresh token (44004)', async () => {
    const sim = simAt()
    for (const id of APP_REPORT_IDS) {
      const params = { ...RANGE, ...resolveVariant(id) }
      expect((await callData(sim, REPORTS[id].endpoint, params, { token: APP.token })).errno).toBe(0)
      for (const wrong of [TP_TOKEN, APP.refreshToken!]) {
        const answer = await callData(sim, REPORTS[id].endpoint, params, { token: wrong })
        expect(answer.errno).toBe(44004)
        expect(answer.msg).toContain('access token 校验失败')
      }
    }
  })

  it('gettpdata takes the TP token, never an app token (44004)', async () => {
    const sim = simAt()
    expect(await tpErrno(sim)).toBe(0)
    expect(await tpErrno(sim, APP.token)).toBe(44004)
    expect(await tpErrno(sim, await developerToken(sim))).toBe(44004)
  })

  it('developer tokens reach their own app, unless switched off', async () => {
    const sim = simAt()
    const own = await developerToken(sim, APPS[1]!)
    expect(own).toMatch(/^24\./)
    const viaDeveloper = await send(sim, { method: 'POST', url: `/rest/2.0/smartapp/data/getanalysisregion?access_token=${own}&start_date=20250101&end_date=20250107`, headers: {}, body: '' })
    const viaAuthorizer = await send(sim, { method: 'POST', url: `/rest/2.0/smartapp/data/getanalysisregion?access_token=${APPS[1]!.token}&start_date=20250101&end_date=20250107`, headers: {}, body: '' })
    expect(viaDeveloper.body).toBe(viaAuthorizer.body)
    sim.control.setDeveloperTokensReachData(false)
    expect(await trendErrno(sim, own)).toBe(44004)
    expect(await trendErrno(sim, APP.token)).toBe(0)
    const strict = simAt(undefined, { developerTokensReachData: false })
    expect(await trendErrno(strict, await developerToken(strict))).toBe(44004)
  })
})

describe('token states set by tests', () => {
  it('expired → 44003, revoked → 44002, forgotten → 44004, for app and TP tokens alike', async () => {
    for (const [token, errnoOf] of [
      [APP.token, trendErrno],
      [TP_TOKEN, tpErrno]
    ] as const) {
      const expired = simAt()
      expect(expired.control.tokens.expire(token)).toBe(true)
      expect(await errnoOf(expired, token)).toBe(44003)
      const revoked = simAt()
      revoked.control.tokens.revoke(token)
      expect(await errnoOf(revoked, token)).toBe(44002)
      const forgotten = simAt()
      forgotten.control.tokens.forget(token)
      expect(await errnoOf(forgotten, token)).toBe(44004)
    }
    // Other tokens are untouched.
    const sim = simAt()
    sim.control.tokens.expire(APP.token)
    expect(await trendErrno(sim, APPS[1]!.token)).toBe(0)
    expect(sim.control.tokens.expire('45.nobody')).toBe(false)
  })

  it('demo tokens never expire; developer tokens last 30 days on the simulator clock', async () => {
    const sim = simAt()
    const developer = await developerToken(sim)
    sim.control.advanceClock(29 * 86_400_000)
    expect(await trendErrno(sim, developer)).toBe(0)
    sim.control.advanceClock(86_400_000)
    expect(await trendErrno(sim, developer)).toBe(44003)
    sim.control.advanceClock(3650 * 86_400_000)
    expect(await trendErrno(sim, APP.token)).toBe(0)
    expect(await tpErrno(sim)).toBe(0)
  })
})

describe('IP whitelist', () => {
  it('refuses TP-held tokens with 40008 while the caller is off the whitelist; developer tokens pass', async () => {
    const sim = simAt()
    const developer = await developerToken(sim)
    sim.control.setIpWhitelisted(false)
    const answer = await callData(sim, 'getanalysisusertrend', { ...RANGE, gran: 'day' }, { token: APP.token })
    expect(answer.errno).toBe(40008)
    expect(answer.msg).toContain('白名单')
    expect(await tpErrno(sim)).toBe(40008)
    expect(await trendErrno(sim, developer)).toBe(0)
    // Not a token problem: a bad token is still reported as such.
    expect(await trendErrno(sim, '45.unknown')).toBe(44004)
    sim.control.setIpWhitelisted(true)
    expect(await trendErrno(sim, APP.token)).toBe(0)
  })
})
