import { describe, expect, it } from 'vitest'
import { isProxy } from 'vue'
import { buildTrendChartData, buildTrendChartOptions, chronologicalRows, shortBucketName } from '../../src/renderer/src/charts/trend-chart'
import { metricColor, SERIES_COLORS } from '../../src/renderer/src/charts/palette'
import { TREND_METRICS } from '../../src/shared/reports'
import { ROWS, trendReport } from './support/fixtures'

const HOURS = [
  { ...ROWS[0]!, name: '00:00 - 00:59' },
  { ...ROWS[1]!, name: '01:00 - 01:59' },
  { ...ROWS[2]!, name: '02:00 - 02:59' }
]

describe('trend chart', () => {
  it('runs oldest to newest: reverses API order, but not hour buckets', () => {
    expect(chronologicalRows(trendReport()).map((r) => r.name)).toEqual(['2019/04/13', '2019/04/14', '2019/04/15'])
    expect(chronologicalRows({ gran: 'hour', rows: HOURS }).map((r) => r.name)).toEqual([
      '00:00 - 00:59',
      '01:00 - 01:59',
      '02:00 - 02:59'
    ])
    // The report itself is not reordered.
    expect(ROWS[0]?.name).toBe('2019/04/15')
  })

  it('builds one dataset per metric, gaps for null, on the axis of its unit', () => {
    const data = buildTrendChartData(trendReport(), ['user_count', 'new_user_count', 'new_user_ratio', 'average_session_time'], 'zh-CN')
    expect(data.labels).toEqual(['2019/04/13', '2019/04/14', '2019/04/15'])
    const byLabel = Object.fromEntries(data.datasets.map((d) => [d.label, d]))
    expect(byLabel['启动用户数']?.data).toEqual([1210, 1580, 1474])
    expect(byLabel['新用户数']?.data).toEqual([990, null, 1150])
    expect(byLabel['启动用户数']?.yAxisID).toBe('yCount')
    expect(byLabel['新用户占比']?.yAxisID).toBe('yPercent')
    expect(byLabel['次均使用时长']?.yAxisID).toBe('ySeconds')
    expect(byLabel['启动用户数']?.borderColor).toBe(metricColor('user_count'))
    expect(isProxy(data.datasets[0]?.data)).toBe(false)
  })

  it('puts counts left and shares/durations right, only for units plotted, without animation', () => {
    const options = buildTrendChartOptions(['user_count', 'new_user_ratio'], 'en', 'dark')
    expect(options.maintainAspectRatio).toBe(false)
    expect(options.animation).toBe(false)
    expect(options.scales?.yCount).toMatchObject({ position: 'left' })
    expect(options.scales?.yPercent).toMatchObject({ position: 'right' })
    expect(options.scales?.ySeconds).toBeUndefined()
    expect(buildTrendChartOptions(['user_count'], 'en', 'light').scales?.yPercent).toBeUndefined()
  })

  it('gives every metric a distinct colour', () => {
    const colours = new Set(TREND_METRICS.map((m) => metricColor(m)))
    expect(colours.size).toBe(SERIES_COLORS.length)
  })
})

describe('bucket names on the axis', () => {
  it('keeps only where a bucket starts', () => {
    expect(shortBucketName('00:00 - 00:59')).toBe('00:00')
    expect(shortBucketName('2019/04/01 - 2019/04/07')).toBe('2019/04/01')
    expect(shortBucketName('2019/04')).toBe('2019/04')
  })
})
