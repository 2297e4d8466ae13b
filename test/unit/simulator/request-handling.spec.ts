import { describe, expect, it } from 'vitest'
import { DEMO_APPS } from '../../../src/main/simulator/demo-apps'
import { createSimulator } from '../../../src/main/simulator/simulator'
import { APP, NOW, TREND_PATH, call, range, simulatorAt, trend, trendRequest } from './trend-client'

const sim = simulatorAt()
const VALID = range('20190401', '20190415', 'week')

describe('routing', () => {
  it('answers an unknown method name with the gateway error and 404', async () => {
    for (const path of ['/rest/2.0/smartapp/data/getanalysisnothing', '/data/getanalysisusertrend', '/']) {
      const url = `${path}?access_token=${APP.token}`
      const answer = await call(sim, { method: 'POST', url, headers: {}, body: '' })
      expect(answer.status).toBe(404)
      expect(answer.body).toBe('{"error_code":3,"error_msg":"Unsupported openapi method"}')
      expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
    }
  })

  it('rejects GET on the POST endpoint with the gateway error, 405 and Allow', async () => {
    const answer = await call(sim, trendRequest({ params: VALID, method: 'GET' }))
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('POST')
    expect(answer.json).toEqual({ error_code: 3, error_msg: 'Unsupported openapi method' })
  })

  it('accepts the method name in any letter case (HTTP methods are case-insensitive here)', async () => {
    const answer = await call(sim, trendRequest({ params: VALID, method: 'post' }))
    expect(answer.json.errno).toBe(0)
  })
})

describe('access token', () => {
  it.each([
    ['missing', null],
    ['empty', ''],
    ['unknown', '45.swanboard-demo.sim-9999'],
    ['differently cased', APP.token.toUpperCase()],
    ['with extra whitespace', ` ${APP.token}`]
  ])('answers errno 44004 for a %s token, with HTTP 200', async (_, token) => {
    const answer = await call(sim, trendRequest({ params: VALID, token }))
    expect(answer.status).toBe(200)
    expect(answer.json.errno).toBe(44004)
    expect(answer.json.msg).toContain('access token 校验失败')
  })

  it('routes each token to its own app', async () => {
    const sums = await Promise.all(DEMO_APPS.map(async (app) => (await trend(sim, VALID, app.token)).sum))
    expect(new Set(sums.map((s) => JSON.stringify(s))).size).toBe(DEMO_APPS.length)
    // baseUsers scales the model: the 12000-user app is far bigger than the 300-user one.
    expect(Number(sums[1]!.user_count)).toBeGreaterThan(10 * Number(sums[2]!.user_count))
  })

  it('serves custom apps instead of the demo apps when given', async () => {
    const own = createSimulator({ now: () => NOW, apps: [{ ...APP, token: 'test-token', seed: 5 }] })
    expect((await call(own, trendRequest({ params: VALID, token: 'test-token' }))).json.errno).toBe(0)
    expect((await call(own, trendRequest({ params: VALID }))).json.errno).toBe(44004)
  })
})

describe('parameter validation (errno 40001)', () => {
  const cases: [string, Record<string, string | undefined>][] = [
    ['start_date missing', { start_date: undefined }],
    ['end_date missing', { end_date: undefined }],
    ['start_date empty', { start_date: '' }],
    ['start_date with dashes', { start_date: '2019-04-01' }],
    ['start_date too short', { start_date: '2019041' }],
    ['start_date not a real day', { start_date: '20190230' }],
    ['end_date month 13', { end_date: '20191301' }],
    ['start after end', { start_date: '20190416', end_date: '20190415' }],
    ['gran missing', { gran: undefined }],
    ['gran unknown', { gran: 'year' }],
    ['gran in capitals', { gran: 'DAY' }],
    ['start_index negative', { start_index: '-1' }],
    ['start_index fractional', { start_index: '1.5' }],
    ['start_index not a number', { start_index: 'abc' }],
    ['start_index empty', { start_index: '' }],
    ['start_index beyond safe integers', { start_index: '99999999999999999999' }]
  ]

  it.each(cases)('%s', async (_, change) => {
    const params: Record<string, string> = { ...VALID }
    for (const [k, v] of Object.entries(change)) {
      if (v === undefined) delete params[k]
      else params[k] = v
    }
    const answer = await call(sim, trendRequest({ params }))
    expect(answer.status).toBe(200)
    expect(answer.json.errno).toBe(40001)
    expect(answer.json.msg).toMatch(/^参数错误/)
  })

  it('names the offending parameter in the hint', async () => {
    const answer = await call(sim, trendRequest({ params: { ...VALID, gran: 'year' } }))
    expect(answer.json.msg).toContain('gran')
  })

  it('checks the token before the parameters', async () => {
    const answer = await call(sim, trendRequest({ params: { gran: 'year' }, token: 'nope' }))
    expect(answer.json.errno).toBe(44004)
  })
})

describe('where parameters come from', () => {
  const expected = async (): Promise<string> => (await sim.handle(trendRequest({ params: VALID }))).body

  it('gives the same answer for query-string and form-body parameters', async () => {
    const viaForm = await sim.handle(trendRequest({ params: VALID, via: 'form' }))
    expect(viaForm.body).toBe(await expected())
    expect(JSON.parse(viaForm.body).errno).toBe(0)
  })

  it('accepts the token in the form body, and a body without a content type as a form', async () => {
    const body = new URLSearchParams({ ...VALID, access_token: APP.token }).toString()
    const typed = await sim.handle({
      method: 'POST',
      url: TREND_PATH,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' },
      body
    })
    expect(typed.body).toBe(await expected())
    const untyped = await sim.handle({ method: 'POST', url: TREND_PATH, headers: {}, body })
    expect(untyped.body).toBe(await expected())
  })

  it('merges query and body, the body winning on a clash', async () => {
    const answer = await call(sim, {
      method: 'POST',
      url: `${TREND_PATH}?access_token=${APP.token}&start_date=20190401&gran=day&end_date=20190402`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'gran=week&end_date=20190415'
    })
    expect(answer.json.errno).toBe(0)
    expect(answer.json.data!.time_span).toBe('2019/04/01 - 2019/04/15')
    expect(answer.json.data!.data_list[0]!.name).toBe('2019/04/15 - 2019/04/15')
  })

  it('ignores a body that is not a form (JSON is not what the API takes)', async () => {
    const answer = await call(sim, {
      method: 'POST',
      url: `${TREND_PATH}?access_token=${APP.token}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(VALID)
    })
    expect(answer.json.errno).toBe(40001)
  })

  it('ignores parameters it does not know (the SDKs add sp_sdk_ver and sp_sdk_lang)', async () => {
    const params = { ...VALID, sp_sdk_ver: '1.0.8', sp_sdk_lang: 'Go' }
    const answer = await sim.handle(trendRequest({ params }))
    expect(answer.body).toBe(await expected())
  })
})

describe('determinism', () => {
  it('answers the same request with the same bytes, across calls and simulators', async () => {
    const request = trendRequest({ params: range('20180101', '20190415', 'day', 40) })
    const first = await sim.handle(request)
    const second = await sim.handle(request)
    const fresh = await simulatorAt().handle(request)
    expect(second).toEqual(first)
    expect(fresh.body).toBe(first.body)
  })
})
