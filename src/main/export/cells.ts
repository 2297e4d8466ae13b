// One report-table cell as Excel holds it: numbers as numbers (percents as fractions), days as
// dates, labels in the reader's language, text neutralised; and the note a cell needs, if any.
import type { CellValue } from 'exceljs'
import { fromSlashDate } from '../../shared/calendar'
import { label, type Bilingual, type Locale } from '../../shared/reports'
import { isBilingual, type Cell, type TableColumn } from '../reports/report-table'
import { cellText } from './sanitize'
import { excelValue } from './sheet-format'

export const NOTES = {
  notReady: { zh: '数据未就绪（接口返回 "--"）', en: 'Not available yet (the API returned "--")' },
  notReadyCapped: {
    zh: '数据未就绪（接口返回 "--"）。此表中更多未就绪的单元格同样留空，不再逐一批注。',
    en: 'Not available yet (the API returned "--"). Further not-ready cells on this sheet are empty too, without a note each.'
  },
  truncated: { zh: '内容超过 Excel 单元格上限 32,767 字符，已截断；原长 {n} 字符。', en: 'Cut to Excel’s limit of 32,767 characters per cell; the original had {n}.' },
  continuation: { zh: '行数超过 Excel 每表上限，本表接「{prev}」。', en: 'More rows than Excel allows on one sheet: continued from “{prev}”.' }
} satisfies Record<string, Bilingual>

export function noteText(note: Bilingual, locale: Locale, vars: Record<string, string | number> = {}): string {
  return label(note, locale).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''))
}

/** A metric column (a count, a percent, a duration…), as opposed to a label or a day. */
export function isMetric(column: Pick<TableColumn, 'unit'>): boolean {
  return column.unit !== 'text' && column.unit !== 'date'
}

/** Midnight UTC of a day: Excel has no time zones, so the serial is the calendar day itself. */
function dayDate(day: string): Date {
  return new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8))))
}

/** Set by `excelCell` when the text it returned was cut: its length before. */
export interface CellFlags {
  truncatedFrom: number | null
}

/** The cell's value for Excel. `flags.truncatedFrom` tells whether text was cut to the cell limit. */
export function excelCell(cell: Cell, column: Pick<TableColumn, 'unit'>, locale: Locale, flags: CellFlags): CellValue {
  flags.truncatedFrom = null
  if (cell === null) return null
  if (typeof cell === 'number') return isMetric(column) ? excelValue(cell, column.unit) : cell
  let text: string
  if (isBilingual(cell)) text = label(cell, locale)
  else {
    if (column.unit === 'date') {
      const day = fromSlashDate(cell)
      if (day) return dayDate(day)
    }
    text = cell
  }
  const safe = cellText(text)
  flags.truncatedFrom = safe.truncatedFrom
  return safe.text
}
