// Portrait, pages, sources and tp beyond the reference's examples: spellings, fallbacks, labels.
import { describe, expect, it } from 'vitest'
import { normalisePage } from '../../../../src/main/baidu/normalise'
import { resolveVariant } from '../../../../src/shared/reports'

describe('portrait', () => {
  const variant = resolveVariant('portrait')

  it('reads user_count_ratio (the field table’s spelling) and skips missing dimensions', () => {
    const data = { data_list: [{ sex: [{ attribute_id: 51673, name: '男', user_count_ratio: '13.24' }, { attribute_id: '2', name: '女', count_ratio: '--' }] }] }
    expect(normalisePage('portrait', variant, data)).toStrictEqual({
      timeSpan: '',
      offset: null,
      total: 2,
      sum: null,
      rows: [
        { dimension: 'sex', attributeId: '51673', name: '男', ratio: 13.24 },
        { dimension: 'sex', attributeId: '2', name: '女', ratio: null }
      ]
    })
  })

  it('has no rows for an empty or absent data_list, and counts its own rows whatever total says', () => {
    expect(normalisePage('portrait', variant, { data_list: [] })).toStrictEqual({ timeSpan: '', offset: null, total: 0, sum: null, rows: [] })
    expect(normalisePage('portrait', variant, { total: 99 }).total).toBe(0)
  })

  it('reads only data_list[0], in the order age, sex, interest', () => {
    const data = { data_list: [{ interest: [{ attribute_id: 'i', name: '资讯', count_ratio: 1 }], age: [{ attribute_id: 'a', name: '18岁以下', count_ratio: 2 }] }, { sex: [{ attribute_id: 's', name: '男', count_ratio: 3 }] }] }
    expect(normalisePage('portrait', variant, data).rows.map((r) => r.dimension)).toEqual(['age', 'interest'])
  })
})

describe('pages', () => {
  it('names a page by its alias when it has one', () => {
    const data = { total: 2, data_list: [{ pageId: 1, pageName: 'pages/a/a', pageAlias: '首页', pv_count: '3' }, { pageId: '2', pageName: 'pages/b/b', pageAlias: ' ' }] }
    const rows = normalisePage('pages', resolveVariant('pages'), data).rows
    expect(rows.map(({ name, pageId, path, alias }) => ({ name, pageId, path, alias }))).toStrictEqual([
      { name: '首页', pageId: '1', path: 'pages/a/a', alias: '首页' },
      { name: 'pages/b/b', pageId: '2', path: 'pages/b/b', alias: ' ' }
    ])
    expect(rows[0]!.values['pv_count']).toBe(3)
  })
})

describe('sources', () => {
  const variant = resolveVariant('sources')

  it('labels unknown scenes and sources by their ids', () => {
    const data = { total: 1, data_list: [{ name: [{ sceneId: 99999999, source: 77, name: '新场景', user_count: '5' }], user_count: 5 }] }
    const [group] = normalisePage('sources', variant, data).rows
    expect(group).toMatchObject({ name: '来源 77', source: '77', values: { user_count: 5 } })
    expect(group!.scenes).toMatchObject([{ name: '99999999', sceneId: '99999999', source: '77', apiName: '新场景', values: { user_count: 5 } }])
  })

  it('leaves the source unknown when the scenes disagree or the group has none', () => {
    const data = {
      total: 2,
      data_list: [{ name: [{ sceneId: '11600000', source: '13' }, { sceneId: '0', source: '10' }] }, { user_count: 1 }]
    }
    const rows = normalisePage('sources', variant, data).rows
    expect(rows.map(({ name, source, scenes }) => ({ name, source, scenes: scenes.length }))).toStrictEqual([
      { name: '未知来源', source: null, scenes: 2 },
      { name: '未知来源', source: null, scenes: 0 }
    ])
  })

  it('takes a group’s own source when it sends one', () => {
    const data = { total: 1, data_list: [{ source: '39', name: [] }] }
    expect(normalisePage('sources', variant, data).rows[0]).toMatchObject({ name: '广告', source: '39', scenes: [] })
  })
})

describe('tp', () => {
  it('falls back to data_list and to a `date` key', () => {
    const variant = resolveVariant('tp', { metrics: 'tp_day_user_count' })
    const data = { total: '1', offset: '0', data_list: [{ date: '20190305', tp_day_user_count: '122000' }] }
    expect(normalisePage('tp', variant, data)).toStrictEqual({
      timeSpan: '',
      offset: 0,
      total: 1,
      sum: null,
      rows: [{ name: '20190305', values: { tp_day_user_count: 122000 } }]
    })
  })

  it('reads the answer under whichever spelling was asked for', () => {
    const row = { data: '20190301', tp_session_count_per_person: '35', tp_session_count_per_day: '12.5', tp_day_feedback_count: '--', tp_day_share_count: ' 7 ' }
    const asOld = resolveVariant('tp', { metrics: 'tp_session_count_per_person,tp_session_count_per_day,tp_day_feedback_count,tp_day_share_count' })
    expect(normalisePage('tp', asOld, { total: 1, result: [row] }).rows[0]!.values).toStrictEqual({
      tp_session_time_per_person: 35,
      tp_session_time_per_day: 12.5,
      tp_day_share_count: 7,
      tp_day_back_flow_count: null
    })
    const asNew = resolveVariant('tp', { metrics: 'tp_session_time_per_person,tp_day_back_flow_count' })
    const newRow = { data: '20190301', tp_session_time_per_person: '40', tp_day_back_flow_count: '3' }
    expect(normalisePage('tp', asNew, { total: 1, result: [newRow] }).rows[0]!.values).toStrictEqual({ tp_session_time_per_person: 40, tp_day_back_flow_count: 3 })
  })

  it('with the default variant, every metric is a column', () => {
    const { rows } = normalisePage('tp', resolveVariant('tp'), { total: 1, result: [{ data: '20190301' }] })
    expect(Object.keys(rows[0]!.values)).toHaveLength(18)
    expect(Object.values(rows[0]!.values).every((v) => v === null)).toBe(true)
  })
})
