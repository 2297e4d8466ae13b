import { describe, expect, it } from 'vitest'
import { formatAxis, formatCell, formatDateTime, formatValue, NULL_TEXT } from '../../src/shared/format'

describe('format', () => {
  it('formats values with their unit', () => {
    expect(formatValue('count', 1234567, 'zh-CN')).toBe('1,234,567')
    expect(formatValue('count', 1234567, 'en')).toBe('1,234,567')
    expect(formatValue('percent', 82.19, 'zh-CN')).toBe('82.19%')
    expect(formatValue('percent', 50, 'en')).toBe('50.00%')
    expect(formatValue('seconds', 54, 'zh-CN')).toBe('54 秒')
    expect(formatValue('seconds', 54, 'en')).toBe('54 s')
    expect(formatValue('seconds', 1234, 'en')).toBe('1,234 s')
  })

  it('shows "--" for values not available yet', () => {
    expect(formatValue('count', null, 'zh-CN')).toBe(NULL_TEXT)
    expect(formatValue('percent', Number.NaN, 'en')).toBe('--')
    expect(formatCell('seconds', null, 'en')).toBe('--')
  })

  it('leaves the unit to the header in table cells', () => {
    expect(formatCell('percent', 17.8, 'zh-CN')).toBe('17.80')
    expect(formatCell('seconds', 61, 'zh-CN')).toBe('61')
    expect(formatCell('count', 7727, 'en')).toBe('7,727')
  })

  it('shortens axis ticks', () => {
    expect(formatAxis('count', 12000, 'en')).toBe('12K')
    expect(formatAxis('count', 12000, 'zh-CN')).toBe('1.2万')
    expect(formatAxis('percent', 40, 'en')).toBe('40%')
    expect(formatAxis('seconds', 60, 'en')).toBe('60s')
    expect(formatAxis('seconds', 60, 'zh-CN')).toBe('60秒')
  })

  it('formats the fetch time in the user language', () => {
    const at = Date.UTC(2024, 4, 1, 2, 3)
    expect(formatDateTime(at, 'zh-CN')).toMatch(/2024/)
    expect(formatDateTime(at, 'en')).toMatch(/2024/)
    expect(formatDateTime(at, 'zh-CN')).not.toBe(formatDateTime(at, 'en'))
  })
})
