import { describe, expect, it, vi } from 'vitest'
import { addDays, eachDay, weekdayIndex } from '../../../src/shared/calendar'
import {
  bucketStats,
  distinctReturning,
  hourStats,
  returningFactor
} from '../../../src/main/simulator/bucket-model'
import { dayStats } from '../../../src/main/simulator/day-model'
import { DEMO_APPS } from '../../../src/main/simulator/demo-apps'
import type { SimApp } from '../../../src/main/simulator/types'

const [LIFE, NEWS, SMALL] = DEMO_APPS as [SimApp, SimApp, SimApp]

describe('daily model', () => {
  it('is a pure function of the app and the day, even with fresh caches', async () => {
    const days = eachDay({ from: '20200101', to: '20200110' })
    const before = days.map((d) => ({ ...dayStats(LIFE, d) }))
    vi.resetModules()
    const fresh = await import('../../../src/main/simulator/day-model')
    // Asked in reverse order: no day depends on having computed the one before it.
    const after = [...days].reverse().map((d) => ({ ...fresh.dayStats({ ...LIFE }, d) })).reverse()
    expect(after).toEqual(before)
  })

  it('differs between apps and between days', () => {
    expect(dayStats(LIFE, '20200101')).not.toEqual(dayStats({ ...LIFE, seed: LIFE.seed + 1 }, '20200101'))
    const users = eachDay({ from: '20200101', to: '20200131' }).map((d) => dayStats(LIFE, d).users)
    expect(new Set(users).size).toBeGreaterThan(20)
  })

  it('keeps every day internally consistent and plausibly sized', () => {
    for (const app of DEMO_APPS) {
      for (const day of eachDay({ from: '20180101', to: '20261231' })) {
        const d = dayStats(app, day)
        expect(d.newUsers + d.oldUsers).toBe(d.users)
        expect(d.newUsers).toBeGreaterThanOrEqual(0)
        expect(d.oldUsers).toBeGreaterThanOrEqual(0)
        expect(d.sessions).toBeGreaterThanOrEqual(d.users)
        expect(d.totalTime).toBeGreaterThan(d.sessions * 10)
        expect(d.users).toBeGreaterThan(app.baseUsers * 0.3)
        expect(d.users).toBeLessThan(app.baseUsers * 3.5)
      }
    }
  })

  it('has weekly seasonality: one weekday stands out from the average over a year', () => {
    for (const app of DEMO_APPS) {
      const byWeekday = Array.from({ length: 7 }, () => 0)
      const days = eachDay({ from: '20210104', to: '20220102' })
      for (const day of days) byWeekday[weekdayIndex(day)]! += dayStats(app, day).users
      const spread = (Math.max(...byWeekday) - Math.min(...byWeekday)) / Math.min(...byWeekday)
      expect(spread).toBeGreaterThan(0.02)
    }
  })

  it('grows slowly: no runaway from one year to the next', () => {
    const yearTotal = (year: number): number =>
      eachDay({ from: `${year}0101`, to: `${year}1231` }).reduce((a, d) => a + dayStats(NEWS, d).users, 0)
    for (let year = 2019; year < 2026; year++) {
      const ratio = yearTotal(year + 1) / yearTotal(year)
      expect(ratio).toBeGreaterThan(0.8)
      expect(ratio).toBeLessThan(1.4)
    }
  })
})

describe('buckets', () => {
  it('f(1) = 1 and f falls with the bucket length', () => {
    expect(returningFactor(LIFE, 1)).toBe(1)
    let previous = 1
    for (const n of [2, 7, 28, 31, 365]) {
      const f = returningFactor(LIFE, n)
      expect(f).toBeLessThan(previous)
      expect(f).toBeGreaterThan(0)
      previous = f
    }
  })

  it('a one-day bucket is that day', () => {
    const { day: _, ...day } = dayStats(SMALL, '20200315')
    const { range: __, days, ...bucket } = bucketStats(SMALL, { from: '20200315', to: '20200315' })
    expect(days).toBe(1)
    expect(bucket).toEqual(day)
  })

  it('adds new users, sessions and time, and deduplicates returning users', () => {
    const range = { from: '20200301', to: '20200331' }
    const days = eachDay(range).map((d) => dayStats(NEWS, d))
    const sum = (pick: (d: (typeof days)[number]) => number): number => days.reduce((a, d) => a + pick(d), 0)
    const b = bucketStats(NEWS, range)
    expect(b.days).toBe(31)
    expect(b.newUsers).toBe(sum((d) => d.newUsers))
    expect(b.sessions).toBe(sum((d) => d.sessions))
    expect(b.totalTime).toBe(sum((d) => d.totalTime))
    const deduplicated = Math.round(sum((d) => d.oldUsers) * returningFactor(NEWS, 31))
    expect(b.oldUsers).toBe(Math.max(deduplicated, ...days.map((d) => d.oldUsers)))
    expect(b.users).toBe(b.newUsers + b.oldUsers)
  })

  it('deduplicates returning users by f(n), but never below the busiest day', () => {
    expect(distinctReturning(1000, 120, 0.4)).toBe(400)
    // One huge day in a short bucket: the dedup estimate would fall below that day alone.
    expect(distinctReturning(1000, 900, 0.7)).toBe(900)
  })

  it('never counts fewer returning users than the busiest day, even for short buckets', () => {
    for (let i = 0; i < 200; i++) {
      const from = addDays('20190101', i * 7)
      const range = { from, to: addDays(from, 1) }
      const b = bucketStats(SMALL, range)
      const busiest = Math.max(...eachDay(range).map((d) => dayStats(SMALL, d).oldUsers))
      expect(b.oldUsers).toBeGreaterThanOrEqual(busiest)
    }
  })
})

describe('hours', () => {
  it('split sessions, time and first launches exactly, with sane users per hour', () => {
    for (const range of [
      { from: '20200101', to: '20200101' },
      { from: '20200101', to: '20200630' }
    ]) {
      for (const app of DEMO_APPS) {
        const total = bucketStats(app, range)
        const hours = hourStats(app, range)
        expect(hours.map((h) => h.hour)).toEqual(Array.from({ length: 24 }, (_, h) => h))
        expect(hours.reduce((a, h) => a + h.sessions, 0)).toBe(total.sessions)
        expect(hours.reduce((a, h) => a + h.totalTime, 0)).toBe(total.totalTime)
        expect(hours.reduce((a, h) => a + h.newUsers, 0)).toBeLessThanOrEqual(total.newUsers)
        for (const h of hours) {
          expect(h.newUsers + h.oldUsers).toBe(h.users)
          expect(h.users).toBeLessThanOrEqual(h.sessions)
          expect(h.users).toBeLessThanOrEqual(total.users)
          expect(h.oldUsers).toBeLessThanOrEqual(total.oldUsers)
          expect(h.oldUsers).toBeGreaterThanOrEqual(0)
        }
      }
    }
  })
})
