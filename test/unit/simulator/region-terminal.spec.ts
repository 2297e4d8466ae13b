import { describe, expect, it } from 'vitest'
import { TERMINAL_TYPES } from '../../../src/shared/reports'
import { allRowsOf, APPS, callData, dataOf, dates, hundredths, n, simAt, total, type Row } from './sim-client'

const sim = simAt()
const RANGE = dates('20250301', '20250331')
const trendSum = async (token = APPS[0]!.token): Promise<Row> =>
  (await dataOf(sim, 'getanalysisusertrend', { ...RANGE, gran: 'day' }, { token })).sum!

const REGION_KEYS = ['session_count_district', 'session_count_district_ratio', 'new_user_count_district_ratio', 'user_count_district_ratio', 'average_session_time_district']
const TERMINAL_KEYS = ['accumulative_session_count', 'accumulative_session_count_ratio', 'accumulative_new_user_count_ratio', 'accumulative_user_count_ratio', 'average_use_time']
const NETWORK_KEYS = ['accumulative_session_count', 'accumulative_session_count_ratio', 'average_use_time']

function expectSortedDesc(rows: readonly Row[], key: string): void {
  const values = rows.map((r) => n(r, key))
  expect(values).toEqual([...values].sort((a, b) => b - a))
}

describe('getanalysisregion', () => {
  it('lists the 34 provincial divisions by short name, most sessions first, with the reference keys', async () => {
    const first = await dataOf(sim, 'getanalysisregion', { ...RANGE, start_index: '0' })
    expect(Object.keys(first)).toEqual(['time_span', 'offset', 'total', 'sum', 'data_list'])
    expect(first.total).toBe(34)
    expect(first.data_list).toHaveLength(20)
    const rows = await allRowsOf(sim, 'getanalysisregion', RANGE)
    const names = rows.map((r) => r['name'])
    expect(new Set(names).size).toBe(34)
    for (const name of ['重庆', '广东', '北京', '新疆', '内蒙古', '西藏', '香港', '澳门', '台湾']) expect(names).toContain(name)
    for (const row of rows) expect(Object.keys(row)).toEqual(['name', ...REGION_KEYS])
    expectSortedDesc(rows, 'session_count_district')
  })

  it('splits the trend sessions exactly; ratios add up to 100; sum like the example', async () => {
    for (const app of APPS) {
      const rows = await allRowsOf(sim, 'getanalysisregion', RANGE, { token: app.token })
      const data = await dataOf(sim, 'getanalysisregion', RANGE, { token: app.token })
      const trend = await trendSum(app.token)
      expect(total(rows, 'session_count_district')).toBe(n(trend, 'session_count'))
      for (const key of ['session_count_district_ratio', 'new_user_count_district_ratio', 'user_count_district_ratio']) {
        expect(hundredths(rows, key)).toBe(10_000)
      }
      expect(data.sum).toEqual({
        session_count_district: n(trend, 'session_count'),
        session_count_district_ratio: 100,
        new_user_count_district_ratio: 100,
        user_count_district_ratio: 100,
        average_session_time_district: n(trend, 'average_session_time')
      })
    }
  })
})

describe('getanalysisterminal', () => {
  it.each(TERMINAL_TYPES)('%s: sessions add up to the trend, ratios to 100, most sessions first', async (type) => {
    for (const app of APPS) {
      const params = { ...RANGE, terminal_type: type }
      const rows = await allRowsOf(sim, 'getanalysisterminal', params, { token: app.token })
      const data = await dataOf(sim, 'getanalysisterminal', params, { token: app.token })
      const trend = await trendSum(app.token)
      const keys = type === 'terminal_network' ? NETWORK_KEYS : TERMINAL_KEYS
      for (const row of rows) {
        expect(Object.keys(row)).toEqual(['name', ...keys])
        expect(n(row, 'accumulative_session_count')).toBeGreaterThan(0)
      }
      expect(Object.keys(data.sum!)).toEqual(keys)
      expect(n(data.sum, 'accumulative_session_count')).toBe(n(trend, 'session_count'))
      expect(total(rows, 'accumulative_session_count')).toBe(n(trend, 'session_count'))
      expect(n(data.sum, 'average_use_time')).toBe(n(trend, 'average_session_time'))
      expect(hundredths(rows, 'accumulative_session_count_ratio')).toBe(10_000)
      if (type !== 'terminal_network') expect(hundredths(rows, 'accumulative_user_count_ratio')).toBe(10_000)
      expectSortedDesc(rows, 'accumulative_session_count')
    }
  })

  it('uses realistic names per type, and devices of their era', async () => {
    const names = async (type: string, range = RANGE): Promise<string[]> =>
      (await allRowsOf(sim, 'getanalysisterminal', { ...range, terminal_type: type }, { token: APPS[3]!.token })).map((r) => String(r['name']))
    const brands = await names('terminal_brand')
    for (const brand of ['华为', '苹果', '小米', 'OPPO', 'vivo']) expect(brands).toContain(brand)
    expect((await names('terminal_os')).every((os) => /^(Android|iOS|HarmonyOS) \d+(\.\d+)?$/.test(os))).toBe(true)
    expect((await names('terminal_screen')).every((s) => /^\d{3,4}\*\d{3,4}$/.test(s))).toBe(true)
    expect((await names('terminal_network')).sort()).toEqual(['2g', '3g', '4g', '5g', 'wifi'])
    const early = await names('terminal_os', dates('20190301', '20190331'))
    expect(early).toContain('Android 9')
    expect(early).not.toContain('iOS 17.1')
    expect(await names('terminal_network', dates('20180301', '20180331'))).not.toContain('5g')
    expect(await names('terminal_device')).toContain('iPhone 13')
  })

  it('requires a known terminal_type (40001)', async () => {
    for (const type of [undefined, '', 'terminal_model', 'BRAND']) {
      const params: Record<string, string> = { ...RANGE }
      if (type !== undefined) params['terminal_type'] = type
      const answer = await callData(sim, 'getanalysisterminal', params)
      expect(answer.errno).toBe(40001)
      expect(answer.msg).toContain('terminal_type')
    }
    const past = await callData(sim, 'getanalysisterminal', { ...RANGE, terminal_type: 'terminal_network', start_index: '5' })
    expect(past.errno).toBe(40018)
  })
})
