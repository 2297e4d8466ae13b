import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/shared/calendar'
import { referenceData } from '../baidu/normalise/reference-fixture'
import { allRowsOf, APPS, callData, dataOf, dates, n, simAt, type Row } from './sim-client'

const EXAMPLE_NOW = Date.parse('2019-04-16T10:00:00+08:00')
// The key order comes from the reference's example, not from the simulator's own list.
const EXAMPLE = referenceData('activity') as { sum: Record<string, number>; data_list: Record<string, unknown>[] }
const EXAMPLE_METRICS = Object.keys(EXAMPLE.sum)
const percentOf = (part: number, whole: number): number => Math.round((part / whole) * 10000) / 100

describe('getanalysisactivityuser', () => {
  const sim = simAt(EXAMPLE_NOW)

  it('answers the reference example: one row a day, newest first, sum = the newest day', async () => {
    // The reference's curl passes gran=day although the endpoint takes none: it is ignored.
    const data = await dataOf(sim, 'getanalysisactivityuser', { ...dates('20190410', '20190514'), start_index: '0', gran: 'day' })
    expect(Object.keys(data)).toEqual(['time_span', 'offset', 'total', 'sum', 'data_list'])
    expect(data.time_span).toBe('2019/04/10 - 2019/04/15')
    expect(data.total).toBe(6)
    const rows = data.data_list!
    expect(rows.map((r) => r['name'])).toEqual(['2019/04/15', '2019/04/14', '2019/04/13', '2019/04/12', '2019/04/11', '2019/04/10'])
    for (const row of rows) expect(Object.keys(row)).toEqual(Object.keys(EXAMPLE.data_list[0]!))
    expect(Object.keys(data.sum!)).toEqual(EXAMPLE_METRICS)
    const { name: _, ...newest } = rows[0]!
    expect(data.sum).toEqual(newest)
  })

  it('agrees with the trend day by day and over its 7-, 30- and 60-day windows', async () => {
    const app = APPS[1]!
    const rows = await allRowsOf(sim, 'getanalysisactivityuser', dates('20190201', '20190315'), { token: app.token })
    expect(rows).toHaveLength(43)
    const trendSum = async (from: string, to: string): Promise<Row> =>
      (await dataOf(sim, 'getanalysisusertrend', { ...dates(from, to), gran: 'day' }, { token: app.token })).sum!
    for (const row of rows.filter((_, i) => i % 6 === 0)) {
      const day = String(row['name']).replaceAll('/', '')
      expect(n(row, 'user_count')).toBe(n(await trendSum(day, day), 'user_count'))
      expect(n(row, 'weekly_user_count')).toBe(n(await trendSum(addDays(day, -6), day), 'user_count'))
      expect(n(row, 'monthly_user_count')).toBe(n(await trendSum(addDays(day, -29), day), 'user_count'))
      const sixty = n(await trendSum(addDays(day, -59), day), 'user_count')
      expect(n(row, 'lost_user_count')).toBe(n(row, 'accumulative_user_count') - sixty)
    }
  })

  it('accumulates new users day by day, and keeps daily ≤ weekly ≤ monthly ≤ accumulated', async () => {
    const app = APPS[2]!
    const rows = (await allRowsOf(sim, 'getanalysisactivityuser', dates('20190101', '20190331'), { token: app.token })).reverse()
    const trend = (await allRowsOf(sim, 'getanalysisusertrend', { ...dates('20190101', '20190331'), gran: 'day' }, { token: app.token })).reverse()
    for (let i = 1; i < rows.length; i++) {
      const grown = n(rows[i], 'accumulative_user_count') - n(rows[i - 1], 'accumulative_user_count')
      expect(grown).toBe(n(trend[i], 'new_user_count'))
    }
    for (const row of rows) {
      expect(n(row, 'user_count')).toBeLessThanOrEqual(n(row, 'weekly_user_count'))
      expect(n(row, 'weekly_user_count')).toBeLessThanOrEqual(n(row, 'monthly_user_count'))
      expect(n(row, 'monthly_user_count')).toBeLessThanOrEqual(n(row, 'accumulative_user_count'))
      expect(n(row, 'lost_user_count')).toBeGreaterThanOrEqual(0)
      const accumulated = n(row, 'accumulative_user_count')
      expect(n(row, 'daily_activity_degree')).toBe(percentOf(n(row, 'user_count'), accumulated))
      expect(n(row, 'weekly_activity_degree')).toBe(percentOf(n(row, 'weekly_user_count'), accumulated))
      expect(n(row, 'monthly_activity_degree')).toBe(percentOf(n(row, 'monthly_user_count'), accumulated))
      expect(n(row, 'day_month_activity_degree')).toBe(percentOf(n(row, 'user_count'), n(row, 'monthly_user_count')))
      expect(n(row, 'lost_ratio')).toBe(percentOf(n(row, 'lost_user_count'), accumulated))
    }
  })

  it('pages 20 rows, answers 40018 past the end and 40001 for bad dates', async () => {
    const page = await dataOf(sim, 'getanalysisactivityuser', { ...dates('20190101', '20190314'), start_index: '60' })
    expect(page.total).toBe(73)
    expect(page.data_list).toHaveLength(13)
    expect((await callData(sim, 'getanalysisactivityuser', { ...dates('20190101', '20190314'), start_index: '73' })).errno).toBe(40018)
    expect((await callData(sim, 'getanalysisactivityuser', dates('20190105', '20190101'))).errno).toBe(40001)
    expect((await callData(sim, 'getanalysisactivityuser', { start_date: '20190101' })).errno).toBe(40001)
  })

  it('answers a future range with no rows and "--" totals', async () => {
    const data = await dataOf(sim, 'getanalysisactivityuser', dates('20190416', '20190420'))
    expect(data.total).toBe(0)
    expect(data.data_list).toEqual([])
    expect(data.sum).toEqual(Object.fromEntries(EXAMPLE_METRICS.map((m) => [m, '--'])))
  })
})
