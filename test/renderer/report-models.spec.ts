import { describe, expect, it } from 'vitest'
import { formatChange } from '../../src/shared/format'
import { bucketDays, isPartialBucket } from '../../src/renderer/src/models/buckets'
import { compareRange, percentChange } from '../../src/shared/compare'
import { combineFreshness } from '../../src/renderer/src/models/freshness'
import { pageTableRows, searchPages } from '../../src/renderer/src/models/pages'
import { averageCurve, maxRate, retentionRate } from '../../src/renderer/src/models/retention'
import { compareValues, sortRows } from '../../src/renderer/src/models/sort'
import { topRows } from '../../src/shared/ranking'
import { totalKind, tpTotal } from '../../src/renderer/src/models/tp-totals'
import { weekdayIndex } from '../../src/shared/calendar'
import type { RetentionRow } from '../../src/shared/report-data'

const RANGE = { from: '20240410', to: '20240515' }

describe('partial buckets', () => {
  it('marks weeks shorter than seven days', () => {
    expect(isPartialBucket('2024/04/10 - 2024/04/14', 'week', RANGE)).toBe(true)
    expect(isPartialBucket('2024/04/15 - 2024/04/21', 'week', RANGE)).toBe(false)
    expect(isPartialBucket('2024/05/13 - 2024/05/15', 'week', RANGE)).toBe(true)
  })

  it('marks months the range does not cover from the 1st to their last day', () => {
    expect(isPartialBucket('2024/04', 'month', RANGE)).toBe(true)
    expect(isPartialBucket('2024/05', 'month', RANGE)).toBe(true)
    expect(isPartialBucket('2024/02', 'month', { from: '20240101', to: '20240331' })).toBe(false)
    expect(bucketDays('2024/02', 'month', { from: '20240101', to: '20240331' })).toEqual({ from: '20240201', to: '20240229' })
  })

  it('never marks days, hours or names it cannot read', () => {
    expect(isPartialBucket('2024/04/10', 'day', RANGE)).toBe(false)
    expect(isPartialBucket('00:00 - 00:59', 'hour', RANGE)).toBe(false)
    expect(isPartialBucket('garbage', 'week', RANGE)).toBe(false)
  })
})

describe('comparison periods', () => {
  it('takes the same number of days right before', () => {
    expect(compareRange({ from: '20240301', to: '20240331' }, 'previous')).toEqual({ from: '20240130', to: '20240229' })
    expect(compareRange({ from: '20240301', to: '20240301' }, 'previous')).toEqual({ from: '20240229', to: '20240229' })
    expect(compareRange({ from: '20240301', to: '20240331' }, 'none')).toBeNull()
  })

  it('takes 364 days before a year back, so weekdays line up', () => {
    const year = compareRange({ from: '20240304', to: '20240310' }, 'year')!
    expect(year).toEqual({ from: '20230306', to: '20230312' })
    expect(weekdayIndex(year.from)).toBe(weekdayIndex('20240304'))
  })

  it('computes changes, with nothing to say when either side is missing or zero', () => {
    expect(percentChange(120, 100)).toBeCloseTo(20)
    expect(percentChange(80, 100)).toBeCloseTo(-20)
    expect(percentChange(5, 0)).toBeNull()
    expect(percentChange(null, 10)).toBeNull()
    expect(percentChange(10, null)).toBeNull()
    expect(formatChange(20, 'en')).toBe('+20.0%')
    expect(formatChange(-3.25, 'zh-CN')).toBe('−3.3%')
    expect(formatChange(0.01, 'en')).toBe('0.0%')
    expect(formatChange(null, 'en')).toBe('--')
  })
})

