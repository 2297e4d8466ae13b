import { describe, expect, it } from 'vitest'
import { isProxy } from 'vue'
import { axisLabel, barChartHeight, buildBarData, buildBarOptions } from '../../src/renderer/src/charts/bar-chart'
import { buildLineData, buildLineOptions, buildSparkData, shortBucketName, type LineChartInput } from '../../src/shared/charts/line-chart'
import { chartChrome, metricColor, SERIES_COLORS, withAlpha } from '../../src/shared/charts/palette'
import { columnSeries, oldestFirst } from '../../src/shared/charts/series'
import { TP_COLUMNS, TREND_COLUMNS, TREND_METRICS } from '../../src/shared/reports'
import type { MetricRow } from '../../src/shared/report-data'
import { ROWS } from './support/fixtures'

const METRIC_ROWS: MetricRow[] = ROWS.map(({ name, ...values }) => ({ name, values }))
const plotted = (keys: string[]) => TREND_COLUMNS.filter((c) => keys.includes(c.key))

describe('line charts', () => {
  it('builds one dataset per column, oldest first, gaps for null, on the axis of its unit', () => {
    const input = columnSeries(oldestFirst(METRIC_ROWS), plotted(['user_count', 'new_user_count', 'new_user_ratio', 'average_session_time']), 'zh-CN', TREND_COLUMNS)
    const data = buildLineData(input)
    expect(data.labels).toEqual(['2019/04/13', '2019/04/14', '2019/04/15'])
    const byLabel = Object.fromEntries(data.datasets.map((d) => [d.label, d]))
    expect(byLabel['启动用户数']?.data).toEqual([1210, 1580, 1474])
    expect(byLabel['新用户数']?.data).toEqual([990, null, 1150])
    expect(byLabel['启动用户数']?.yAxisID).toBe('yCount')
    expect(byLabel['新用户占比']?.yAxisID).toBe('yPercent')
    expect(byLabel['次均使用时长']?.yAxisID).toBe('ySeconds')
    expect(byLabel['启动用户数']?.borderColor).toBe(metricColor('user_count'))
    expect(isProxy(data.datasets[0]?.data)).toBe(false)
    // The rows themselves are not reordered.
    expect(METRIC_ROWS[0]?.name).toBe('2019/04/15')
  })

  it('puts counts left and shares/durations right, only for units plotted, without animation', () => {
    const input = columnSeries(METRIC_ROWS, plotted(['user_count', 'new_user_ratio']), 'en')
    const options = buildLineOptions(input, 'en', 'dark')
    expect(options.maintainAspectRatio).toBe(false)
    expect(options.animation).toBe(false)
    expect(options.scales?.yCount).toMatchObject({ position: 'left', beginAtZero: true })
    expect(options.scales?.yPercent).toMatchObject({ position: 'right', suggestedMax: 100 })
    expect(options.scales?.ySeconds).toBeUndefined()
    expect(buildLineOptions(columnSeries(METRIC_ROWS, plotted(['user_count']), 'en'), 'en', 'light').scales?.yPercent).toBeUndefined()
    // Small rates and slow totals fit their data.
    expect(buildLineOptions({ ...input, fitPercent: true, zeroBased: false }, 'en', 'light').scales?.yPercent).toMatchObject({ beginAtZero: false })
    expect(buildLineOptions({ ...input, fitPercent: true }, 'en', 'light').scales?.yPercent).not.toHaveProperty('suggestedMax')
  })

  it('draws the comparison period dashed and lighter in its metric colour', () => {
    const color = metricColor('user_count')
    const input: LineChartInput = {
      labels: ['a', 'b'],
      series: [
        { label: 'now', unit: 'count', color, values: [1, 2] },
        { label: 'before', unit: 'count', color, values: [3, null], compare: true, names: ['x', 'y'] }
      ]
    }
    const [now, before] = buildLineData(input).datasets
    expect(now?.borderDash).toEqual([])
    expect(before?.borderDash).toEqual([6, 4])
    expect(before?.borderColor).toBe(withAlpha(color, 0.55))
    const label = buildLineOptions(input, 'en', 'light').plugins?.tooltip?.callbacks?.label as unknown as (item: object) => string
    expect(label({ datasetIndex: 1, dataIndex: 0, parsed: { y: 3 }, dataset: { label: 'before' } })).toBe(' before: 3 (x)')
  })

  it('marks partial buckets: hollow points and dashed segments into them', () => {
    const input: LineChartInput = { labels: ['w1', 'w2', 'w3'], partial: [true, false, true], series: [{ label: 'u', unit: 'count', color: '#3b82f6', values: [1, 2, 3] }] }
    const [ds] = buildLineData(input).datasets
    expect(ds?.pointBackgroundColor).toEqual(['transparent', '#3b82f6', 'transparent'])
    const dash = (ds as unknown as { segment: { borderDash: (ctx: { p0DataIndex: number; p1DataIndex: number }) => number[] | undefined } }).segment.borderDash
    expect(dash({ p0DataIndex: 0, p1DataIndex: 1 })).toEqual([3, 3])
    expect(dash({ p0DataIndex: 1, p1DataIndex: 2 })).toEqual([3, 3])
    expect(buildLineData({ ...input, partial: [false, false, false] }).datasets[0]).not.toHaveProperty('segment')
  })

  it('gives every trend metric a distinct colour, and tp metrics their own order', () => {
    expect(new Set(TREND_METRICS.map((m) => metricColor(m))).size).toBe(SERIES_COLORS.length)
    expect(metricColor('tp_day_app_count', TP_COLUMNS)).toBe(SERIES_COLORS[0])
  })

  it('keeps only where a bucket starts on the axis', () => {
    expect(shortBucketName('00:00 - 00:59')).toBe('00:00')
    expect(shortBucketName('2019/04/01 - 2019/04/07')).toBe('2019/04/01')
    expect(shortBucketName('2019/04')).toBe('2019/04')
  })

  it('fills a sparkline under its line', () => {
    const data = buildSparkData(['d1', 'd2'], [1, null], '#10b981')
    expect(data.datasets[0]).toMatchObject({ data: [1, null], borderColor: '#10b981', fill: 'origin' })
  })
})

