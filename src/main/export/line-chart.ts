// The overview chart as a PNG, drawn in the main process without a browser: a line per series
// over a light grid, the value axis and the first and last day labelled with a small bitmap font
// (digits only; the legend, in the reader's language, goes in cells beside the image).
import { encodePng } from './png'

export interface ChartSeries {
  /** One value per point, null where there is none (a gap in the line). */
  values: readonly (number | null)[]
  /** 0xRRGGBB */
  color: number
}

export interface LineChartInput {
  width: number
  height: number
  series: readonly ChartSeries[]
  /** Labels under the first and last point ('2026-08-01'). */
  firstLabel?: string
  lastLabel?: string
}

// 5×7 glyphs, '#' set. Only what axis labels need.
const GLYPHS: Record<string, string[]> = {
  '0': [' ### ', '#   #', '#  ##', '# # #', '##  #', '#   #', ' ### '],
  '1': ['  #  ', ' ##  ', '  #  ', '  #  ', '  #  ', '  #  ', ' ### '],
  '2': [' ### ', '#   #', '    #', '   # ', '  #  ', ' #   ', '#####'],
  '3': ['#####', '   # ', '  #  ', '   # ', '    #', '#   #', ' ### '],
  '4': ['   # ', '  ## ', ' # # ', '#  # ', '#####', '   # ', '   # '],
  '5': ['#####', '#    ', '#### ', '    #', '    #', '#   #', ' ### '],
  '6': ['  ## ', ' #   ', '#    ', '#### ', '#   #', '#   #', ' ### '],
  '7': ['#####', '    #', '   # ', '  #  ', ' #   ', ' #   ', ' #   '],
  '8': [' ### ', '#   #', '#   #', ' ### ', '#   #', '#   #', ' ### '],
  '9': [' ### ', '#   #', '#   #', ' ####', '    #', '   # ', ' ##  '],
  '-': ['     ', '     ', '     ', '#####', '     ', '     ', '     '],
  '.': ['     ', '     ', '     ', '     ', '     ', ' ##  ', ' ##  '],
  ',': ['     ', '     ', '     ', '     ', ' ##  ', '  #  ', ' #   '],
  k: ['#    ', '#    ', '#  # ', '# #  ', '##   ', '# #  ', '#  # '],
  M: ['#   #', '## ##', '# # #', '#   #', '#   #', '#   #', '#   #'],
  ' ': ['     ', '     ', '     ', '     ', '     ', '     ', '     ']
}

class Raster {
  readonly pixels: Uint8Array
  constructor(
    readonly width: number,
    readonly height: number
  ) {
    this.pixels = new Uint8Array(width * height * 4).fill(255)
  }

  blend(x: number, y: number, color: number, alpha = 1): void {
    x = Math.round(x)
    y = Math.round(y)
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return
    const i = (y * this.width + x) * 4
    const rgb = [(color >> 16) & 0xff, (color >> 8) & 0xff, color & 0xff]
    for (let k = 0; k < 3; k++) this.pixels[i + k] = Math.round(this.pixels[i + k]! * (1 - alpha) + rgb[k]! * alpha)
    this.pixels[i + 3] = 255
  }

  rect(x0: number, y0: number, w: number, h: number, color: number): void {
    for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) this.blend(x, y, color)
  }

  /** A line `thickness` pixels wide, its edges softened. */
  line(x0: number, y0: number, x1: number, y1: number, color: number, thickness: number): void {
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2))
    const r = thickness / 2
    for (let s = 0; s <= steps; s++) {
      const cx = x0 + ((x1 - x0) * s) / steps
      const cy = y0 + ((y1 - y0) * s) / steps
      for (let y = Math.floor(cy - r - 1); y <= Math.ceil(cy + r + 1); y++) {
        for (let x = Math.floor(cx - r - 1); x <= Math.ceil(cx + r + 1); x++) {
          const d = Math.hypot(x - cx, y - cy)
          if (d <= r) this.blend(x, y, color)
          else if (d <= r + 1) this.blend(x, y, color, 0.35 * (r + 1 - d))
        }
      }
    }
  }

  text(x: number, y: number, text: string, color: number, scale = 2): number {
    for (const ch of text) {
      const glyph = GLYPHS[ch] ?? GLYPHS[' ']!
      glyph.forEach((row, gy) => {
        for (let gx = 0; gx < 5; gx++) if (row[gx] === '#') this.rect(x + gx * scale, y + gy * scale, scale, scale, color)
      })
      x += 6 * scale
    }
    return x
  }
}

export function textWidth(text: string, scale = 2): number {
  return [...text].length * 6 * scale
}

/** 1234567 → '1.2M', 12345 → '12k', 999 → '999'. */
export function compactNumber(n: number): string {
  const abs = Math.abs(n)
  if (abs >= 1e6) return `${(n / 1e6).toFixed(abs >= 1e7 ? 0 : 1)}M`
  if (abs >= 1e4) return `${Math.round(n / 1e3)}k`
  return String(Math.round(n))
}

/** A 'nice' axis maximum: four equal steps of 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × a power of ten, at or above `max`. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 4
  const step = max / 4
  const power = 10 ** Math.floor(Math.log10(step))
  return 4 * [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => m * power).find((v) => v >= step * (1 - 1e-9))!
}

const GRID = 0xe5e9f0
const AXIS = 0x8a94a6
const LABEL = 0x4a5466

export function renderLineChart(input: LineChartInput): Buffer {
  const { width, height } = input
  const raster = new Raster(width, height)
  const all = input.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)))
  const top = niceMax(all.length ? Math.max(...all) : 1)
  const yLabels = [0, top / 4, top / 2, (3 * top) / 4, top].map(compactNumber)
  const left = 16 + Math.max(...yLabels.map((l) => textWidth(l)))
  const plot = { x: left, y: 14, w: width - left - 20, h: height - 14 - 40 }

  yLabels.forEach((text, i) => {
    const y = plot.y + plot.h - (plot.h * i) / 4
    raster.rect(plot.x, Math.round(y), plot.w, 1, i === 0 ? AXIS : GRID)
    raster.text(plot.x - 8 - textWidth(text), Math.round(y) - 7, text, LABEL)
  })
  raster.rect(plot.x, plot.y, 1, plot.h, AXIS)

  const points = Math.max(...input.series.map((s) => s.values.length), 0)
  const xOf = (i: number): number => plot.x + (points <= 1 ? plot.w / 2 : (plot.w * i) / (points - 1))
  const yOf = (v: number): number => plot.y + plot.h - (plot.h * v) / top
  for (const s of input.series) {
    let prev: [number, number] | null = null
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) return void (prev = null)
      const p: [number, number] = [xOf(i), yOf(v)]
      if (prev) raster.line(prev[0], prev[1], p[0], p[1], s.color, 2)
      else raster.line(p[0], p[1], p[0], p[1], s.color, 3)
      prev = p
    })
  }
  const labelY = plot.y + plot.h + 12
  if (input.firstLabel) raster.text(plot.x, labelY, input.firstLabel, LABEL)
  if (input.lastLabel) raster.text(Math.max(plot.x, plot.x + plot.w - textWidth(input.lastLabel)), labelY, input.lastLabel, LABEL)
  return encodePng(width, height, raster.pixels)
}
