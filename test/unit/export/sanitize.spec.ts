import { describe, expect, it } from 'vitest'
import { cellText, MAX_CELL_CHARS, safeCellText, safeFileName, safeSheetName } from '../../../src/main/export'

describe('safeCellText', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\n=1', "'\n=1"],
    ['/pages/index', '/pages/index'],
    ['首页', '首页'],
    ['a=b', 'a=b']
  ])('%j → %j', (input, output) => {
    expect(safeCellText(input)).toBe(output)
  })

  it('strips characters XML cannot hold, keeping tab and newlines inside the text', () => {
    expect(safeCellText('a\u0000b\u0007c\u001Fd\tx\ny\uFFFE')).toBe('abcd\tx\ny')
    expect(safeCellText('ok\uD800')).toBe('ok')
    expect(safeCellText('😀')).toBe('😀')
  })

  it('neutralises a formula revealed by stripping a control character', () => {
    expect(safeCellText('\u0001=1+1')).toBe("'=1+1")
  })

  it('truncates to Excel’s cell limit', () => {
    expect(safeCellText('x'.repeat(40_000))).toHaveLength(MAX_CELL_CHARS)
  })

  it('says when it cut, and never cuts a character in half', () => {
    expect(cellText('x'.repeat(40_000))).toEqual({ text: 'x'.repeat(MAX_CELL_CHARS), truncatedFrom: 40_000 })
    expect(cellText('=1')).toEqual({ text: "'=1", truncatedFrom: null })
    const emoji = cellText('x'.repeat(MAX_CELL_CHARS - 1) + '😀😀')
    expect(emoji.text).toBe('x'.repeat(MAX_CELL_CHARS - 1))
    expect(emoji.truncatedFrom).toBe(MAX_CELL_CHARS + 3)
  })
})

describe('safeFileName', () => {
  it('removes characters no file system accepts and leading dots', () => {
    expect(safeFileName('..天鹅/示例:趋势*?<>|"\\')).toBe('天鹅_示例_趋势_______')
    expect(safeFileName('   ')).toBe('swanboard-export')
  })
})

describe('safeSheetName', () => {
  it('is valid, at most 31 characters, and unique whatever the case', () => {
    const used = new Set<string>()
    expect(safeSheetName('a[b]c:d*e?f/g\\h', used)).toBe('a b c d e f g h')
    expect(safeSheetName('页'.repeat(40), used)).toBe('页'.repeat(31))
    expect(safeSheetName('页'.repeat(40), used)).toBe(`${'页'.repeat(27)} (2)`)
    expect(safeSheetName('A B C D E F G H', used)).toBe('A B C D E F G H (2)')
    expect(safeSheetName("''", used)).toBe('Sheet')
  })
})