describe('bar charts', () => {
  it('ranks horizontally with the value axis in the unit, and cuts long names on the axis only', () => {
    const input = { labels: ['广东', 'pages/a/very/long/path/that/goes/on'], label: 'Share', unit: 'percent' as const, values: [10, null], horizontal: true }
    const data = buildBarData(input)
    expect(data.datasets[0]?.data).toEqual([10, null])
    expect(data.labels).toEqual(input.labels)
    const options = buildBarOptions(input, 'en', 'dark')
    expect(options.indexAxis).toBe('y')
    const tick = (options.scales?.x?.ticks as { callback: (v: number) => string }).callback
    expect(tick(25)).toBe('25%')
    expect(axisLabel('pages/a/very/long/path/that/goes/on')).toHaveLength(22)
    expect(axisLabel('广东')).toBe('广东')
    expect(buildBarOptions({ ...input, horizontal: false }, 'en', 'light').indexAxis).toBe('x')
  })

  it('sizes a ranking to its bars', () => {
    expect(barChartHeight(20, true)).toBe(20 * 26 + 48)
    expect(barChartHeight(2, true)).toBe(160)
    expect(barChartHeight(20, false)).toBe(320)
  })

  it('reads in both themes', () => {
    expect(chartChrome('dark').text).not.toBe(chartChrome('light').text)
    expect(buildBarOptions({ labels: [], label: 'x', unit: 'count', values: [] }, 'zh-CN', 'dark').plugins?.tooltip?.backgroundColor).toBe(chartChrome('dark').tooltipBackground)
  })
})
