import { describe, expect, it } from 'vitest'
import { call, range, simulatorAt, trend, trendRequest } from './trend-client'

const sim = simulatorAt()
// 45 days: two full pages and a third of five rows.
const FROM = '20190101'
const TO = '20190214'

describe('getanalysisusertrend paging', () => {
  it('pages 20 rows at a time from a row offset, with a stable total and sum', async () => {
    const pages = await Promise.all([0, 20, 40].map((start) => trend(sim, range(FROM, TO, 'day', start))))
    expect(pages.map((p) => p.offset)).toEqual([0, 20, 40])
    expect(pages.map((p) => p.total)).toEqual([45, 45, 45])
    expect(pages.map((p) => p.data_list.length)).toEqual([20, 20, 5])
    for (const page of pages) expect(page.sum).toEqual(pages[0]!.sum)
    const names = pages.flatMap((p) => p.data_list.map((r) => r.name))
    expect(new Set(names).size).toBe(45)
    expect(names[0]).toBe('2019/02/14')
    expect(names[44]).toBe('2019/01/01')
  })

  it('treats start_index as a row offset, not a page number', async () => {
    const all = await trend(sim, range(FROM, TO, 'day', 0))
    const shifted = await trend(sim, range(FROM, TO, 'day', 7))
    expect(shifted.offset).toBe(7)
    expect(shifted.data_list[0]).toEqual(all.data_list[7])
    expect(shifted.data_list).toHaveLength(20)
  })

  it('defaults start_index to 0 when it is left out', async () => {
    const { start_index: _, ...params } = range(FROM, TO, 'day')
    const data = await trend(sim, params)
    expect(data.offset).toBe(0)
    expect(data.data_list[0]!.name).toBe('2019/02/14')
  })

  it('answers errno 40018 past the last row', async () => {
    for (const start of [45, 60, 1000]) {
      const answer = await call(sim, trendRequest({ params: range(FROM, TO, 'day', start) }))
      expect(answer.status).toBe(200)
      expect(answer.json.errno).toBe(40018)
      expect(answer.json.data).toBeUndefined()
    }
    const last = await call(sim, trendRequest({ params: range(FROM, TO, 'day', 44) }))
    expect(last.json.errno).toBe(0)
    expect(last.json.data!.data_list).toHaveLength(1)
  })

  it('pages week and hour answers too', async () => {
    const weeks = await trend(sim, range('20180101', '20190414', 'week', 60))
    expect(weeks.total).toBe(67)
    expect(weeks.data_list).toHaveLength(7)
    expect(weeks.data_list[0]!.name).toBe('2018/02/12 - 2018/02/18')
    expect(weeks.data_list.at(-1)!.name).toBe('2018/01/01 - 2018/01/07')
    const hours = await trend(sim, range('20190101', '20190101', 'hour', 20))
    expect(hours.data_list.map((r) => r.name)).toEqual([
      '20:00 - 20:59',
      '21:00 - 21:59',
      '22:00 - 22:59',
      '23:00 - 23:59'
    ])
  })
})
