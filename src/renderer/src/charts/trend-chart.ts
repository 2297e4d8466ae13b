// Chart.js data and options for the trend line chart, built from plain (non-reactive) report rows.
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js'
import type { TrendReport, TrendRow } from '../../../shared/dto'
import { label, TREND_COLUMNS, type Column, type Locale, type TrendMetric, type Unit } from '../../../shared/reports'
import { formatAxis, formatValue } from '../format'
import { chartChrome, metricColor, withAlpha, type Theme } from './palette'

type AxisId = 'yCount' | 'yPercent' | 'ySeconds'

/** Counts on the left; shares and durations each get their own axis on the right. */
export const UNIT_AXIS: Record<Unit, AxisId> = {
  count: 'yCount',
  decimal: 'yCount',
  text: 'yCount',
  percent: 'yPercent',
  seconds: 'ySeconds'
}

export type TrendChartData = ChartData<'line', (number | null)[], string>

/** Rows come newest first; hour-of-day buckets already run 00:00 → 23:00. */
export function chronologicalRows(report: Pick<TrendReport, 'gran' | 'rows'>): TrendRow[] {
  return report.gran === 'hour' ? [...report.rows] : [...report.rows].reverse()
}

function plotted(metrics: readonly TrendMetric[]): Column<TrendMetric>[] {
  return TREND_COLUMNS.filter((c) => metrics.includes(c.key))
}

export function buildTrendChartData(
  report: Pick<TrendReport, 'gran' | 'rows'>,
  metrics: readonly TrendMetric[],
  locale: Locale
): TrendChartData {
  const rows = chronologicalRows(report)
  const dense = rows.length > 45
  return {
    labels: rows.map((r) => r.name),
    datasets: plotted(metrics).map((column) => {
      const color = metricColor(column.key)
      return {
        label: label(column, locale),
        data: rows.map((r) => r[column.key]),
        yAxisID: UNIT_AXIS[column.unit],
        borderColor: color,
        backgroundColor: withAlpha(color, 0.85),
        borderWidth: 2,
        pointRadius: dense ? 0 : 2.5,
        pointHoverRadius: 5,
        tension: 0.25,
        spanGaps: false
      }
    })
  }
}

/** Axis ticks show where a bucket starts ('00:00', '2024/04/01'); the tooltip keeps the full name. */
export function shortBucketName(name: string): string {
  return name.split(' - ')[0] ?? name
}

export function buildTrendChartOptions(
  metrics: readonly TrendMetric[],
  locale: Locale,
  theme: Theme
): ChartOptions<'line'> {
  const columns = plotted(metrics)
  const units = new Set(columns.map((c) => c.unit))
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
        callback(value) {
          return shortBucketName(this.getLabelForValue(Number(value)))
        }
      }
    }
  }
  let gridDrawn = false
  const axis = (unit: Unit, position: 'left' | 'right'): void => {
    if (!units.has(unit)) return
    scales[UNIT_AXIS[unit]] = {
      type: 'linear',
      position,
      beginAtZero: true,
      ...(unit === 'percent' ? { suggestedMax: 100 } : {}),
      grid: { color: chrome.grid, drawOnChartArea: !gridDrawn },
      border: { display: false },
      ticks: { ...ticks, callback: (value) => formatAxis(unit, Number(value), locale) }
    }
    gridDrawn = true
  }
  axis('count', 'left')
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
        labels: { color: chrome.text, usePointStyle: true, pointStyle: 'circle', boxWidth: 8, boxHeight: 8, padding: 16 }
      },
      tooltip: {
        backgroundColor: chrome.tooltipBackground,
        titleColor: chrome.tooltipText,
        bodyColor: chrome.tooltipText,
        padding: 10,
        boxPadding: 4,
        usePointStyle: true,
        callbacks: {
          label: (item: TooltipItem<'line'>) => {
            const unit = columns[item.datasetIndex]?.unit ?? 'count'
            return ` ${item.dataset.label ?? ''}: ${formatValue(unit, item.parsed.y, locale)}`
          }
        }
      }
    }
  }
}
