import { describe, expect, it } from 'vitest'
import { CHARACTER_TYPES } from '../../../src/shared/reports'
import { allRowsOf, APPS, callData, dataOf, dates, hundredths, n, simAt, total, type Row } from './sim-client'

const sim = simAt()
const RANGE = dates('20240610', '20240707')
const PAGE_KEYS = ['pv_count', 'pv_ratio', 'pv_user_count', 'average_stay_time', 'stay_time_ratio', 'bounce_ratio', 'entry_count', 'exit_count']
const trendSum = async (token: string): Promise<Row> => (await dataOf(sim, 'getanalysisusertrend', { ...RANGE, gran: 'day' }, { token })).sum!

describe('getanalysisvisitpage', () => {
  it('lists the app pages like the reference: ids, paths, aliases, most views first', async () => {
    const data = await dataOf(sim, 'getanalysisvisitpage', { ...RANGE, start_index: '0' })
    expect(Object.keys(data)).toEqual(['time_span', 'offset', 'total', 'sum', 'data_list'])
    const rows = await allRowsOf(sim, 'getanalysisvisitpage', RANGE)
    expect(rows.length).toBeGreaterThanOrEqual(8)
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['pageId', 'pageName', 'pageAlias', ...PAGE_KEYS])
      expect(row['pageId']).toMatch(/^[1-9]\d{18}$/)
      expect(row['pageName']).toMatch(/^pages\/[a-z]+(\/[a-z]+)+$/)
      expect(typeof row['pageAlias']).toBe('string')
    }
    expect(rows.map((r) => r['pageName'])).toContain('pages/index/index')
    expect(rows.some((r) => r['pageAlias'] === '')).toBe(true)
    const views = rows.map((r) => n(r, 'pv_count'))
    expect(views).toEqual([...views].sort((a, b) => b - a))
  })

  it('entries and exits each add up to the trend sessions; shares to 100; rows stay plausible', async () => {
    for (const app of APPS) {
      const rows = await allRowsOf(sim, 'getanalysisvisitpage', RANGE, { token: app.token })
      const sum = (await dataOf(sim, 'getanalysisvisitpage', RANGE, { token: app.token })).sum!
      const trend = await trendSum(app.token)
      const sessions = n(trend, 'session_count')
      expect(total(rows, 'entry_count')).toBe(sessions)
      expect(total(rows, 'exit_count')).toBe(sessions)
      expect(total(rows, 'pv_count')).toBe(n(sum, 'pv_count'))
      expect(n(sum, 'pv_count')).toBeGreaterThanOrEqual(sessions)
      expect(hundredths(rows, 'pv_ratio')).toBe(10_000)
      expect(hundredths(rows, 'stay_time_ratio')).toBe(10_000)
      expect(sum).toMatchObject({ pv_ratio: 100, stay_time_ratio: 100, entry_count: sessions, exit_count: sessions, pv_user_count: n(trend, 'user_count') })
      expect(n(sum, 'bounce_ratio')).toBe(Math.round((sessions / n(sum, 'pv_count')) * 10000) / 100)
      for (const row of rows) {
        const pv = n(row, 'pv_count')
        expect(n(row, 'entry_count')).toBeLessThanOrEqual(pv)
        expect(n(row, 'exit_count')).toBeLessThanOrEqual(pv)
        expect(n(row, 'pv_user_count')).toBeLessThanOrEqual(Math.min(pv, n(sum, 'pv_user_count')))
        expect(n(row, 'bounce_ratio')).toBe(Math.round((n(row, 'exit_count') / pv) * 10000) / 100)
        expect(n(row, 'bounce_ratio')).toBeLessThanOrEqual(100)
      }
    }
  })
})

describe('getanalysisvisitcharacter', () => {
  const LABELS: Record<string, string[]> = {
    depth: ['1-2次', '3-5次', '6-9次', '10-19次', '20-49次', '50次以上'],
    time: ['0-2秒', '3-9秒', '10-29秒', '30-59秒', '1-3分', '3-10分', '10-30分', '30分以上'],
    interval: ['首次启动', '当日', '1天', '2天', '3天', '4天', '5天', '6天', '7天', '8-14天', '15-30天', '30天以上'],
    frequency: ['1次', '2次', '3-5次', '6-9次', '10-19次', '20-49次', '50次以上']
  }

  it.each(CHARACTER_TYPES)('%s: buckets in order, counts add up to the trend, ratios to 100', async (type) => {
    for (const app of APPS) {
      const params = { ...RANGE, character_type: type }
      const data = await dataOf(sim, 'getanalysisvisitcharacter', params, { token: app.token })
      const rows = await allRowsOf(sim, 'getanalysisvisitcharacter', params, { token: app.token })
      const trend = await trendSum(app.token)
      const [count, ratio, whole] =
        type === 'frequency' ? ['user_count', 'user_count_ratio', n(trend, 'user_count')] : ['session_count', 'session_count_ratio', n(trend, 'session_count')]
      expect(rows.map((r) => r['name'])).toEqual(LABELS[type])
      for (const row of rows) expect(Object.keys(row)).toEqual(['name', count, ratio])
      expect(data.sum).toEqual({ [count]: whole, [ratio]: 100 })
      expect(total(rows, count)).toBe(whole)
      expect(hundredths(rows, ratio)).toBe(10_000)
      if (type === 'interval') expect(n(rows[0], 'session_count')).toBe(n(trend, 'new_user_count'))
    }
  })

  it('requires a known character_type (40001)', async () => {
    for (const type of [undefined, 'visits', 'Depth']) {
      const params: Record<string, string> = { ...RANGE }
      if (type !== undefined) params['character_type'] = type
      const answer = await callData(sim, 'getanalysisvisitcharacter', params)
      expect(answer.errno).toBe(40001)
      expect(answer.msg).toContain('character_type')
    }
  })
})
