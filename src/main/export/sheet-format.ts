// Shared worksheet formatting: typed columns, header, freeze, filter, widths.
import type { Worksheet } from 'exceljs'
import { label, unitSuffix, type Locale, type Unit } from '../../shared/reports'

export interface SheetColumn {
  key: string
  header: { zh: string; en: string }
  unit: Unit | 'date'
}

const NUM_FORMATS: Record<SheetColumn['unit'], string | undefined> = {
  count: '#,##0',
  decimal: '#,##0.00',
  percent: '0.00%',
  seconds: '#,##0',
  text: '@',
  date: 'yyyy-mm-dd'
}

/** Cell value for a metric in Excel's terms: percents as fractions so '0.00%' shows 82.19 %. */
export function excelValue(value: number | null, unit: SheetColumn['unit']): number | null {
  if (value === null) return null
  return unit === 'percent' ? value / 100 : value
}

function displayWidth(text: string): number {
  // CJK characters take about two columns.
  let w = 0
  for (const ch of text) w += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1
  return w
}

export function headerText(col: SheetColumn, locale: Locale): string {
  return label(col.header, locale) + (col.unit === 'date' ? '' : unitSuffix(col.unit, locale))
}

/** Declares the columns with headers in the UI language and their number formats. */
export function defineColumns(sheet: Worksheet, columns: readonly SheetColumn[], locale: Locale): void {
  sheet.columns = columns.map((c) => ({ key: c.key, header: headerText(c, locale), style: { numFmt: NUM_FORMATS[c.unit] } }))
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.alignment = { vertical: 'middle' }
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } }
}

/** Frozen header, autofilter over the data, and widths that fit the longest value. */
export function finishTable(sheet: Worksheet, columns: readonly SheetColumn[], rowCount: number, locale: Locale): void {
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  if (columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rowCount + 1), column: columns.length } }
  }
  columns.forEach((c, i) => {
    let widest = displayWidth(headerText(c, locale)) + 2 // room for the filter button
    sheet.getColumn(i + 1).eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value
      const text = v instanceof Date ? '2019-04-15' : typeof v === 'number' ? v.toLocaleString('en-US') : String(v ?? '')
      widest = Math.max(widest, displayWidth(text))
    })
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, widest + 2))
  })
}
