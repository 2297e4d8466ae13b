// Shared worksheet formatting: typed columns, headers with units, number formats, fitted widths.
import { label, unitSuffix, type Locale, type Unit } from '../../shared/reports'

export interface SheetColumn {
  key: string
  header: { zh: string; en: string }
  unit: Unit | 'date'
}

export const NUM_FORMATS: Record<SheetColumn['unit'], string | undefined> = {
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

/** How wide a text shows, in character columns. */
function displayWidth(text: string): number {
  // CJK characters take about two columns.
  let w = 0
  for (const ch of text) w += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1
  return w
}

export function headerText(col: SheetColumn, locale: Locale): string {
  return label(col.header, locale) + (col.unit === 'date' ? '' : unitSuffix(col.unit, locale))
}

/** The header's width with room for the filter button. */
export function headerWidth(col: SheetColumn, locale: Locale): number {
  return displayWidth(headerText(col, locale)) + 2
}

/** How wide a cell's value shows once formatted (numbers with separators, percents with two decimals). */
export function valueWidth(value: unknown, unit: SheetColumn['unit']): number {
  if (value === null || value === undefined) return 0
  if (value instanceof Date) return 10
  if (typeof value === 'number') {
    if (unit === 'percent') return (value * 100).toFixed(2).length + 1
    return value.toLocaleString('en-US', { maximumFractionDigits: unit === 'decimal' ? 2 : 0 }).length
  }
  // Long texts wrap their width at the cap anyway; measure only what can show.
  const text = String(value)
  return displayWidth(text.length > 80 ? text.slice(0, 80) : text)
}

/** A column width between 10 and 60 characters that fits the widest value. */
export function fittedWidth(widest: number): number {
  return Math.min(60, Math.max(10, widest + 2))
}
