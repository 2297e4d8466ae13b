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
  let out = text.replace(INVALID_XML_CHARS, '')
  if (FORMULA_START.test(out)) out = `'${out}`
  return out.length > MAX_CELL_CHARS ? out.slice(0, MAX_CELL_CHARS) : out
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
