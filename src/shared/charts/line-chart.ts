// Chart.js data and options for line charts (trend, activity, retention curve, tp, sparklines),
// built as plain objects from non-reactive rows: Chart.js never sees a Vue proxy. Shared so the
// export's chart image (main/export/chart-image.ts) is drawn exactly as the screen draws it.
import type { ChartData, ChartOptions, ScriptableLineSegmentContext, TooltipItem } from 'chart.js'
import type { Locale, Unit } from '../reports'
import { formatAxis, formatValue } from '../format'
import { chartChrome, tooltipColors, withAlpha, type Theme } from './palette'

type AxisId = 'yCount' | 'yPercent' | 'ySeconds'

/** Counts on the left; shares and durations each get their own axis on the right. */
export const UNIT_AXIS: Record<Unit, AxisId> = {
  count: 'yCount',
  decimal: 'yCount',
  text: 'yCount',
  percent: 'yPercent',
  seconds: 'ySeconds'
}

export interface LineSeries {
  label: string
  unit: Unit
  color: string
  values: (number | null)[]
  /** The comparison period: dashed and lighter, under the same colour as its metric. */
  compare?: boolean
  /** What each point stands for when it differs from the x label (the compared bucket). */
  names?: (string | undefined)[]
}

export interface LineChartInput {
  labels: string[]
  series: LineSeries[]
  /** Per x position: a clipped week or month, drawn hollow and reached by a dashed segment. */
  partial?: boolean[]
  /** Let the percent axis fit the data instead of reaching 100 % (small rates, e.g. retention). */
  fitPercent?: boolean
  /** False for slow-moving totals (cumulative users), whose changes vanish on an axis from 0. */
  zeroBased?: boolean
}

export type LineChartData = ChartData<'line', (number | null)[], string>

const DASH_COMPARE = [6, 4]
const DASH_PARTIAL = [3, 3]

export function buildLineData(input: LineChartInput): LineChartData {
  const dense = input.labels.length > 45
  const partial = input.partial ?? []
  const anyPartial = partial.some(Boolean)
  return {
    labels: input.labels,
    datasets: input.series.map((s) => {
      const color = s.compare ? withAlpha(s.color, 0.55) : s.color
      return {
        label: s.label,
        data: s.values,
        yAxisID: UNIT_AXIS[s.unit],
        borderColor: color,
        backgroundColor: withAlpha(s.color, 0.85),
        borderWidth: s.compare ? 1.5 : 2,
        borderDash: s.compare ? DASH_COMPARE : [],
        pointRadius: anyPartial && !s.compare ? partial.map((p) => (p ? 4 : dense ? 0 : 2.5)) : s.compare || dense ? 0 : 2.5,
        pointBackgroundColor: anyPartial && !s.compare ? partial.map((p) => (p ? 'transparent' : color)) : color,
        pointBorderColor: color,
        pointHoverRadius: 5,
        // A curve through a point per pixel looks the same as straight segments and costs a bezier
        // per point on every paint.
        tension: dense ? 0 : 0.25,
        spanGaps: false,
        ...(anyPartial && !s.compare
          ? { segment: { borderDash: (ctx: ScriptableLineSegmentContext) => (partial[ctx.p0DataIndex] || partial[ctx.p1DataIndex] ? DASH_PARTIAL : undefined) } }
          : {})
      }
    })
  }
}

/** Axis ticks show where a bucket starts ('00:00', '2024/04/01'); the tooltip keeps the full name. */
export function shortBucketName(name: string): string {
  return name.split(' - ')[0] ?? name
}

export function buildLineOptions(input: LineChartInput, locale: Locale, theme: Theme): ChartOptions<'line'> {
  const units = new Set(input.series.map((s) => s.unit))
  const chrome = chartChrome(theme)
  const ticks = { color: chrome.muted, font: { size: 11 } }
  const scales: NonNullable<ChartOptions<'line'>['scales']> = {
    x: {
      grid: { display: false },
      border: { color: chrome.grid },
      ticks: {
        ...ticks,
        maxRotation: 0,
        autoSkipPadding: 16,
        // Chart.js measures every label before skipping; three years are 1,095. Bucket names are all
        // the same width, so a sample decides as well, for a fraction of the first paint.
        sampleSize: 24,
        callback(value) {
          return shortBucketName(this.getLabelForValue(Number(value)))
        }
      }
    }
  }
  let gridDrawn = false
  const axis = (unit: Unit, position: 'left' | 'right'): void => {
    const id = UNIT_AXIS[unit]
    if (!input.series.some((s) => UNIT_AXIS[s.unit] === id) || scales[id]) return
    scales[id] = {
      type: 'linear',
      position,
      beginAtZero: input.zeroBased !== false,
      ...(unit === 'percent' && !input.fitPercent ? { suggestedMax: 100 } : {}),
      grid: { color: chrome.grid, drawOnChartArea: !gridDrawn },
      border: { display: false },
      ticks: { ...ticks, callback: (value) => formatAxis(unit, Number(value), locale) }
    }
    gridDrawn = true
  }
  axis(units.has('count') ? 'count' : 'decimal', 'left')
  axis('percent', 'right')
  axis('seconds', 'right')

  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'index', intersect: false },
    scales,
    plugins: {
      legend: {
        position: 'bottom',
        // A line sample (dashed for the comparison), not the first point, which may be a hollow partial bucket.
        labels: { color: chrome.text, usePointStyle: true, pointStyle: 'line', pointStyleWidth: 18, padding: 16 }
      },
      tooltip: {
        ...tooltipColors(theme),
        padding: 10,
        boxPadding: 4,
        usePointStyle: true,
        callbacks: {
          label: (item: TooltipItem<'line'>) => {
            const s = input.series[item.datasetIndex]
            const name = s?.names?.[item.dataIndex]
            return ` ${item.dataset.label ?? ''}: ${formatValue(s?.unit ?? 'count', item.parsed.y, locale)}${name ? ` (${name})` : ''}`
          }
        }
      }
    }
  }
}

/** A card's small trend: no axes or legend, a tooltip with the day and value. */
export function buildSparkOptions(unit: Unit, locale: Locale, theme: Theme): ChartOptions<'line'> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'index', intersect: false },
    layout: { padding: 2 },
    scales: { x: { display: false }, y: { display: false, beginAtZero: false } },
    elements: { point: { radius: 0, hoverRadius: 3 }, line: { borderWidth: 1.5, tension: 0.3 } },
    plugins: {
      legend: { display: false },
      tooltip: {
        ...tooltipColors(theme),
        displayColors: false,
        callbacks: { label: (item: TooltipItem<'line'>) => formatValue(unit, item.parsed.y, locale) }
      }
    }
  }
}

export function buildSparkData(labels: string[], values: (number | null)[], color: string): LineChartData {
  return { labels, datasets: [{ data: values, borderColor: color, backgroundColor: withAlpha(color, 0.12), fill: 'origin', spanGaps: false }] }
}
