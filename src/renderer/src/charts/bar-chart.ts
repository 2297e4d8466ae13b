// Chart.js data and options for bar charts: rankings (provinces, devices, pages, sources) drawn
// horizontally, distributions (habit buckets, ages) vertically. Plain objects, never Vue proxies.
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js'
import type { Locale, Unit } from '../../../shared/reports'
import { chartChrome, seriesColor, tooltipColors, withAlpha, type Theme } from '../../../shared/charts/palette'
import { formatAxis, formatValue } from '../../../shared/format'

export interface BarChartInput {
  labels: string[]
  label: string
  unit: Unit
  values: (number | null)[]
  color?: string
  /** Rankings read better as horizontal bars with long names on the left. */
  horizontal?: boolean
}

export type BarChartData = ChartData<'bar', (number | null)[], string>

/** Names longer than this are cut on the axis (the tooltip keeps them whole). */
export const AXIS_LABEL_CHARS = 22

export function axisLabel(name: string): string {
  const chars = [...name]
  return chars.length > AXIS_LABEL_CHARS ? `${chars.slice(0, AXIS_LABEL_CHARS - 1).join('')}…` : name
}

export function buildBarData(input: BarChartInput): BarChartData {
  const color = input.color ?? seriesColor(0)
  return {
    labels: input.labels,
    datasets: [
      {
        label: input.label,
        data: input.values,
        backgroundColor: withAlpha(color, 0.8),
        hoverBackgroundColor: color,
        borderRadius: 3,
        maxBarThickness: 28
      }
    ]
  }
}

/** Height that gives each horizontal bar room for its label. */
export function barChartHeight(count: number, horizontal: boolean): number {
  return horizontal ? Math.max(160, count * 26 + 48) : 320
}

export function buildBarOptions(input: BarChartInput, locale: Locale, theme: Theme): ChartOptions<'bar'> {
  const chrome = chartChrome(theme)
  const ticks = { color: chrome.muted, font: { size: 11 } }
  const valueAxis = {
    beginAtZero: true,
    grid: { color: chrome.grid },
    border: { display: false },
    ticks: { ...ticks, callback: (value: string | number) => formatAxis(input.unit, Number(value), locale) }
  }
  const nameAxis = {
    grid: { display: false },
    border: { color: chrome.grid },
    ticks: {
      ...ticks,
      autoSkip: false,
      callback(this: { getLabelForValue(v: number): string }, value: string | number) {
        return axisLabel(this.getLabelForValue(Number(value)))
      }
    }
  }
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    indexAxis: input.horizontal ? 'y' : 'x',
    scales: input.horizontal ? { x: valueAxis, y: nameAxis } : { x: nameAxis, y: valueAxis },
    plugins: {
      legend: { display: false },
      tooltip: {
        ...tooltipColors(theme),
        padding: 10,
        callbacks: {
          label: (item: TooltipItem<'bar'>) => ` ${input.label}: ${formatValue(input.unit, input.horizontal ? item.parsed.x : item.parsed.y, locale)}`
        }
      }
    }
  }
}
