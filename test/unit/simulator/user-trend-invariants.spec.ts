import { describe, expect, it } from 'vitest'
import { addDays, monthBuckets, weekBuckets, type DayRange } from '../../../src/shared/calendar'
import { DEMO_APPS } from '../../../src/main/simulator/demo-apps'
import { createSimulator } from '../../../src/main/simulator/simulator'
import { allRows, num, range, trend, type TrendRowJson } from './trend-client'

const sim = createSimulator({ now: () => Date.parse('2026-01-01T12:00:00+08:00') })

/** A fixed pseudo-random sequence (LCG), so a failure reproduces. */
function sequence(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 0x100000000
  }
}

function randomRange(next: () => number): DayRange {
  const from = addDays('20190101', Math.floor(next() * 2400))
  return { from, to: addDays(from, Math.floor(next() * 120)) }
}

function expectConsistentRow(row: Record<string, number | string>): void {
  const users = num(row, 'user_count')
  expect(num(row, 'new_user_count') + num(row, 'old_user_count')).toBe(users)
  // Exactly 100 in two-decimal arithmetic, never 99.99 or 100.01.
  expect(num(row, 'new_user_ratio') + num(row, 'old_user_ratio')).toBe(100)
  const exactShare = (num(row, 'new_user_count') / users) * 100
  expect(Math.abs(num(row, 'new_user_ratio') - exactShare)).toBeLessThanOrEqual(0.005)
  expect(num(row, 'session_count')).toBeGreaterThanOrEqual(users)
  for (const value of Object.values(row)) {
    if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true)
  }
  for (const m of ['new_user_count', 'old_user_count', 'session_count', 'average_session_time']) {
    expect(Number.isInteger(num(row, m))).toBe(true)
  }
  // Time per user and per session come from the same total time.
  const perUser = num(row, 'session_time_per_person')
  const perSession = num(row, 'average_session_time')
  expect(Math.abs(perUser * users - perSession * num(row, 'session_count'))).toBeLessThanOrEqual(
    (users + num(row, 'session_count')) / 2 + 1
  )
}

/** Users of a bucket lie between the busiest day and the sum over its days. */
function expectDeduplicated(bucket: Record<string, number | string>, days: TrendRowJson[]): void {
  const users = days.map((d) => num(d, 'user_count'))
  expect(num(bucket, 'user_count')).toBeLessThanOrEqual(users.reduce((a, b) => a + b, 0))
  expect(num(bucket, 'user_count')).toBeGreaterThanOrEqual(Math.max(...users))
  expect(num(bucket, 'new_user_count')).toBe(days.reduce((a, d) => a + num(d, 'new_user_count'), 0))
  expect(num(bucket, 'session_count')).toBe(days.reduce((a, d) => a + num(d, 'session_count'), 0))
}

describe('getanalysisusertrend consistency over random ranges', () => {
  const next = sequence(20190401)
  const cases = Array.from({ length: 24 }, (_, i) => ({
    app: DEMO_APPS[i % DEMO_APPS.length]!,
    r: randomRange(next)
  }))

  it.each(cases)('$app.appId $r.from–$r.to', async ({ app, r }) => {
    const rowsOf = (gran: string): Promise<TrendRowJson[]> => allRows(sim, r.from, r.to, gran, app.token)
    const days = await rowsOf('day')
    const dayRows = days.map((d) => ({ day: d.name.replaceAll('/', ''), row: d }))
    const sum = (await trend(sim, range(r.from, r.to, 'day'), app.token)).sum
    expectConsistentRow(sum)
    expectDeduplicated(sum, days)
    for (const day of days) expectConsistentRow(day)

    for (const [gran, buckets] of [
      ['week', weekBuckets(r)],
      ['month', monthBuckets(r)]
    ] as const) {
      const rows = await rowsOf(gran)
      expect(rows).toHaveLength(buckets.length)
      // Rows are newest first, buckets oldest first.
      rows.reverse().forEach((row, i) => {
        const bucket = buckets[i]!
        const inside = dayRows.filter(({ day }) => day >= bucket.from && day <= bucket.to).map((d) => d.row)
        expectConsistentRow(row)
        expectDeduplicated(row, inside)
      })
    }

    const hours = await rowsOf('hour')
    expect(hours).toHaveLength(24)
    for (const hour of hours) {
      expect(num(hour, 'new_user_count') + num(hour, 'old_user_count')).toBe(num(hour, 'user_count'))
      expect(num(hour, 'user_count')).toBeLessThanOrEqual(num(hour, 'session_count'))
      expect(num(hour, 'user_count')).toBeLessThanOrEqual(num(sum, 'user_count'))
    }
  })
})

