// Tables and retention beyond the reference's examples: lenient values, aliases, variants, period keys.
import { describe, expect, it } from 'vitest'
import { normalisePage } from '../../../../src/main/baidu/normalise'
import { resolveVariant } from '../../../../src/shared/reports'
import { referenceData } from './reference-fixture'

describe('tables', () => {
  it('ignores unknown keys, such as a stray " " key, in rows and sum', () => {
    const data = referenceData('activity') as { sum: Record<string, unknown>; data_list: Record<string, unknown>[] }
    data.data_list[0]![' '] = 'stray'
    data.data_list[0]!['brand_new_metric'] = 42
    data.sum[' '] = ''
    const page = normalisePage('activity', resolveVariant('activity'), data)
    const keys = [
      'user_count',
      'weekly_user_count',
      'monthly_user_count',
      'daily_activity_degree',
      'weekly_activity_degree',
      'monthly_activity_degree',
      'day_month_activity_degree',
      'lost_user_count',
      'lost_ratio',
      'accumulative_user_count'
    ]
    expect(Object.keys(page.rows[0]!.values).sort()).toEqual([...keys].sort())
    expect(Object.keys(page.sum!).sort()).toEqual([...keys].sort())
    expect(page.rows[0]!.values['user_count']).toBe(1474)
  })

  it('reads numeric strings, whitespace, "--", non-finite and missing values', () => {
    const data = {
      total: ' 3 ',
      offset: '20',
      data_list: [{ name: '2019/04/15', user_count: '1474', new_user_ratio: ' 78.02 ', session_count: '--', average_session_time: Infinity, old_user_count: NaN }]
    }
    const { rows, total, offset, timeSpan, sum } = normalisePage('trend', resolveVariant('trend'), data)
    expect({ total, offset, timeSpan, sum }).toStrictEqual({ total: 3, offset: 20, timeSpan: '', sum: null })
    expect(rows[0]!.values).toStrictEqual({
      user_count: 1474,
      new_user_count: null,
      new_user_ratio: 78.02,
      old_user_count: null,
      old_user_ratio: null,
      session_count: null,
      average_session_time: null,
      session_time_per_person: null
    })
  })

  it('gives a row with no usable name an empty name', () => {
    const { rows } = normalisePage('region', resolveVariant('region'), { total: 2, data_list: [{}, { name: 110000 }] })
    expect(rows.map((r) => r.name)).toEqual(['', '110000'])
  })

  it('an empty page has no rows and keeps its total', () => {
    expect(normalisePage('trend', resolveVariant('trend'), { total: 40, offset: 40, data_list: [] })).toStrictEqual({
      timeSpan: '',
      offset: 40,
      total: 40,
      sum: null,
      rows: []
    })
  })

  it('reads an absent data_list as no rows', () => {
    expect(normalisePage('region', resolveVariant('region'), { total: 0 }).rows).toStrictEqual([])
  })

  it('terminal_network rows carry only the three network metrics', () => {
    const data = { total: 1, data_list: [{ name: 'wifi', accumulative_session_count: 9, accumulative_user_count_ratio: 50, average_use_time: 3 }] }
    const { rows } = normalisePage('terminal', resolveVariant('terminal', { terminal_type: 'terminal_network' }), data)
    expect(rows[0]!.values).toStrictEqual({ accumulative_session_count: 9, accumulative_session_count_ratio: null, average_use_time: 3 })
  })

  it('habits: frequency reads user_count, or session_count when that is the spelling sent', () => {
    const variant = resolveVariant('habits', { character_type: 'frequency' })
    const data = { total: 2, sum: { session_count: 10, session_count_ratio: 100 }, data_list: [{ name: '首次启动', user_count: 4, user_count_ratio: 40 }, { name: '当日', session_count: 6, session_count_ratio: 60 }] }
    const page = normalisePage('habits', variant, data)
    expect(page.rows.map((r) => r.values)).toStrictEqual([
      { user_count: 4, user_count_ratio: 40 },
      { user_count: 6, user_count_ratio: 60 }
    ])
    expect(page.sum).toStrictEqual({ user_count: 10, user_count_ratio: 100 })
  })
})

describe('retention', () => {
  const variant = resolveVariant('retention', { gran: 'day', report_type: 'ratio' })

  it('parses every 第N天 key, 第10天 included, sorted by N', () => {
    const data = { total: 1, data_list: [{ name: '2019/04/10', '第10天': '1.5', active_user_count: '930', '第9天': 2.25, '第2天': '--', 留存: 1 }] }
    expect(normalisePage('retention', variant, data).rows).toStrictEqual([
      {
        name: '2019/04/10',
        values: { active_user_count: 930 },
        periods: [
          { n: 2, value: null },
          { n: 9, value: 2.25 },
          { n: 10, value: 1.5 }
        ]
      }
    ])
  })

  it('reads the prose spelling "第 3 天" too', () => {
    const { rows } = normalisePage('retention', variant, { total: 1, data_list: [{ name: 'x', '第 3 天': 7 }] })
    expect(rows[0]!.periods).toStrictEqual([{ n: 3, value: 7 }])
  })

  it('prefers the unit the variant asked for when a row mixes units', () => {
    const { rows } = normalisePage('retention', variant, { total: 1, data_list: [{ name: 'x', '第2周': 1, '第2天': 2, '第3月': 3 }] })
    expect(rows[0]!.periods).toStrictEqual([
      { n: 2, value: 2 },
      { n: 3, value: 3 }
    ])
  })

  it('keeps sum to active_user_count, whatever else it holds', () => {
    const { sum } = normalisePage('retention', variant, { total: 0, sum: { active_user_count: '12', '第2天': 1 }, data_list: [] })
    expect(sum).toStrictEqual({ active_user_count: 12 })
  })
})
