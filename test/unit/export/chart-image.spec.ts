// The summary sheet's chart: Chart.js with the screen's builders, drawn on a Skia canvas. The PNG
// is decoded back to pixels: drawn at twice the placed size, on white, with each series' line in the
// colour the Trend tab gives that metric.
import { createCanvas, loadImage } from '@napi-rs/canvas'
import { describe, expect, it } from 'vitest'
import { CHART_SIZE, overviewChart, PIXEL_RATIO } from '../../../src/main/export/chart-image'
import { metricColor } from '../../../src/shared/charts/palette'
import type { ReportView } from '../../../src/shared/dto'
import type { MetricRow } from '../../../src/shared/report-data'
import { trendRows } from './fake-source'

function view(rows: MetricRow[]): ReportView {
  return {
    accountId: 'a',
    report: 'trend',
    variant: { gran: 'day' },
    from: '20261001',
    to: '20261030',
    data: { rows, sum: null },
    fetchedAt: 0,
    source: 'cache',
    settled: true,
    staleBecause: null
  } as unknown as ReportView
}

interface Pixels {
  width: number
  height: number
  /** How many pixels are within a small distance of the colour (anti-aliasing blurs edges). */
  near: (hex: string) => number
}

async function pixels(png: Buffer): Promise<Pixels> {
  const image = await loadImage(png)
  const canvas = createCanvas(image.width, image.height)
  const ctx = canvas.getContext('2d')
  ctx.drawImage(image, 0, 0)
  const { data } = ctx.getImageData(0, 0, image.width, image.height)
  return {
    width: image.width,
    height: image.height,
    near: (hex) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]
      let n = 0
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - r) <= 6 && Math.abs(data[i + 1]! - g) <= 6 && Math.abs(data[i + 2]! - b) <= 6 && data[i + 3]! === 255) n++
      }
      return n
    }
  }
}

/** Thirty days where new users are about a third of users, so the two lines lie apart. */
function days(): MetricRow[] {
  return trendRows('20261001', '20261030').map((r, i) => ({ ...r, values: { ...r.values, user_count: 3000 + 40 * i, new_user_count: 900 + (i % 7) * 30 } }))
}

const USERS = metricColor('user_count')
const NEW_USERS = metricColor('new_user_count')

describe('overview chart image', () => {
  it('draws both series in the Trend tab colours, on white, at twice the placed size', async () => {
    const chart = overviewChart(view(days()), { locale: 'zh-CN', title: '概况' })!
    expect(chart.widthPx).toBe(CHART_SIZE.widthPx)
    expect(chart.heightPx).toBe(CHART_SIZE.heightPx)
    expect(chart.legend).toEqual(['启动用户数', '新用户数'])
    const p = await pixels(chart.png)
    expect([p.width, p.height]).toEqual([CHART_SIZE.widthPx * PIXEL_RATIO, CHART_SIZE.heightPx * PIXEL_RATIO])
    // Mostly white background, not transparent.
    expect(p.near('#ffffff')).toBeGreaterThan(p.width * p.height * 0.6)
    expect(p.near(USERS)).toBeGreaterThan(500)
    expect(p.near(NEW_USERS)).toBeGreaterThan(500)
    expect(USERS).not.toBe(NEW_USERS)
  })

  it('labels the legend in English when the workbook is in English', () => {
    const chart = overviewChart(view(days()), { locale: 'en' })!
    expect(chart.legend).toEqual(['Active users', 'New users'])
  })

  it('draws no line for a series that is all not-ready, and nothing at all for no days', async () => {
    const rows = days().map((r) => ({ ...r, values: { ...r.values, new_user_count: null } }))
    const p = await pixels(overviewChart(view(rows), { locale: 'zh-CN' })!.png)
    expect(p.near(USERS)).toBeGreaterThan(500)
    // The legend's swatch is the only place the colour may appear.
    expect(p.near(NEW_USERS)).toBeLessThan(400)
    expect(overviewChart(view([]), { locale: 'zh-CN' })).toBeNull()
  })

  it('changes with the data', () => {
    const a = overviewChart(view(days()), { locale: 'zh-CN' })!
    const b = overviewChart(view(days().map((r) => ({ ...r, values: { ...r.values, user_count: (r.values['user_count'] ?? 0) * 3 } }))), { locale: 'zh-CN' })!
    expect(a.png.equals(b.png)).toBe(false)
  })
})
