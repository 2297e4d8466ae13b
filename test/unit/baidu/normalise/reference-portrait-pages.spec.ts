// The reference's portrait and page examples, normalised; expectations copied by hand from the examples.
import { describe, expect, it } from 'vitest'
import { normalisePage } from '../../../../src/main/baidu/normalise'
import { resolveVariant } from '../../../../src/shared/reports'
import { referenceData } from './reference-fixture'

const row = (dimension: string, attributeId: string, name: string, ratio: number) => ({ dimension, attributeId, name, ratio })

describe('reference examples: portrait and pages', () => {
  it('portrait (getanalysisvisitattribute): age, sex, interest in order; not paged, no sum', () => {
    expect(normalisePage('portrait', resolveVariant('portrait'), referenceData('portrait'))).toStrictEqual({
      timeSpan: '',
      offset: null,
      total: 19,
      sum: null,
      rows: [
        row('age', '13539008165231256741', '18岁以下', 0.1),
        row('age', '3615607858952929332', '18-24岁', 6.06),
        row('age', '3687662158750941236', '25-34岁', 22.4),
        row('age', '3759719757083836468', '35-44岁', 36.12),
        row('age', '3831777355416731700', '45-54岁', 30.74),
        row('age', '3903834953749626932', '55-64岁', 4.49),
        row('age', '13539004888154432677', '65岁以上', 0.09),
        row('sex', '51673640596406272', '男', 13.24),
        row('sex', '50566423797301248', '女', 86.76),
        row('interest', '1817285150070878431', '软件应用', 8.48),
        row('interest', '16754716521762172846', '资讯', 8.25),
        row('interest', '2013145566775166121', '影视音乐', 7.36),
        row('interest', '1916599189664044924', '医疗健康', 6.4),
        row('interest', '1926856852155349220', '书籍阅读', 5.5),
        row('interest', '1887137221346444591', '教育培训', 5.42),
        row('interest', '1915893612878190809', '餐饮美食', 5.05),
        row('interest', '1981319425202935271', '建材家居', 4.97),
        row('interest', '1773684818352659311', '旅游酒店', 4.52),
        row('interest', '1988066904813920250', '母婴亲子', 3.69)
      ]
    })
  })

  it('pages (getanalysisvisitpage): path from pageName, empty alias, name falls back to the path', () => {
    expect(normalisePage('pages', resolveVariant('pages'), referenceData('pages'))).toStrictEqual({
      timeSpan: '2019/04/10 - 2019/04/15',
      offset: 0,
      total: 8,
      sum: {
        pv_count: 14706,
        pv_ratio: 100,
        pv_user_count: 8790,
        average_stay_time: 24,
        stay_time_ratio: 100,
        bounce_ratio: 52.4,
        entry_count: 7706,
        exit_count: 7706
      },
      rows: [
        {
          name: 'pages/yuyue/yuyue',
          pageId: '10811489425798243863',
          path: 'pages/yuyue/yuyue',
          alias: '',
          values: {
            pv_count: 7157,
            pv_ratio: 48.67,
            pv_user_count: 6175,
            average_stay_time: 18,
            stay_time_ratio: 36.96,
            bounce_ratio: 81.68,
            entry_count: 6120,
            exit_count: 5846
          }
        },
        {
          name: 'pages/index/list/list',
          pageId: '14078778733382177142',
          path: 'pages/index/list/list',
          alias: '',
          values: {
            pv_count: 3864,
            pv_ratio: 26.27,
            pv_user_count: 1496,
            average_stay_time: 17,
            stay_time_ratio: 18.86,
            bounce_ratio: 36.21,
            entry_count: 1444,
            exit_count: 1399
          }
        }
      ]
    })
  })
})
