// Any report as a workbook: its table on a sheet (typed cells, bilingual headers with units,
// frozen header, filter, fitted widths, notes on not-ready cells) and a sheet saying what it is,
// streamed to a file so a tab of any size fits.
import type ExcelJS from 'exceljs'
import type { AccountSummary } from '../../shared/accounts'
import { toIsoDate } from '../../shared/calendar'
import type { ReportView } from '../../shared/dto'
import { label, REPORTS, variantLabel, type Bilingual, type Locale } from '../../shared/reports'
import { reportTable } from '../reports/report-table'
import { sheetTitle, STATUS, WORDS } from './cached-reports'
import { NOTES, noteText } from './cells'
import { safeCellText, safeSheetName } from './sanitize'
import { excelValue, NUM_FORMATS } from './sheet-format'
import { writeTableSheets, type StreamOptions, type StreamWorkbook } from './stream-table'

export const ABOUT_TEXT = {
  timeSpan: { zh: '接口时间范围', en: 'Time span (API)' },
  fetchedAt: { zh: '数据获取时间', en: 'Data fetched at' },
  freshness: { zh: '数据状态', en: 'Freshness' },
  totals: { zh: '区间合计', en: 'Range totals' }
} satisfies Record<string, Bilingual>

/** 'YYYY-MM-DD HH:mm (UTC+8)' in Beijing time. */
export function beijingTimestamp(epochMs: number): string {
  const d = new Date(epochMs + 8 * 3600_000).toISOString()
  return `${d.slice(0, 10)} ${d.slice(11, 16)} (UTC+8)`
}

export interface ReportWorkbookInput {
  view: ReportView
  account: AccountSummary
  locale: Locale
  generatedAt: number
}

export interface AboutRow {
  label: string
  value: ExcelJS.CellValue
  bold?: boolean
  numFmt?: string
  note?: string
}

/** The About sheet's rows: what the report is, its range and freshness, and its range totals. */
function aboutRows({ view, account, locale, generatedAt }: ReportWorkbookInput): AboutRow[] {
  const t = (x: Bilingual): string => label(x, locale)
  const rows: AboutRow[] = [
    [WORDS.account, safeCellText(account.name)],
    [WORDS.appId, safeCellText(account.appId ?? '')],
    [WORDS.report, t(REPORTS[view.report])],
    [WORDS.variant, t(variantLabel(view.report, view.variant))],
    [WORDS.range, `${toIsoDate(view.from)} – ${toIsoDate(view.to)}`],
    [ABOUT_TEXT.timeSpan, safeCellText(view.data.timeSpan)],
    [ABOUT_TEXT.fetchedAt, beijingTimestamp(view.fetchedAt)],
    [WORDS.generatedAt, beijingTimestamp(generatedAt)],
    [ABOUT_TEXT.freshness, t(view.settled ? STATUS.settled : STATUS.unsettled)]
  ].map(([k, v]) => ({ label: t(k as Bilingual), value: v as string, bold: true }))
  const sum = view.data.sum
  if (sum) {
    rows.push({ label: '', value: null }, { label: t(ABOUT_TEXT.totals), value: null, bold: true })
    for (const c of REPORTS[view.report].columns(view.variant)) {
      if (!(c.key in sum)) continue
      const value = sum[c.key] ?? null
      rows.push({ label: t(c), value: excelValue(value, c.unit), numFmt: NUM_FORMATS[c.unit], note: value === null ? noteText(NOTES.notReady, locale) : undefined })
    }
  }
  return rows
}

/** An About sheet (label, value) through the streaming writer. */
export function writeAboutSheet(wb: StreamWorkbook, rows: readonly AboutRow[], locale: Locale, used: Set<string>): void {
  const about = wb.addWorksheet(safeSheetName(label(WORDS.about, locale), used))
  about.columns = [{ width: 22 }, { width: 44 }]
  for (const r of rows) {
    const row = about.addRow(r.label === '' && r.value === null ? [] : [r.label, r.value])
    if (r.bold) row.getCell(1).style = { font: { bold: true } }
    if (r.numFmt) row.getCell(2).style = { numFmt: r.numFmt, alignment: { horizontal: 'left' } }
    if (r.note) row.getCell(2).note = r.note
    row.commit()
  }
  about.commit()
}

/** The report's sheet (more when it has more rows than Excel allows on one), then About. */
export async function writeReportWorkbook(wb: StreamWorkbook, input: ReportWorkbookInput, options: StreamOptions): Promise<void> {
  const table = reportTable(input.view.data, input.view.variant)
  await writeTableSheets(wb, { title: sheetTitle(input.view, input.locale), columns: table.columns, rows: table.rows, locale: input.locale }, options)
  writeAboutSheet(wb, aboutRows(input), input.locale, options.used)
}
