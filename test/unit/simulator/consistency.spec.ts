// Every report describes the same population: for random apps and ranges, the figures that must
// agree across endpoints do.
import { describe, expect, it } from 'vitest'
import { addDays, type DayRange } from '../../../src/shared/calendar'
import { CHARACTER_TYPES, TERMINAL_TYPES } from '../../../src/shared/reports'
import { launchDay } from '../../../src/main/simulator/app-launch'
import { bucketStats } from '../../../src/main/simulator/bucket-model'
import { newUsersThrough } from '../../../src/main/simulator/timeline'
import { allRowsOf, APPS, dataOf, n, sequence, simAt, TP_TOKEN, total, type Row } from './sim-client'

const sim = simAt()
const next = sequence(20261121)

function randomRange(): DayRange {
  const from = addDays('20180101', Math.floor(next() * 3100))
  return { from, to: addDays(from, Math.floor(next() * 100)) }
}

const cases = Array.from({ length: 12 }, (_, i) => ({ app: APPS[i % APPS.length]!, r: randomRange() }))

describe.each(cases)('reports agree: $app.appId $r.from–$r.to', ({ app, r }) => {
  const range = { start_date: r.from, end_date: r.to }
  const opts = { token: app.token }
  const rowsOf = (endpoint: string, extra: Record<string, string> = {}): Promise<Row[]> => allRowsOf(sim, endpoint, { ...range, ...extra }, opts)
  const trendSum = async (): Promise<Row> => (await dataOf(sim, 'getanalysisusertrend', { ...range, gran: 'day' }, opts)).sum!

  it('splits of sessions and users add up to the trend', async () => {
    const sum = await trendSum()
    const [sessions, users] = [n(sum, 'session_count'), n(sum, 'user_count')]
    expect(total(await rowsOf('getanalysisregion'), 'session_count_district')).toBe(sessions)
    for (const type of TERMINAL_TYPES) {
      expect(total(await rowsOf('getanalysisterminal', { terminal_type: type }), 'accumulative_session_count')).toBe(sessions)
    }
    const pages = await rowsOf('getanalysisvisitpage')
    expect(total(pages, 'entry_count')).toBe(sessions)
    expect(total(pages, 'exit_count')).toBe(sessions)
    for (const type of CHARACTER_TYPES) {
      const rows = await rowsOf('getanalysisvisitcharacter', { character_type: type })
      expect(total(rows, type === 'frequency' ? 'user_count' : 'session_count')).toBe(type === 'frequency' ? users : sessions)
    }
    expect(total(await rowsOf('getanalysissource'), 'user_count')).toBe(users)
  })

  it('retention cohorts are the trend buckets', async () => {
    for (const gran of ['day', 'week', 'month']) {
      const cohorts = await rowsOf('getanalysisretaineduser', { gran, report_type: 'count' })
      const buckets = (await rowsOf('getanalysisusertrend', { gran })).reverse()
      expect(cohorts.map((c) => c['name'])).toEqual(buckets.map((b) => b['name']))
      expect(cohorts.map((c) => c['active_user_count'])).toEqual(buckets.map((b) => b['user_count']))
    }
  })

  it('activity follows the trend day by day, with daily ≤ weekly ≤ monthly', async () => {
    const activity = await rowsOf('getanalysisactivityuser')
    const days = await rowsOf('getanalysisusertrend', { gran: 'day' })
    expect(activity.map((a) => [a['name'], a['user_count']])).toEqual(days.map((d) => [d['name'], d['user_count']]))
    for (const row of activity) {
      expect(n(row, 'user_count')).toBeLessThanOrEqual(n(row, 'weekly_user_count'))
      expect(n(row, 'weekly_user_count')).toBeLessThanOrEqual(n(row, 'monthly_user_count'))
    }
  })

  it('the TP summary is the sum of its apps', async () => {
    const day = addDays(r.from, Math.floor((next() * (Number(r.to) - Number(r.from) + 1)) % 28))
    const [row] = (await dataOf(sim, 'gettpdata', { start_date: day, end_date: day, metrics: 'tp_day_user_count,tp_day_session_count,tp_day_new_user_count' }, { token: TP_TOKEN })).result!
    const sums = await Promise.all(APPS.map(async (a) => (await dataOf(sim, 'getanalysisusertrend', { start_date: day, end_date: day, gran: 'day' }, { token: a.token })).sum!))
    expect(Number(row!['tp_day_user_count'])).toBe(sums.reduce((a, s) => a + n(s, 'user_count'), 0))
    expect(Number(row!['tp_day_session_count'])).toBe(sums.reduce((a, s) => a + n(s, 'session_count'), 0))
    expect(Number(row!['tp_day_new_user_count'])).toBe(sums.reduce((a, s) => a + n(s, 'new_user_count'), 0))
  })
})

describe('activity windows over every day the demo apps have lived', () => {
  it('are ordered daily ≤ weekly ≤ monthly ≤ accumulated by the model itself (the endpoint clamps never bite)', () => {
    for (const app of APPS) {
      for (let day = launchDay(app); day <= '20261120'; day = addDays(day, 3)) {
        const window = (days: number): number => bucketStats(app, { from: addDays(day, 1 - days), to: day }).users
        const [daily, weekly, monthly] = [window(1), window(7), window(30)]
        expect(daily).toBeLessThanOrEqual(weekly)
        expect(weekly).toBeLessThanOrEqual(monthly)
        expect(monthly).toBeLessThanOrEqual(newUsersThrough(app, day))
        expect(window(60)).toBeLessThanOrEqual(newUsersThrough(app, day))
      }
    }
  })
})
