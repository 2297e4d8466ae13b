import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/shared/calendar'
import { allRowsOf, callData, dataOf, dates, n, simAt, type Row } from './sim-client'

const at = (iso: string): number => Date.parse(`${iso}T10:00:00+08:00`)
const retention = (from: string, to: string, gran: string, type = 'count'): Record<string, string> => ({
  ...dates(from, to),
  gran,
  report_type: type,
  start_index: '0'
})
const keys = (unit: string): string[] => [2, 3, 4, 5, 6, 7, 8, 9].map((i) => `第${i}${unit}`)

describe('getanalysisretaineduser', () => {
  it('day cohorts: oldest first, Chinese period keys, "--" for days not complete yet', async () => {
    const sim = simAt(at('2019-04-16'))
    const data = await dataOf(sim, 'getanalysisretaineduser', retention('20190410', '20190415', 'day'))
    expect(Object.keys(data)).toEqual(['time_span', 'offset', 'total', 'sum', 'data_list'])
    expect(data.sum).toEqual({ active_user_count: '--' })
    expect(data.total).toBe(6)
    const rows = data.data_list!
    expect(rows.map((r) => r['name'])).toEqual(['2019/04/10', '2019/04/11', '2019/04/12', '2019/04/13', '2019/04/14', '2019/04/15'])
    for (const row of rows) expect(Object.keys(row)).toEqual(['name', 'active_user_count', ...keys('天')])
    // Cohort 04/10: day 2 is 04/11 … day 6 is 04/15 (yesterday); day 7 (04/16) is today.
    const first = rows[0]!
    for (const key of keys('天').slice(0, 5)) expect(typeof first[key]).toBe('number')
    for (const key of keys('天').slice(5)) expect(first[key]).toBe('--')
    expect(keys('天').every((k) => rows[5]![k] === '--')).toBe(true)
  })

  it('week cohorts are natural weeks clipped to the range; a period counts once its Sunday is past', async () => {
    // Yesterday is Wednesday 05/22: the week of 05/13 is complete, that of 05/20 only half.
    const sim = simAt(at('2019-05-23'))
    const data = await dataOf(sim, 'getanalysisretaineduser', retention('20190403', '20190421', 'week'))
    const rows = data.data_list!
    expect(rows.map((r) => r['name'])).toEqual(['2019/04/03 - 2019/04/07', '2019/04/08 - 2019/04/14', '2019/04/15 - 2019/04/21'])
    for (const row of rows) expect(Object.keys(row)).toEqual(['name', 'active_user_count', ...keys('周')])
    expect(rows[0]!['第7周']).toEqual(expect.any(Number))
    expect(rows[0]!['第8周']).toBe('--')
    expect(rows[2]!['第5周']).toEqual(expect.any(Number))
    expect(rows[2]!['第6周']).toBe('--')
    const trendWeeks = (await dataOf(sim, 'getanalysisusertrend', { ...dates('20190403', '20190421'), gran: 'week' })).data_list!
    expect(rows.map((r) => r['active_user_count'])).toEqual(trendWeeks.reverse().map((r) => r['user_count']))
  })

  it('month cohorts: 第N月, "--" until the whole month is past', async () => {
    // Yesterday is 07/14: June is complete, July only half.
    const sim = simAt(at('2019-07-15'))
    const data = await dataOf(sim, 'getanalysisretaineduser', retention('20190401', '20190430', 'month'))
    expect(data.time_span).toBe('2019/04/01 - 2019/04/30')
    const [april] = data.data_list!
    expect(Object.keys(april!)).toEqual(['name', 'active_user_count', ...keys('月')])
    expect(april!['name']).toBe('2019/04')
    expect(april!['第2月']).toEqual(expect.any(Number))
    expect(april!['第3月']).toEqual(expect.any(Number))
    expect(april!['第4月']).toBe('--')
    const trend = await dataOf(sim, 'getanalysisusertrend', { ...dates('20190401', '20190430'), gran: 'month' })
    expect(n(april, 'active_user_count')).toBe(n(trend.data_list![0], 'user_count'))
  })

  it('ratio is retained / active in percent with two decimals; counts stay within the cohort and the period', async () => {
    const sim = simAt(at('2019-06-01'))
    const counts = (await dataOf(sim, 'getanalysisretaineduser', retention('20190401', '20190420', 'day'))).data_list!
    const ratios = (await dataOf(sim, 'getanalysisretaineduser', retention('20190401', '20190420', 'day', 'ratio'))).data_list!
    const trend = await allRowsOf(sim, 'getanalysisusertrend', { ...dates('20190402', '20190429'), gran: 'day' })
    const oldUsersOn = new Map(trend.map((r) => [String(r['name']).replaceAll('/', ''), n(r, 'old_user_count')]))
    counts.forEach((row: Row, i) => {
      const active = n(row, 'active_user_count')
      expect(ratios[i]!['active_user_count']).toBe(active)
      keys('天').forEach((key, k) => {
        const retained = n(row, key)
        expect(retained).toBeGreaterThan(0)
        expect(retained).toBeLessThanOrEqual(active)
        expect(n(ratios[i], key)).toBe(Math.round((retained / active) * 10000) / 100)
        const periodDay = addDays(String(row['name']).replaceAll('/', ''), k + 1)
        expect(retained).toBeLessThanOrEqual(oldUsersOn.get(periodDay)!)
      })
      // Retention falls off: the last period keeps fewer than the first.
      expect(n(row, '第9天')).toBeLessThan(n(row, '第2天'))
    })
  })

  it.each([
    ['report_type missing', { report_type: undefined }],
    ['report_type unknown', { report_type: 'percent' }],
    ['gran missing', { gran: undefined }],
    ['gran hour (retention has none)', { gran: 'hour' }],
    ['gran unknown', { gran: 'year' }]
  ])('answers 40001 for %s', async (_, change) => {
    const params: Record<string, string> = retention('20190401', '20190410', 'day')
    for (const [k, v] of Object.entries(change)) {
      if (v === undefined) delete params[k]
      else params[k] = v
    }
    const answer = await callData(simAt(at('2019-06-01')), 'getanalysisretaineduser', params)
    expect(answer.errno).toBe(40001)
    expect(answer.msg).toContain(Object.keys(change)[0])
  })

  it('pages cohorts and answers 40018 past the last one', async () => {
    const sim = simAt(at('2019-06-01'))
    const page = await dataOf(sim, 'getanalysisretaineduser', { ...retention('20190101', '20190131', 'day'), start_index: '20' })
    expect(page.total).toBe(31)
    expect(page.data_list!.map((r) => r['name'])[0]).toBe('2019/01/21')
    const past = await callData(sim, 'getanalysisretaineduser', { ...retention('20190101', '20190131', 'day'), start_index: '31' })
    expect(past.errno).toBe(40018)
  })
})
