import { describe, expect, it } from 'vitest'
import { eachDay, type DayRange } from '../../../src/shared/calendar'
import { launchDay } from '../../../src/main/simulator/app-launch'
import { bucketStats } from '../../../src/main/simulator/bucket-model'
import { dayStats } from '../../../src/main/simulator/day-model'
import { DEMO_APPS } from '../../../src/main/simulator/demo-apps'
import { newUsersBefore, newUsersThrough } from '../../../src/main/simulator/timeline'
import type { SimApp } from '../../../src/main/simulator/types'
import { allRowsOf, dataOf, dates, n, simAt } from './sim-client'

const FRESH: SimApp = { appId: 'fresh', name: 'fresh', token: '45.test.fresh', seed: 4242, baseUsers: 3000, launchDay: '20240301' }

describe('launch day', () => {
  it('is drawn from the seed for apps without one: before 2018 for the demo apps, always the same', () => {
    for (const app of DEMO_APPS) {
      const day = launchDay(app)
      expect(day >= '20150601' && day < '20171001').toBe(true)
      expect(launchDay({ seed: app.seed })).toBe(day)
    }
    expect(new Set(DEMO_APPS.map(launchDay)).size).toBe(DEMO_APPS.length)
    expect(launchDay(FRESH)).toBe('20240301')
  })

  it('has no users before launch, only new users on the launch day, and a ramp after it', () => {
    expect(dayStats(FRESH, '20240229')).toMatchObject({ users: 0, sessions: 0, newUsers: 0 })
    const first = dayStats(FRESH, '20240301')
    expect(first.users).toBeGreaterThan(0)
    expect(first.oldUsers).toBe(0)
    expect(dayStats(FRESH, '20240601').users).toBeGreaterThan(2 * first.users)
  })

  it('never lets more users return than had arrived before, per day and per bucket', () => {
    for (const day of eachDay({ from: '20240301', to: '20240630' })) {
      expect(dayStats(FRESH, day).oldUsers).toBeLessThanOrEqual(newUsersBefore(FRESH, day))
    }
    for (const range of [
      { from: '20240301', to: '20240307' },
      { from: '20240225', to: '20240330' },
      { from: '20240310', to: '20240420' }
    ] satisfies DayRange[]) {
      expect(bucketStats(FRESH, range).users).toBeLessThanOrEqual(newUsersThrough(FRESH, range.to))
    }
  })

  it('answers days before launch with no rows: clipped to the launch day, or empty', async () => {
    const sim = simAt(undefined, { apps: [FRESH] })
    const trend = await dataOf(sim, 'getanalysisusertrend', { ...dates('20240220', '20240310'), gran: 'day' }, { token: FRESH.token })
    expect(trend.time_span).toBe('2024/03/01 - 2024/03/10')
    expect(trend.total).toBe(10)
    expect(n(trend.data_list!.at(-1), 'old_user_count')).toBe(0)
    for (const [endpoint, extra] of [
      ['getanalysisusertrend', { gran: 'week' }],
      ['getanalysisregion', {}],
      ['getanalysisretaineduser', { gran: 'day', report_type: 'count' }]
    ] as const) {
      const before = await dataOf(sim, endpoint, { ...dates('20240101', '20240229'), ...extra }, { token: FRESH.token })
      expect(before.total).toBe(0)
      expect(before.data_list).toEqual([])
      expect(Object.values(before.sum!).every((v) => v === '--')).toBe(true)
    }
    const portrait = await dataOf(sim, 'getanalysisvisitattribute', dates('20240101', '20240229'), { token: FRESH.token })
    expect(portrait).toEqual({ data_list: [] })
  })

  it('keeps activity sane from the first day: no negative losses, degrees within 100', async () => {
    const sim = simAt(undefined, { apps: [FRESH] })
    const rows = await allRowsOf(sim, 'getanalysisactivityuser', dates('20240301', '20240615'), { token: FRESH.token })
    const launch = rows.at(-1)!
    expect(n(launch, 'accumulative_user_count')).toBe(n(launch, 'user_count'))
    expect(n(launch, 'daily_activity_degree')).toBe(100)
    for (const row of rows) {
      expect(n(row, 'lost_user_count')).toBeGreaterThanOrEqual(0)
      expect(n(row, 'monthly_activity_degree')).toBeLessThanOrEqual(100)
      expect(n(row, 'monthly_user_count')).toBeLessThanOrEqual(n(row, 'accumulative_user_count'))
    }
    // Nobody can be lost within the first 60 days: everyone was seen in the window.
    expect(rows.filter((r) => String(r['name']) <= '2024/04/29').every((r) => r['lost_user_count'] === 0)).toBe(true)
  })
})
