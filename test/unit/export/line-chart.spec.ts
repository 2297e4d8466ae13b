// The overview chart: a valid PNG (signature, chunk CRCs, pixels inflate to the size), lines in
// the series' colours, axis values that are round numbers.
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { compactNumber, niceMax, renderLineChart } from '../../../src/main/export/line-chart'
import { crc32, encodePng } from '../../../src/main/export/png'

interface Decoded {
  width: number
  height: number
  pixel: (x: number, y: number) => [number, number, number, number]
}

/** Reads back what encodePng writes (filter 0 only), checking every chunk's CRC. */
function decode(png: Buffer): Decoded {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  let offset = 8
  let width = 0
  let height = 0
  const idat: Buffer[] = []
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.toString('latin1', offset + 4, offset + 8)
    const data = png.subarray(offset + 8, offset + 8 + length)
    expect(png.readUInt32BE(offset + 8 + length)).toBe((crc32(png.subarray(offset + 4, offset + 8 + length)) ^ 0xffffffff) >>> 0)
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)]
    if (type === 'IDAT') idat.push(data)
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  expect(raw.length).toBe((width * 4 + 1) * height)
  return {
    width,
    height,
    pixel: (x, y) => {
      const i = y * (width * 4 + 1) + 1 + x * 4
      return [raw[i]!, raw[i + 1]!, raw[i + 2]!, raw[i + 3]!]
    }
  }
}

describe('PNG encoder', () => {
  it('round-trips pixels', () => {
    const rgba = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) % 256)
    const d = decode(encodePng(3, 2, rgba))
    expect([d.width, d.height]).toEqual([3, 2])
    expect(d.pixel(2, 1)).toEqual([...rgba.subarray(20, 24)])
    expect(() => encodePng(3, 3, rgba)).toThrow()
  })
})

describe('line chart', () => {
  it('draws each series in its colour over a white background', () => {
    const d = decode(renderLineChart({ width: 300, height: 160, series: [{ values: [10, 20, null, 40], color: 0x3b82f6 }, { values: [5, 5, 5, 5], color: 0xf59e0b }], firstLabel: '2026-10-01', lastLabel: '2026-10-04' }))
    expect([d.width, d.height]).toEqual([300, 160])
    const counts = new Map<string, number>()
    for (let y = 0; y < d.height; y++) for (let x = 0; x < d.width; x++) {
      const key = d.pixel(x, y).slice(0, 3).join(',')
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    expect(counts.get('255,255,255')!).toBeGreaterThan(300 * 160 * 0.6)
    expect(counts.get('59,130,246')!).toBeGreaterThan(50)
    expect(counts.get('245,158,11')!).toBeGreaterThan(50)
  })

  it('labels the value axis with round numbers', () => {
    expect(niceMax(2050)).toBe(2400)
    expect(niceMax(1000)).toBe(1000)
    expect(niceMax(0)).toBe(4)
    expect(compactNumber(1_234_567)).toBe('1.2M')
    expect(compactNumber(24_000)).toBe('24k')
    expect(compactNumber(600)).toBe('600')
  })
})
