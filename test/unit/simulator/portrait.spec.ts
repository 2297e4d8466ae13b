import { describe, expect, it } from 'vitest'
import { AGE_ATTRIBUTES, INTEREST_ATTRIBUTES } from '../../../src/main/simulator/catalog/portrait'
import { APPS, callData, dataOf, dates, hundredths, simAt, type Row } from './sim-client'

const sim = simAt()
type Portrait = { age: Row[]; sex: Row[]; interest: Row[] }

async function portrait(from: string, to: string, token = APPS[0]!.token): Promise<Portrait> {
  const data = await dataOf(sim, 'getanalysisvisitattribute', dates(from, to), { token })
  expect(Object.keys(data)).toEqual(['data_list'])
  expect(data.data_list).toHaveLength(1)
  return data.data_list![0] as unknown as Portrait
}

describe('getanalysisvisitattribute', () => {
  it('answers data.data_list[0] with age, sex and interest arrays of {attribute_id, name, count_ratio}', async () => {
    const p = await portrait('20190410', '20190415')
    expect(Object.keys(p)).toEqual(['age', 'sex', 'interest'])
    for (const item of [...p.age, ...p.sex, ...p.interest]) {
      expect(Object.keys(item)).toEqual(['attribute_id', 'name', 'count_ratio'])
      expect(item['attribute_id']).toMatch(/^\d{15,20}$/)
      expect(typeof item['count_ratio']).toBe('number')
    }
    expect(p.age.map((a) => a['name'])).toEqual(['18岁以下', '18-24岁', '25-34岁', '35-44岁', '45-54岁', '55-64岁', '65岁以上'])
    expect(p.age[0]!['attribute_id']).toBe('13539008165231256741')
    expect(p.sex.map((a) => [a['attribute_id'], a['name']])).toEqual([
      ['51673640596406272', '男'],
      ['50566423797301248', '女']
    ])
    expect(p.interest.map((a) => a['name'])).toContain('软件应用')
    expect(p.interest).toHaveLength(INTEREST_ATTRIBUTES.length)
    // Interests come largest first.
    const ratios = p.interest.map((a) => a['count_ratio'] as number)
    expect(ratios).toEqual([...ratios].sort((a, b) => b - a))
  })

  it('sums every dimension to exactly 100.00, with two decimals at most', async () => {
    for (const app of APPS) {
      for (const [from, to] of [['20190410', '20190415'], ['20220101', '20221231'], ['20260101', '20260101']]) {
        const p = await portrait(from!, to!, app.token)
        for (const dimension of [p.age, p.sex, p.interest]) {
          expect(hundredths(dimension, 'count_ratio')).toBe(10_000)
          for (const a of dimension) expect(Math.round((a['count_ratio'] as number) * 100) / 100).toBe(a['count_ratio'])
        }
      }
    }
  })

  it('is stable for an app, drifts slowly with the range, and differs between apps', async () => {
    const a = await portrait('20220101', '20220131')
    expect(await portrait('20220101', '20220131')).toEqual(a)
    const nextMonth = await portrait('20220201', '20220228')
    expect(nextMonth).not.toEqual(a)
    const shift = AGE_ATTRIBUTES.map((_, i) => Math.abs((nextMonth.age[i]!['count_ratio'] as number) - (a.age[i]!['count_ratio'] as number)))
    expect(Math.max(...shift)).toBeLessThan(3)
    const other = await portrait('20220101', '20220131', APPS[1]!.token)
    expect(other.sex[0]!['count_ratio']).not.toBe(a.sex[0]!['count_ratio'])
  })

  it('needs no start_index, still checks its dates, and has nothing for a future range', async () => {
    expect((await callData(sim, 'getanalysisvisitattribute', { start_date: '20190410' })).errno).toBe(40001)
    expect((await callData(sim, 'getanalysisvisitattribute', dates('2019-04-10', '20190415'))).errno).toBe(40001)
    const future = await dataOf(sim, 'getanalysisvisitattribute', dates('20261121', '20261130'))
    expect(future).toEqual({ data_list: [] })
  })
})
