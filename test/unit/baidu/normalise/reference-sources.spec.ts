// The reference's source-analysis example, normalised; expectations copied by hand from the example.
import { describe, expect, it } from 'vitest'
import { normalisePage } from '../../../../src/main/baidu/normalise'
import { resolveVariant } from '../../../../src/shared/reports'
import { referenceData } from './reference-fixture'

// The metrics in the order the example writes them.
const KEYS = ['new_user_count', 'new_user_scale', 'user_count', 'user_scale', 'session_scale', 'session_count_per_user', 'average_session_time']

type Seven = [number, number, number, number, number, number, number]

const values = (v: Seven) => Object.fromEntries(KEYS.map((k, i) => [k, v[i]!]))
const scene = (sceneId: string, source: string, name: string, apiName: string, v: Seven) => ({ name, sceneId, source, apiName, values: values(v) })
const group = (name: string, source: string | null, scenes: ReturnType<typeof scene>[], v: Seven) => ({ name, source, scenes, values: values(v) })

describe('reference examples: sources (getanalysissource)', () => {
  const page = normalisePage('sources', resolveVariant('sources'), referenceData('sources'))

  it('reads the page header; sources have no sum', () => {
    expect({ ...page, rows: page.rows.length }).toStrictEqual({ timeSpan: '2019/04/10 - 2019/04/15', offset: 0, total: 11, sum: null, rows: 11 })
  })

  it('turns every group into a labelled row holding its labelled scenes', () => {
    expect(page.rows).toStrictEqual([
      group(
        '广告',
        '39',
        [
          scene('11010020', '39', '原生', '原生', [4476, 79.64, 5576, 80.58, 78.4, 1.09, 29]),
          scene('11010018', '39', '闪投', '闪投', [52, 0.93, 55, 0.79, 0.91, 1.27, 58])
        ],
        [4528, 80.57, 5631, 81.37, 79.31, 1.09, 30]
      ),
      group(
        '百度搜索',
        '37',
        [
          scene('10810012', '37', '搜索词推荐直达', '搜索词推荐直达', [799, 14.22, 847, 12.24, 13.19, 1.2, 153]),
          scene('10810014', '37', '小程序单卡', '小程序单卡', [88, 1.57, 98, 1.42, 1.63, 1.29, 202]),
          scene('10810008', '37', '自然结果', '自然结果', [3, 0.05, 4, 0.06, 0.05, 1, 25]),
          // The scene table's label, not the API's "小程序tab".
          scene('10810083', '37', '小程序Tab', '小程序tab', [2, 0.04, 2, 0.03, 0.03, 1, 15])
        ],
        [892, 15.87, 951, 13.74, 14.9, 1.21, 158]
      ),
      group(
        '下拉二楼',
        '46',
        [
          scene('12110047', '46', '下拉二楼推荐', '推荐', [137, 2.44, 140, 2.02, 1.94, 1.07, 91]),
          scene('12110048', '46', '下拉二楼历史', '历史', [1, 0.02, 14, 0.2, 0.6, 3.29, 128])
        ],
        [138, 2.46, 154, 2.23, 2.54, 1.27, 100]
      ),
      group(
        '百度App首页',
        '45',
        [
          scene('12010044', '45', '顶部横滑模块', '顶部横滑模块', [35, 0.62, 107, 1.55, 1.85, 1.34, 135]),
          // Not in the scene table: shown as its id.
          scene('12010042', '45', '12010042', '智能小程序', [15, 0.27, 20, 0.29, 0.27, 1.05, 78]),
          scene('12010045', '45', '历史', '历史', [0, 0, 4, 0.06, 0.05, 1, 16])
        ],
        [50, 0.89, 131, 1.89, 2.17, 1.28, 125]
      ),
      group('其他', '10', [scene('0', '10', '其他', '其他', [5, 0.09, 10, 0.14, 0.17, 1.3, 50])], [5, 0.09, 10, 0.14, 0.17, 1.3, 50]),
      // `name: []`: no scenes, so no source.
      group('未知来源', null, [], [3, 0.05, 3, 0.04, 0.04, 1, 3]),
      group('分享', '13', [scene('11600000', '13', '分享', '分享', [3, 0.05, 10, 0.14, 0.31, 2.4, 311])], [3, 0.05, 10, 0.14, 0.31, 2.4, 311]),
      group(
        '百家号',
        '40',
        [scene('11110029', '40', '百家号文章挂载', '百家号文章挂载', [1, 0.02, 1, 0.01, 0.03, 2, 394])],
        [1, 0.02, 1, 0.01, 0.03, 2, 394]
      ),
      group('多任务', '48', [scene('12500000', '48', '多任务', '多任务', [0, 0, 25, 0.36, 0.41, 1.28, 30])], [0, 0, 25, 0.36, 0.41, 1.28, 30]),
      group(
        '小程序跳转',
        '44',
        [scene('11700000', '44', '小程序打开小程序', '小程序', [0, 0, 1, 0.01, 0.01, 1, 1056])],
        [0, 0, 1, 0.01, 0.01, 1, 1056]
      ),
      group('桌面快捷', '6', [scene('12300000', '6', '桌面快捷', '桌面快捷', [0, 0, 3, 0.04, 0.12, 3, 131])], [0, 0, 3, 0.04, 0.12, 3, 131])
    ])
  })
})
