import { describe, expect, it } from 'vitest'
import { TREND_METRICS } from '../../../src/shared/reports'
import { allRows, call, num, range, simulatorAt, trend, trendRequest } from './trend-client'

const sim = simulatorAt()

describe('getanalysisusertrend granularities', () => {
  it('answers the reference example: 20190410–20190514 by day, clipped to yesterday', async () => {
    const answer = await call(sim, trendRequest({ params: range('20190410', '20190514', 'day') }))
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(answer.json.errno).toBe(0)
    expect(answer.json.msg).toBe('success')
    const data = answer.json.data!
    expect(Object.keys(data)).toEqual(['time_span', 'offset', 'total', 'sum', 'data_list'])
    expect(data.time_span).toBe('2019/04/10 - 2019/04/15')
    expect(data.offset).toBe(0)
    expect(data.total).toBe(6)
    expect(data.data_list.map((r) => r.name)).toEqual([
      '2019/04/15',
      '2019/04/14',
      '2019/04/13',
      '2019/04/12',
      '2019/04/11',
      '2019/04/10'
    ])
    for (const row of data.data_list) expect(Object.keys(row)).toEqual(['name', ...TREND_METRICS])
    expect(Object.keys(data.sum)).toEqual([...TREND_METRICS])
  })

  it('day rows add up to the sum for new users and sessions', async () => {
    const data = await trend(sim, range('20190301', '20190315', 'day'))
    const total = (m: string): number => data.data_list.reduce((a, r) => a + num(r, m), 0)
    expect(total('new_user_count')).toBe(num(data.sum, 'new_user_count'))
    expect(total('session_count')).toBe(num(data.sum, 'session_count'))
    // Returning users are deduplicated across days, so the sum counts fewer than the rows.
    expect(num(data.sum, 'old_user_count')).toBeLessThan(total('old_user_count'))
  })

  it('week rows are natural weeks clipped to the range, newest first', async () => {
    const data = await trend(sim, range('20190401', '20190415', 'week'))
    expect(data.total).toBe(3)
    expect(data.data_list.map((r) => r.name)).toEqual([
      '2019/04/15 - 2019/04/15',
      '2019/04/08 - 2019/04/14',
      '2019/04/01 - 2019/04/07'
    ])
    // A one-day week is exactly that day.
    const day = await trend(sim, range('20190415', '20190415', 'day'))
    expect({ ...data.data_list[0], name: '' }).toEqual({ ...day.data_list[0], name: '' })
  })

  it('clips a week that starts mid-week', async () => {
    const data = await trend(sim, range('20190403', '20190410', 'week'))
    expect(data.data_list.map((r) => r.name)).toEqual(['2019/04/08 - 2019/04/10', '2019/04/03 - 2019/04/07'])
    // The clipped week holds only the days inside the range: the same as asking for them alone.
    const alone = await trend(sim, range('20190403', '20190407', 'day'))
    expect({ ...data.data_list[1], name: '' }).toEqual({ ...alone.sum, name: '' })
  })

  it('month rows cross a month boundary and hold only the days in range', async () => {
    const data = await trend(sim, range('20190115', '20190310', 'month'))
    expect(data.time_span).toBe('2019/01/15 - 2019/03/10')
    expect(data.data_list.map((r) => r.name)).toEqual(['2019/03', '2019/02', '2019/01'])
    const january = await trend(sim, range('20190115', '20190131', 'day'))
    expect({ ...data.data_list[2], name: '' }).toEqual({ ...january.sum, name: '' })
    const march = await trend(sim, range('20190301', '20190310', 'day'))
    expect({ ...data.data_list[0], name: '' }).toEqual({ ...march.sum, name: '' })
  })

  it('hour rows are 24 hour-of-day buckets in ascending order that split the range totals', async () => {
    const data = await trend(sim, range('20190301', '20190331', 'hour'))
    expect(data.total).toBe(24)
    // 24 rows are more than a page: the last four come with start_index 20.
    expect(data.data_list).toHaveLength(20)
    const rows = await allRows(sim, '20190301', '20190331', 'hour')
    const hh = (h: number): string => String(h).padStart(2, '0')
    expect(rows.map((r) => r.name)).toEqual(Array.from({ length: 24 }, (_, h) => `${hh(h)}:00 - ${hh(h)}:59`))
    const total = (m: string): number => rows.reduce((a, r) => a + num(r, m), 0)
    expect(total('session_count')).toBe(num(data.sum, 'session_count'))
    expect(total('new_user_count')).toBe(num(data.sum, 'new_user_count'))
    for (const row of rows) {
      expect(num(row, 'user_count')).toBeLessThanOrEqual(num(row, 'session_count'))
      expect(num(row, 'user_count')).toBeLessThanOrEqual(num(data.sum, 'user_count'))
      expect(num(row, 'old_user_count')).toBeLessThanOrEqual(num(data.sum, 'old_user_count'))
    }
    // Diurnal: the small hours are quieter than the evening.
    expect(num(rows[3]!, 'session_count')).toBeLessThan(num(rows[20]!, 'session_count') / 3)
  })

  it('gives the same sum whatever the granularity', async () => {
    const sumFor = async (gran: string): Promise<unknown> =>
      (await trend(sim, range('20190220', '20190412', gran))).sum
    const sums = await Promise.all(['hour', 'day', 'week', 'month'].map(sumFor))
    for (const sum of sums) expect(sum).toEqual(sums[0])
  })
})
