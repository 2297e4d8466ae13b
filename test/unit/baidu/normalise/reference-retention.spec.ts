// The reference's three retention examples (gran month, week, day), normalised by hand-copied expectations.
import { describe, expect, it } from 'vitest'
import { normalisePage } from '../../../../src/main/baidu/normalise'
import { resolveVariant } from '../../../../src/shared/reports'
import { referenceData } from './reference-fixture'

/** Periods 第2… to 第9…, values as the example writes them ("--" → null). */
function periods(...values: (number | null)[]): { n: number; value: number | null }[] {
  expect(values).toHaveLength(8)
  return values.map((value, i) => ({ n: i + 2, value }))
}

const variant = (gran: string) => resolveVariant('retention', { report_type: 'count', gran })

describe('reference examples: retention (getanalysisretaineduser)', () => {
  it('gran=month', () => {
    expect(normalisePage('retention', variant('month'), referenceData('retention-month'))).toStrictEqual({
      timeSpan: '2019/04/01 - 2019/04/30',
      offset: 0,
      total: 1,
      sum: { active_user_count: null },
      rows: [{ name: '2019/04', values: { active_user_count: 25391 }, periods: periods(774, null, null, null, null, null, null, null) }]
    })
  })

  it('gran=week', () => {
    expect(normalisePage('retention', variant('week'), referenceData('retention-week'))).toStrictEqual({
      timeSpan: '2019/04/01 - 2019/04/21',
      offset: 0,
      total: 3,
      sum: { active_user_count: null },
      rows: [
        { name: '2019/04/01 - 2019/04/07', values: { active_user_count: 6625 }, periods: periods(701, 464, 156, 50, 13, 19, 102, 35) },
        { name: '2019/04/08 - 2019/04/14', values: { active_user_count: 7967 }, periods: periods(764, 218, 72, 30, 32, 116, 45, null) }
      ]
    })
  })

  it('gran=day', () => {
    expect(normalisePage('retention', variant('day'), referenceData('retention-day'))).toStrictEqual({
      timeSpan: '2019/04/10 - 2019/04/15',
      offset: 0,
      total: 6,
      sum: { active_user_count: null },
      rows: [
        { name: '2019/04/10', values: { active_user_count: 930 }, periods: periods(21, 14, 22, 27, 26, 20, 14, 23) },
        { name: '2019/04/11', values: { active_user_count: 828 }, periods: periods(11, 26, 29, 26, 25, 23, 6, 11) }
      ]
    })
  })
})
