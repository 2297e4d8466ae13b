// Reading one value: numbers, numeric strings, "--", odd values, and a column's aliases.
import { describe, expect, it } from 'vitest'
import { readColumn, readColumns, toMetric, toText } from '../../../../src/main/baidu/normalise'
import type { Column } from '../../../../src/shared/reports'

describe('toMetric', () => {
  it.each([
    [82.19, 82.19],
    [0, 0],
    [-3, -3],
    ['122000', 122000],
    [' 82.19 ', 82.19],
    ['\t7\n', 7],
    ['-5', -5],
    ['.5', 0.5],
    ['1e3', 1000]
  ])('%j → %j', (value, expected) => {
    expect(toMetric(value)).toBe(expected)
  })

  it.each([['--'], [' -- '], [''], ['   '], [NaN], [Infinity], [-Infinity], ['Infinity'], ['NaN'], ['1e400'], ['0x1f'], ['1,234'], ['12abc'], ['—']])(
    '%j → null',
    (value) => {
      expect(toMetric(value)).toBeNull()
    }
  )

  it.each([[null], [undefined], [true], [false], [{}], [[1]], [10n]])('%s (not a number or string) → null', (value) => {
    expect(toMetric(value)).toBeNull()
  })
})

describe('toText', () => {
  it('keeps strings verbatim, writes finite numbers as digits, and turns anything else into ""', () => {
    expect(toText(' pages/a ')).toBe(' pages/a ')
    expect(toText(11010020)).toBe('11010020')
    expect(toText(NaN)).toBe('')
    expect(toText(null)).toBe('')
    expect(toText(undefined)).toBe('')
    expect(toText(['a'])).toBe('')
  })
})

describe('readColumn', () => {
  const column: Column = { key: 'session_count', zh: '', en: '', unit: 'count', aliases: ['user_count', 'uv'] }

  it('reads the key itself when present', () => {
    expect(readColumn({ session_count: '5', user_count: 9 }, column)).toBe(5)
  })

  it('falls back to the first alias present', () => {
    expect(readColumn({ user_count: 9, uv: 1 }, column)).toBe(9)
    expect(readColumn({ uv: ' 1 ' }, column)).toBe(1)
  })

  it('treats an undefined value as absent', () => {
    expect(readColumn({ session_count: undefined, user_count: 9 }, column)).toBe(9)
  })

  // "--" is the API's own answer for this key: not a reason to read another spelling.
  it('takes a present key at its word even when it is "--"', () => {
    expect(readColumn({ session_count: '--', user_count: 9 }, column)).toBeNull()
  })

  it('is null when neither the key nor an alias is there', () => {
    expect(readColumn({ other: 1 }, column)).toBeNull()
  })

  it('does not read inherited properties', () => {
    expect(readColumn(Object.create({ session_count: 3 }) as Record<string, unknown>, column)).toBeNull()
  })
})

describe('readColumns', () => {
  it('yields exactly the columns’ keys, ignoring unknown keys', () => {
    const columns: Column[] = [
      { key: 'a', zh: '', en: '', unit: 'count' },
      { key: 'b', zh: '', en: '', unit: 'count', aliases: ['b_old'] }
    ]
    expect(readColumns({ ' ': 'x', a: '1', b_old: 2, c: 3 }, columns)).toStrictEqual({ a: 1, b: 2 })
  })
})
