import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc.js'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  beijingToday,
  beijingYesterday,
  dayCount,
  eachDay,
  fromSlashDate,
  isSettled,
  isValidDay,
  weekdayIndex,
  matchPreset,
  monthBuckets,
  presetRange,
  weekBuckets
} from '../../../src/shared/calendar'

const at = (iso: string) => Date.parse(iso)

describe('Beijing calendar', () => {
  it('knows Beijing’s date whatever the machine’s zone', () => {
    expect(beijingToday(at('2026-11-20T15:59:59Z'))).toBe('20261120')
    expect(beijingToday(at('2026-11-20T16:00:00Z'))).toBe('20261121')
    expect(beijingYesterday(at('2026-03-01T00:00:00+08:00'))).toBe('20260228')
  })

  it('validates real calendar days only', () => {
    expect(isValidDay('20240229')).toBe(true)
    for (const bad of ['20230229', '20191301', '2019041', '2019-04-10', '201904100', 'abcdefgh']) expect(isValidDay(bad), bad).toBe(false)
  })

  it('does day arithmetic across months and years', () => {
    expect(addDays('20191231', 1)).toBe('20200101')
    expect(dayCount({ from: '20190401', to: '20190415' })).toBe(15)
    expect(eachDay({ from: '20190227', to: '20190302' })).toEqual(['20190227', '20190228', '20190301', '20190302'])
    expect(fromSlashDate('2019/04/15')).toBe('20190415')
    expect(fromSlashDate('2019/04/15 - 2019/04/21')).toBeNull()
  })

  it('clips natural Monday–Sunday weeks to the range (the reference example)', () => {
    expect(weekBuckets({ from: '20190401', to: '20190415' })).toEqual([
      { from: '20190401', to: '20190407' },
      { from: '20190408', to: '20190414' },
      { from: '20190415', to: '20190415' }
    ])
    expect(weekBuckets({ from: '20190403', to: '20190404' })).toEqual([{ from: '20190403', to: '20190404' }])
  })

  it('clips natural months to the range', () => {
    expect(monthBuckets({ from: '20190115', to: '20190310' })).toEqual([
      { from: '20190115', to: '20190131' },
      { from: '20190201', to: '20190228' },
      { from: '20190301', to: '20190310' }
    ])
  })

  it('computes presets in Beijing time, never beyond yesterday', () => {
    const now = at('2026-11-20T17:00:00Z') // 01:00 on the 21st in Beijing, still the 20th in UTC
    expect(presetRange('yesterday', now)).toEqual({ from: '20261120', to: '20261120' })
    expect(presetRange('last7', now)).toEqual({ from: '20261114', to: '20261120' })
    expect(presetRange('last30', now)).toEqual({ from: '20261022', to: '20261120' })
    expect(presetRange('thisMonth', now)).toEqual({ from: '20261101', to: '20261120' })
    expect(presetRange('lastMonth', now)).toEqual({ from: '20261001', to: '20261031' })
    expect(presetRange('thisMonth', at('2026-12-01T01:00:00+08:00'))).toBeNull()
    expect(presetRange('lastMonth', at('2026-03-15T12:00:00+08:00'))).toEqual({ from: '20260201', to: '20260228' })
    expect(matchPreset({ from: '20261114', to: '20261120' }, now)).toBe('last7')
    expect(matchPreset({ from: '20261113', to: '20261120' }, now)).toBeNull()
  })

  it('settles a range once it ends before the unsettled window', () => {
    const now = at('2026-11-21T12:00:00+08:00')
    expect(isSettled({ from: '20261101', to: '20261118' }, now, 2)).toBe(true)
    expect(isSettled({ from: '20261101', to: '20261119' }, now, 2)).toBe(false)
    expect(isSettled({ from: '20261101', to: '20261120' }, now, 0)).toBe(true)
  })

  it('agrees with dayjs on day arithmetic and weekdays for every day from 1990 to 2099', () => {
    dayjs.extend(utc)
    let mismatches = 0
    for (let i = 0; i < 40_000; i += 1) {
      const d = dayjs.utc('1990-01-01').add(i, 'day')
      const day = d.format('YYYYMMDD')
      if (addDays(day, 37) !== d.add(37, 'day').format('YYYYMMDD')) mismatches++
      if (addDays(day, -400) !== d.subtract(400, 'day').format('YYYYMMDD')) mismatches++
      if (weekdayIndex(day) !== (d.day() + 6) % 7) mismatches++
      if (!isValidDay(day)) mismatches++
    }
    expect(mismatches).toBe(0)
  })
})
