import { describe, expect, it } from 'vitest'
import { formatClock, formatCount, parseVariantKey, syncPercent, variantText } from '../../src/renderer/src/sync-format'
import { allVariants, variantKey } from '../../src/shared/reports'

describe('sync formatting', () => {
  it('turns requests into a whole percentage that never passes 100', () => {
    expect(syncPercent(null)).toBe(0)
    expect(syncPercent({ requestsDone: 0, requestsTotal: 0, state: 'running' })).toBe(0)
    expect(syncPercent({ requestsDone: 12, requestsTotal: 40, state: 'running' })).toBe(30)
    expect(syncPercent({ requestsDone: 39, requestsTotal: 40, state: 'running' })).toBe(97)
    // Paging found pages the plan did not know of: done overtakes the stale total.
    expect(syncPercent({ requestsDone: 55, requestsTotal: 40, state: 'running' })).toBe(99)
    expect(syncPercent({ requestsDone: 40, requestsTotal: 40, state: 'running' })).toBe(99)
    expect(syncPercent({ requestsDone: 55, requestsTotal: 40, state: 'cancelled' })).toBe(100)
    expect(syncPercent({ requestsDone: 3, requestsTotal: 40, state: 'done' })).toBe(100)
    expect(syncPercent({ requestsDone: 10, requestsTotal: 40, state: 'cancelled' })).toBe(25)
  })

  it('formats time left like a clock, rounding up', () => {
    expect(formatClock(42_000)).toBe('0:42')
    expect(formatClock(41_200)).toBe('0:42')
    expect(formatClock(400)).toBe('0:01')
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(-5)).toBe('0:00')
    expect(formatClock(61_000)).toBe('1:01')
    expect(formatClock(3_723_000)).toBe('1:02:03')
  })

  it('groups counts by the locale', () => {
    expect(formatCount(3456, 'zh-CN')).toBe('3,456')
    expect(formatCount(3456, 'en')).toBe('3,456')
  })

  it('names variants in the catalogue words and order', () => {
    expect(parseVariantKey('')).toEqual([])
    expect(parseVariantKey('gran=day&report_type=ratio')).toEqual([['gran', 'day'], ['report_type', 'ratio']])
    expect(variantText('trend', 'gran=week', 'zh-CN')).toBe('按周')
    expect(variantText('retention', 'gran=month&report_type=ratio', 'zh-CN')).toBe('留存率 · 按月')
    expect(variantText('retention', 'gran=month&report_type=ratio', 'en')).toBe('Retention rate · By month')
    expect(variantText('activity', '', 'en')).toBe('')
    // tp syncs every metric across all scenes: nothing worth listing but the scene.
    const tp = variantKey(allVariants('tp')[0]!)
    expect(variantText('tp', tp, 'zh-CN')).toBe('全部场景')
    expect(variantText('trend', 'gran=year', 'en')).toBe('gran=year')
    expect(variantText('trend', 'odd=1', 'en')).toBe('odd=1')
  })
})
