// The summary sheet's chart as a PNG: the Trend tab's line chart of users and new users per day,
// built by the screen's own builders (src/shared/charts) and drawn by Chart.js on a Skia canvas,
// so the picture in the workbook has the screen's colours, axes, number formats and legend.
import { createCanvas } from '@napi-rs/canvas'
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Title, type ChartItem, type Plugin } from 'chart.js'
import type { ReportView } from '../../shared/dto'
import type { MetricRow } from '../../shared/report-data'
import { TREND_COLUMNS, type Locale } from '../../shared/reports'
import { buildLineData, buildLineOptions } from '../../shared/charts/line-chart'
import { chartChrome } from '../../shared/charts/palette'
import { columnSeries, oldestFirst } from '../../shared/charts/series'

/** The size the picture is placed at on the sheet, in CSS pixels; it is drawn at twice that. */
export const CHART_SIZE = { widthPx: 720, heightPx: 300 } as const
export const PIXEL_RATIO = 2

/** The overview's two metrics, as the Trend tab plots them by default. */
const OVERVIEW_METRICS = TREND_COLUMNS.filter((c) => c.key === 'user_count' || c.key === 'new_user_count')

let registered = false

/** Only what a line chart with a legend and title needs; Chart.js's registry is global, so once. */
function registerOnce(): void {
  if (registered) return
  Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Title)
  registered = true
}

// Chart.js canvases are transparent; a picture on a sheet wants the card's white.
const whiteBackground: Plugin<'line'> = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx } = chart
    ctx.save()
    ctx.globalCompositeOperation = 'destination-over'
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, chart.width, chart.height)
    ctx.restore()
  }
}

export interface ChartImageOptions {
  locale: Locale
  title?: string
}

/** A PNG and the size to place it at. */
export interface ChartImage {
  png: Buffer
  widthPx: number
  heightPx: number
  /** The series' names as the legend shows them. */
  legend: string[]
}

/** The overview chart of a trend-by-day view, or null when the view has no days. */
export function overviewChart(trendDay: ReportView, options: ChartImageOptions): ChartImage | null {
  const rows = trendDay.data.rows as MetricRow[]
  if (rows.length === 0) return null
  registerOnce()
  const input = columnSeries(oldestFirst(rows), OVERVIEW_METRICS, options.locale, TREND_COLUMNS)
  const base = buildLineOptions(input, options.locale, 'light')
  const canvas = createCanvas(CHART_SIZE.widthPx, CHART_SIZE.heightPx)
  const chart = new Chart(canvas as unknown as ChartItem, {
    type: 'line',
    data: buildLineData(input),
    options: {
      ...base,
      responsive: false,
      devicePixelRatio: PIXEL_RATIO,
      // A picture: nothing to hover.
      events: [],
      plugins: {
        ...base.plugins,
        tooltip: { enabled: false },
        title: { display: Boolean(options.title), text: options.title ?? '', color: chartChrome('light').text, font: { size: 14, weight: 'bold' } }
      }
    },
    plugins: [whiteBackground]
  })
  try {
    return { png: canvas.toBuffer('image/png'), ...CHART_SIZE, legend: input.series.map((s) => s.label) }
  } finally {
    // Destroying clears the canvas, so only after the PNG is taken.
    chart.destroy()
  }
}
