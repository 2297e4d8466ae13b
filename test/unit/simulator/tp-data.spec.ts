import { describe, expect, it } from 'vitest'
import { TP_COLUMNS } from '../../../src/shared/reports'
import { addDays } from '../../../src/shared/calendar'
import { allRowsOf, APPS, callData, dataOf, dates, DATA, n, send, simAt, TP_TOKEN, type Row } from './sim-client'

const sim = simAt() // yesterday = 20261120
const tp = (params: Record<string, string>, method = 'GET'): Promise<NonNullable<Awaited<ReturnType<typeof dataOf>>>> =>
  dataOf(sim, 'gettpdata', params, { token: TP_TOKEN, method })
const ALL = TP_COLUMNS.map((c) => c.key)

async function appTrendDay(token: string, day: string): Promise<Row> {
  return (await dataOf(sim, 'getanalysisusertrend', { ...dates(day, day), gran: 'day' }, { token })).sum!
}

describe('gettpdata', () => {
  it('answers {offset, total, result}: a row per day, oldest first, keyed "data", every value a string', async () => {
    const data = await tp({ ...dates('20261101', '20261110'), metrics: 'tp_day_user_count,tp_day_session_count' })
    expect(Object.keys(data)).toEqual(['offset', 'total', 'result'])
    expect(data.total).toBe(10)
    const rows = data.result!
    expect(rows.map((r) => r['data'])).toEqual(Array.from({ length: 10 }, (_, i) => addDays('20261101', i)))
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['data', 'tp_day_user_count', 'tp_day_session_count'])
      for (const value of Object.values(row)) expect(typeof value).toBe('string')
      expect(row['tp_day_user_count']).toMatch(/^\d+$/)
    }
  })

  it('sums the TP apps trends: users, new users, sessions, and counts the apps with users', async () => {
    const [row] = (await tp({ ...dates('20250615', '20250615'), metrics: ALL.join(',') })).result!
    const trends = await Promise.all(APPS.map((a) => appTrendDay(a.token, '20250615')))
    const sum = (key: string): number => trends.reduce((a, t) => a + n(t, key), 0)
    expect(Number(row!['tp_day_user_count'])).toBe(sum('user_count'))
    expect(Number(row!['tp_day_new_user_count'])).toBe(sum('new_user_count'))
    expect(Number(row!['tp_day_session_count'])).toBe(sum('session_count'))
    expect(row!['tp_day_app_count']).toBe(String(APPS.length))
    const week = await Promise.all(
      APPS.map(async (a) => (await dataOf(sim, 'getanalysisusertrend', { ...dates('20250609', '20250615'), gran: 'day' }, { token: a.token })).sum!)
    )
    expect(Number(row!['tp_week_user_count'])).toBe(week.reduce((a, t) => a + n(t, 'user_count'), 0))
    expect(Number(row!['tp_week_user_count'])).toBeGreaterThan(Number(row!['tp_day_user_count']))
    expect(Number(row!['tp_month_user_count'])).toBeGreaterThan(Number(row!['tp_week_user_count']))
    expect(Number(row!['tp_day_page_count'])).toBeGreaterThanOrEqual(sum('session_count'))
    for (const key of ALL) expect(row![key]).toMatch(/^\d+(\.\d+)?$/)
  })

  it('answers each metric under the name asked for, aliases included, in the order asked', async () => {
    const asked = 'tp_session_count_per_person,tp_day_feedback_count,tp_day_user_count,tp_session_time_per_person'
    const [row] = (await tp({ ...dates('20250615', '20250615'), metrics: asked })).result!
    expect(Object.keys(row!)).toEqual(['data', ...asked.split(',')])
    expect(row!['tp_session_count_per_person']).toBe(row!['tp_session_time_per_person'])
  })

  it('marks today and later "--", and yesterday\'s rolling 7/30-day figures too', async () => {
    const rows = (await tp({ ...dates('20261118', '20261122'), metrics: 'tp_day_user_count,tp_week_user_count,tp_month_app_count,tp_activity_degree' })).result!
    const byDay = new Map(rows.map((r) => [r['data'], r]))
    expect(byDay.get('20261119')!['tp_week_user_count']).toMatch(/^\d+$/)
    expect(byDay.get('20261120')).toEqual({ data: '20261120', tp_day_user_count: expect.stringMatching(/^\d+$/), tp_week_user_count: '--', tp_month_app_count: '--', tp_activity_degree: '--' })
    for (const day of ['20261121', '20261122']) {
      expect(Object.entries(byDay.get(day)!).filter(([k]) => k !== 'data').every(([, v]) => v === '--')).toBe(true)
    }
  })

  it('narrows to a scene: less than the whole, zero for a scene nobody uses', async () => {
    const all = (await tp({ ...dates('20250615', '20250615'), metrics: 'tp_day_user_count' })).result![0]!
    const share = (await tp({ ...dates('20250615', '20250615'), metrics: 'tp_day_user_count,tp_day_app_count', scene: '11600000' })).result![0]!
    expect(Number(share['tp_day_user_count'])).toBeGreaterThan(0)
    expect(Number(share['tp_day_user_count'])).toBeLessThan(Number(all['tp_day_user_count']) / 2)
    const nobody = (await tp({ ...dates('20250615', '20250615'), metrics: 'tp_day_user_count,tp_day_app_count', scene: '99999999' })).result![0]!
    expect(nobody).toEqual({ data: '20250615', tp_day_user_count: '0', tp_day_app_count: '0' })
  })

  it('pages by start_index and max_result (default 20; max_results read too; empty means default)', async () => {
    const range = dates('20250101', '20250304')
    const first = await tp({ ...range, metrics: 'tp_day_user_count', start_index: '', max_result: '' })
    expect(first.total).toBe(63)
    expect(first.result).toHaveLength(20)
    const sized = await tp({ ...range, metrics: 'tp_day_user_count', start_index: '60', max_result: '50' })
    expect(sized.result!.map((r) => r['data'])).toEqual(['20250302', '20250303', '20250304'])
    const plural = await tp({ ...range, metrics: 'tp_day_user_count', start_index: '10', max_results: '5' })
    expect(plural.offset).toBe(10)
    expect(plural.result!.map((r) => r['data'])).toEqual(['20250111', '20250112', '20250113', '20250114', '20250115'])
    expect(await allRowsOf(sim, 'gettpdata', { ...range, metrics: 'tp_day_user_count' }, { token: TP_TOKEN, method: 'GET' })).toHaveLength(63)
    expect((await callData(sim, 'gettpdata', { ...range, start_index: '63' }, { token: TP_TOKEN })).errno).toBe(40018)
  })

  it.each([
    ['an unknown metric', { metrics: 'tp_day_user_count,tp_year_user_count' }, 'metrics'],
    ['a scene that is not an id', { scene: 'share' }, 'scene'],
    ['max_result 0', { max_result: '0' }, 'max_result'],
    ['max_result not a number', { max_result: 'ten' }, 'max_result'],
    ['no start_date', { start_date: undefined }, 'start_date']
  ])('answers 40001 for %s', async (_, change, hint) => {
    const params: Record<string, string> = dates('20250101', '20250110')
    for (const [k, v] of Object.entries(change)) {
      if (v === undefined) delete params[k]
      else params[k] = v
    }
    const answer = await callData(sim, 'gettpdata', params, { token: TP_TOKEN })
    expect(answer.errno).toBe(40001)
    expect(answer.msg).toContain(hint)
  })

  it('takes GET and POST, every metric when none is named, and the reference curl as written', async () => {
    const viaPost = await tp({ ...dates('20250101', '20250101') }, 'POST')
    expect(Object.keys(viaPost.result![0]!)).toEqual(['data', ...ALL])
    // The reference's curl: odd parameter names ("start_date  ", "start_date\t"), empty paging.
    const query =
      'access_token=' + TP_TOKEN + '&scene=11700000&metrics=tp_day_app_count,tp_day_user_count,tp_session_count_per_person,tp_day_feedback_count' +
      '&start_date  =20190321&end_date=20190328&start_index=&max_result=&start_date%09=20190321'
    const answer = await send(sim, { method: 'GET', url: `${DATA}gettpdata?${query}`, headers: {}, body: '' })
    expect(answer.json.errno).toBe(0)
    expect(answer.json.data!.total).toBe(8)
  })
})
