// Text that goes into a spreadsheet cell: nothing a spreadsheet would run, nothing that breaks the file.

/** Excel's limit on characters in one cell. */
export const MAX_CELL_CHARS = 32_767

// XML 1.0 forbids these; exceljs would write a file Excel refuses to open. Tab, LF and CR are legal.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const FORMULA_START = /^[=+\-@\t\r\n]/

/**
 * Makes `text` safe for a cell: strips characters that corrupt the file, neutralises a leading
 * character that would make a spreadsheet treat it as a formula (OWASP: prefix a quote), and
 * truncates to Excel's cell limit.
 */
export function safeCellText(text: string): string {
  return cellText(text).text
}

/** What `safeCellText` makes of a text, and its length before truncation when it was cut (else null). */
export interface CellText {
  text: string
  truncatedFrom: number | null
}

/** `safeCellText`, telling whether the text was cut to Excel's limit (so a note can say so). */
export function cellText(text: string): CellText {
  let out = text.replace(INVALID_XML_CHARS, '')
  if (FORMULA_START.test(out)) out = `'${out}`
  if (out.length <= MAX_CELL_CHARS) return { text: out, truncatedFrom: null }
  // Never cut a surrogate pair in half: that would leave a lone surrogate, which XML forbids.
  let end = MAX_CELL_CHARS
  const last = out.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return { text: out.slice(0, end), truncatedFrom: out.length }
}

/** A file name safe on Windows, macOS and Linux. */
export function safeFileName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001F]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
  return cleaned.slice(0, 180) || 'swanboard-export'
}

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME = 31

/**
 * A valid sheet name, unique within `used` (which it records): no []:*?/\, no leading or trailing
 * apostrophe, at most 31 UTF-16 units (as Excel counts: an emoji is two), and a numbered suffix when
 * the name is taken (case-insensitive).
 */
export function safeSheetName(wanted: string, used: Set<string>): string {
  // eslint-disable-next-line no-control-regex
  const base = wanted.replace(/[[\]:*?/\\\u0000-\u001F]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '') || 'Sheet'
  const taken = (name: string) => used.has(name.toLowerCase())
  // Never cut a surrogate pair in half, nor leave an apostrophe at the end.
  const cut = (units: number) => base.slice(0, units).replace(/[\uD800-\uDBFF]$/, '').replace(/'+$/, '')
  let name = cut(MAX_SHEET_NAME)
  for (let n = 2; taken(name); n++) {
    const suffix = ` (${n})`
    name = cut(MAX_SHEET_NAME - suffix.length) + suffix
  }
  used.add(name.toLowerCase())
  return name
}
