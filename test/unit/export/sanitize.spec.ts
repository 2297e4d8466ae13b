import { describe, expect, it } from 'vitest'
import { MAX_CELL_CHARS, safeCellText, safeFileName } from '../../../src/main/export'

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
})

describe('safeFileName', () => {
  it('removes characters no file system accepts and leading dots', () => {
    expect(safeFileName('..天鹅/示例:趋势*?<>|"\\')).toBe('天鹅_示例_趋势_______')
    expect(safeFileName('   ')).toBe('swanboard-export')
  })
})
