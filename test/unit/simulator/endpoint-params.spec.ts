// What every data endpoint shares: routing by method, the token check, dates, paging and unknown
// parameters. Each endpoint's own parameters are tested in its own spec.
import { describe, expect, it } from 'vitest'
import { REPORTS, REPORT_IDS, resolveVariant } from '../../../src/shared/reports'
import { APPS, callData, dataOf, dates, send, simAt, TP_TOKEN, dataRequest } from './sim-client'

const sim = simAt()
const CASES = REPORT_IDS.map((id) => ({
  id,
  endpoint: REPORTS[id].endpoint,
  token: REPORTS[id].token === 'tp' ? TP_TOKEN : APPS[0]!.token,
  variant: resolveVariant(id),
  paged: REPORTS[id].pageSize !== null
}))

describe.each(CASES)('$endpoint', ({ endpoint, token, variant, id }) => {
  const valid = { ...dates('20250101', '20250301'), ...variant }

  it('answers with the right methods only', async () => {
    const methods = REPORTS[id].method === 'GET' ? ['GET', 'POST'] : ['POST']
    for (const method of methods) expect((await callData(sim, endpoint, valid, { token, method })).errno).toBe(0)
    const wrong = await send(sim, dataRequest(endpoint, valid, { token, method: methods.includes('GET') ? 'PUT' : 'GET' }))
    expect(wrong.status).toBe(405)
    expect(wrong.json).toEqual({ error_code: 3, error_msg: 'Unsupported openapi method' })
  })

  it('checks the token first (44004), then the dates (40001)', async () => {
    expect((await callData(sim, endpoint, valid, { token: null })).errno).toBe(44004)
    expect((await callData(sim, endpoint, { ...valid, start_date: 'x' }, { token: 'nope' })).errno).toBe(44004)
    for (const change of [{ start_date: '' }, { end_date: '20250230' }, { start_date: '20250302' }, { end_date: '2025-03-01' }] as Record<string, string>[]) {
      const answer = await callData(sim, endpoint, { ...valid, ...change }, { token })
      expect(answer.errno).toBe(40001)
      expect(answer.msg).toMatch(/^参数错误/)
    }
  })

  it('ignores parameters it does not know (sp_sdk_ver, sp_sdk_lang, gran where it takes none)', async () => {
    const plain = await send(sim, dataRequest(endpoint, valid, { token }))
    const extra = await send(sim, dataRequest(endpoint, { ...valid, sp_sdk_ver: '1.0.8', sp_sdk_lang: 'Go', ...(variant['gran'] ? {} : { gran: 'day' }) }, { token }))
    expect(extra.body).toBe(plain.body)
  })
})

// Paging is per endpoint kind: the paged ones and the one that is not (portrait).
describe.each(CASES.filter((c) => c.paged))('$endpoint paging', ({ endpoint, token, variant }) => {
  const valid = { ...dates('20250101', '20250301'), ...variant }
  it('pages by start_index: 40001 for a bad one, 40018 past the last row', async () => {
    const data = await dataOf(sim, endpoint, valid, { token })
    expect(data.offset).toBe(0)
    expect((data.data_list ?? data.result)!.length).toBe(Math.min(20, data.total!))
    expect((await callData(sim, endpoint, { ...valid, start_index: '-1' }, { token })).errno).toBe(40001)
    expect((await callData(sim, endpoint, { ...valid, start_index: '1.5' }, { token })).errno).toBe(40001)
    expect((await callData(sim, endpoint, { ...valid, start_index: String(data.total) }, { token })).errno).toBe(40018)
    const last = await dataOf(sim, endpoint, { ...valid, start_index: String(data.total! - 1) }, { token })
    expect((last.data_list ?? last.result)!).toHaveLength(1)
  })
})

describe.each(CASES.filter((c) => !c.paged))('$endpoint (not paged)', ({ endpoint, token, variant }) => {
  const valid = { ...dates('20250101', '20250301'), ...variant }
  it('ignores start_index', async () => {
    const plain = await send(sim, dataRequest(endpoint, valid, { token }))
    expect((await send(sim, dataRequest(endpoint, { ...valid, start_index: '1000' }, { token }))).body).toBe(plain.body)
  })
})