describe('sorting and ranking', () => {
  const rows = [
    { name: 'b', values: { x: 2 } },
    { name: 'a', values: { x: null } },
    { name: 'c', values: { x: 5 } }
  ]
  it('puts "--" last in both directions and keeps the original order for ties', () => {
    expect(sortRows(rows, { key: 'x', order: 'ascending' }).map((r) => r.name)).toEqual(['b', 'c', 'a'])
    expect(sortRows(rows, { key: 'x', order: 'descending' }).map((r) => r.name)).toEqual(['c', 'b', 'a'])
    expect(sortRows(rows, { key: 'name', order: 'ascending' }).map((r) => r.name)).toEqual(['a', 'b', 'c'])
    expect(sortRows(rows, null)).toEqual(rows)
    expect(compareValues(1, 1, 'ascending')).toBe(0)
  })
  it('ranks the top rows and leaves out the ones without a number', () => {
    expect(topRows(rows, 'x', 5).map((r) => r.name)).toEqual(['c', 'b'])
    expect(topRows(rows, 'x', 1).map((r) => r.name)).toEqual(['c'])
  })
})

describe('retention', () => {
  const cohort = (active: number, values: (number | null)[]): RetentionRow => ({ name: 'c', values: { active_user_count: active }, periods: values.map((value, i) => ({ n: i + 2, value })) })
  it('turns counts into rates and averages over the cohorts that reached each period', () => {
    const rows = [cohort(100, [50, 25, null]), cohort(200, [50, null, null])]
    expect(retentionRate(rows[0]!, 2, false)).toBe(50)
    expect(retentionRate(rows[0]!, 4, false)).toBeNull()
    expect(retentionRate(cohort(0, [5]), 2, false)).toBeNull()
    expect(averageCurve(rows, false).slice(0, 3)).toEqual([37.5, 25, null])
    expect(maxRate(rows, false)).toBe(50)
    expect(retentionRate(cohort(100, [12.5]), 2, true)).toBe(12.5)
  })
})

describe('platform totals', () => {
  const rows = [
    { name: '1', values: { tp_day_session_count: 10, tp_day_user_count: 4, tp_week_user_count: 7 } },
    { name: '2', values: { tp_day_session_count: 20, tp_day_user_count: 6, tp_week_user_count: null } }
  ]
  it('sums day counts, averages day users, and takes the newest number for the rest', () => {
    expect(totalKind('tp_day_session_count')).toBe('sum')
    expect(tpTotal(rows, 'tp_day_session_count')).toBe(30)
    expect(tpTotal(rows, 'tp_day_user_count')).toBe(5)
    expect(tpTotal([{ name: '1', values: { tp_day_user_count: 1 } }, { name: '2', values: { tp_day_user_count: 2 } }], 'tp_day_user_count')).toBe(2)
    expect(tpTotal(rows, 'tp_week_user_count')).toBe(7)
    expect(tpTotal(rows, 'tp_activity_degree')).toBeNull()
  })
})

describe('pages and freshness', () => {
  it('searches every word in the alias or path, ignoring case', () => {
    const rows = pageTableRows([
      { name: '首页', pageId: '1', path: 'pages/index/index', alias: '首页', values: {} },
      { name: 'pages/Order/list', pageId: '2', path: 'pages/Order/list', alias: '', values: {} }
    ])
    expect(rows.map((r) => [r.name, r.sub])).toEqual([
      ['首页', 'pages/index/index'],
      ['pages/Order/list', undefined]
    ])
    expect(searchPages(rows, 'order LIST').map((r) => r.id)).toEqual(['2'])
    expect(searchPages(rows, 'index').map((r) => r.id)).toEqual(['1'])
    expect(searchPages(rows, '  ')).toHaveLength(2)
  })

  it('says a tab of several queries is as old and as final as its oldest, least final part', () => {
    const a = { fetchedAt: 2_000, source: 'network' as const, settled: true, staleBecause: null }
    const b = { fetchedAt: 1_000, source: 'cache' as const, settled: false, staleBecause: 'quota' as const }
    expect(combineFreshness([a, b])).toEqual({ fetchedAt: 1_000, source: 'cache', settled: false, staleBecause: 'quota' })
    expect(combineFreshness([a])).toEqual(a)
    expect(combineFreshness([])).toBeNull()
  })
})
