// The reference's examples of the plain table reports, normalised; expectations copied by hand from the examples.
import { describe, expect, it } from 'vitest'
import { normalisePage } from '../../../../src/main/baidu/normalise'
import { resolveVariant } from '../../../../src/shared/reports'
import { referenceData } from './reference-fixture'

/** Pairs keys (in the example's order) with values as the example writes them. */
function zip(keys: readonly string[], values: readonly (number | null)[]): Record<string, number | null> {
  expect(values).toHaveLength(keys.length)
  return Object.fromEntries(keys.map((k, i) => [k, values[i]!]))
}

const TREND = [
  'new_user_count',
  'new_user_ratio',
  'old_user_count',
  'old_user_ratio',
  'user_count',
  'session_count',
  'average_session_time',
  'session_time_per_person'
]
const ACTIVITY = [
  'user_count',
  'daily_activity_degree',
  'day_month_activity_degree',
  'weekly_user_count',
  'weekly_activity_degree',
  'monthly_user_count',
  'monthly_activity_degree',
  'lost_user_count',
  'lost_ratio',
  'accumulative_user_count'
]
const REGION = [
  'session_count_district',
  'session_count_district_ratio',
  'new_user_count_district_ratio',
  'user_count_district_ratio',
  'average_session_time_district'
]
const TERMINAL = [
  'accumulative_session_count',
  'accumulative_session_count_ratio',
  'accumulative_new_user_count_ratio',
  'accumulative_user_count_ratio',
  'average_use_time'
]
const RANGE = '2019/04/10 - 2019/04/15'

describe('reference examples: tables', () => {
  it('trend (getanalysisusertrend, gran=day)', () => {
    expect(normalisePage('trend', resolveVariant('trend', { gran: 'day' }), referenceData('trend'))).toStrictEqual({
      timeSpan: RANGE,
      offset: 0,
      total: 6,
      sum: zip(TREND, [5620, 82.19, 1218, 17.81, 6838, 7727, 54, 61]),
      rows: [
        { name: '2019/04/15', values: zip(TREND, [1150, 78.02, 324, 21.98, 1474, 1570, 44, 47]) },
        { name: '2019/04/14', values: zip(TREND, [1243, 78.67, 337, 21.33, 1580, 1687, 56, 60]) }
      ]
    })
  })

  it('activity (getanalysisactivityuser)', () => {
    expect(normalisePage('activity', resolveVariant('activity'), referenceData('activity'))).toStrictEqual({
      timeSpan: RANGE,
      offset: 0,
      total: 6,
      sum: zip(ACTIVITY, [1474, 1.97, 6.07, 7876, 10.53, 24294, 32.48, 20066, 26.83, 74801]),
      rows: [
        { name: '2019/04/15', values: zip(ACTIVITY, [1474, 1.97, 6.07, 7876, 10.53, 24294, 32.48, 20066, 26.83, 74801]) },
        { name: '2019/04/14', values: zip(ACTIVITY, [1580, 2.15, 6.45, 7967, 10.82, 24511, 33.28, 18976, 25.76, 73651]) }
      ]
    })
  })

  it('region (getanalysisregion)', () => {
    expect(normalisePage('region', resolveVariant('region'), referenceData('region'))).toStrictEqual({
      timeSpan: RANGE,
      offset: 0,
      total: 34,
      sum: zip(REGION, [7718, 100, 100, 100, 54]),
      rows: [
        { name: '重庆', values: zip(REGION, [1180, 15.29, 15.28, 15.72, 27]) },
        { name: '广东', values: zip(REGION, [1145, 14.84, 14.67, 14.71, 49]) }
      ]
    })
  })

  // Asked for terminal_brand, the example answers with OS names; they are kept as sent.
  it('terminal (getanalysisterminal, terminal_type=terminal_brand)', () => {
    expect(normalisePage('terminal', resolveVariant('terminal', { terminal_type: 'terminal_brand' }), referenceData('terminal-brand'))).toStrictEqual({
      timeSpan: RANGE,
      offset: 0,
      total: 32,
      sum: zip(TERMINAL, [7727, 100, 100, 100, 54]),
      rows: [
        { name: 'Android 8', values: zip(TERMINAL, [1646, 21.3, 21.64, 21.79, 48]) },
        { name: 'Android 8.1', values: zip(TERMINAL, [1502, 19.44, 20.07, 20.09, 36]) }
      ]
    })
  })

  // character_type=depth counts sessions, yet the example answers with user_count / user_count_ratio.
  it('habits (getanalysisvisitcharacter, character_type=depth) reads the user_count spelling', () => {
    const keys = ['session_count', 'session_count_ratio']
    expect(normalisePage('habits', resolveVariant('habits', { character_type: 'depth' }), referenceData('habits-depth'))).toStrictEqual({
      timeSpan: RANGE,
      offset: 0,
      total: 6,
      sum: zip(keys, [7179, 100]),
      rows: [
        { name: '1-2次', values: zip(keys, [7102, 98.93]) },
        { name: '3-5次', values: zip(keys, [68, 0.95]) },
        { name: '6-9次', values: zip(keys, [6, 0.08]) },
        { name: '10-19次', values: zip(keys, [3, 0.04]) },
        { name: '20-49次', values: zip(keys, [0, 0]) },
        { name: '50次以上', values: zip(keys, [0, 0]) }
      ]
    })
  })
})
