import { describe, expect, it } from 'vitest'
import { TREND_METRICS } from '../../../src/shared/reports'
import { call, range, simulatorAt, trend, trendRequest } from './trend-client'

describe('getanalysisusertrend T+1', () => {
  it('clips a range reaching today to yesterday (Beijing)', async () => {
    const sim = simulatorAt(Date.parse('2019-04-16T10:00:00+08:00'))
    const data = await trend(sim, range('20190414', '20190416', 'day'))
    expect(data.time_span).toBe('2019/04/14 - 2019/04/15')
    expect(data.data_list.map((r) => r.name)).toEqual(['2019/04/15', '2019/04/14'])
  })

  it('uses the Beijing date even when UTC is still on the previous day', async () => {
    // 00:30 in Beijing on the 16th is 16:30 UTC on the 15th: the 15th is already complete.
    const sim = simulatorAt(Date.parse('2019-04-15T16:30:00Z'))
    const data = await trend(sim, range('20190401', '20190430', 'day'))
    expect(data.time_span).toBe('2019/04/01 - 2019/04/15')
    // One second before Beijing midnight it is still the 15th there: only the 14th is complete.
    const before = simulatorAt(Date.parse('2019-04-15T15:59:59Z'))
    const beforeData = await trend(before, range('20190401', '20190430', 'day'))
    expect(beforeData.time_span).toBe('2019/04/01 - 2019/04/14')
  })

  it('leaves a range ending yesterday untouched, and its data does not depend on the clock', async () => {
    const weeks = range('20190401', '20190415', 'week')
    const early = await trend(simulatorAt(Date.parse('2019-04-16T10:00:00+08:00')), weeks)
    const late = await trend(simulatorAt(Date.parse('2024-01-01T10:00:00+08:00')), weeks)
    expect(early.time_span).toBe('2019/04/01 - 2019/04/15')
    expect(late).toEqual(early)
  })

  it('answers a range of today or later with no rows and "--" totals', async () => {
    const sim = simulatorAt(Date.parse('2019-04-16T10:00:00+08:00'))
    for (const gran of ['day', 'hour', 'week', 'month']) {
      const answer = await call(sim, trendRequest({ params: range('20190416', '20190420', gran) }))
      expect(answer.json.errno).toBe(0)
      const data = answer.json.data!
      expect(data.total).toBe(0)
      expect(data.data_list).toEqual([])
      expect(data.offset).toBe(0)
      expect(data.time_span).toBe('2019/04/16 - 2019/04/20')
      expect(data.sum).toEqual(Object.fromEntries(TREND_METRICS.map((m) => [m, '--'])))
    }
    // Nothing to page past: still errno 0, echoing the offset.
    const paged = await call(sim, trendRequest({ params: range('20190501', '20190502', 'day', 20) }))
    expect(paged.json.errno).toBe(0)
    expect(paged.json.data!.offset).toBe(20)
  })
})
