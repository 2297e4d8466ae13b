// The trend report as a workbook: a data sheet and a sheet saying what it is.
import ExcelJS from 'exceljs'
import { fromSlashDate, toIsoDate } from '../../shared/calendar'
import type { AccountSummary, TrendReport } from '../../shared/dto'
import { GRAN_LABELS, label, REPORTS, TREND_COLUMNS, type Locale } from '../../shared/reports'
import { safeCellText } from './sanitize'
import { defineColumns, excelValue, finishTable, type SheetColumn } from './sheet-format'

const NOT_READY_NOTE = { zh: '数据未就绪（接口返回 "--"）', en: 'Not available yet (the API returned "--")' }

const TEXT = {
  about: { zh: '说明', en: 'About' },
  account: { zh: '账号', en: 'Account' },
  appId: { zh: '小程序 ID', en: 'App ID' },
  report: { zh: '报表', en: 'Report' },
  granularity: { zh: '粒度', en: 'Granularity' },
  range: { zh: '日期范围', en: 'Date range' },
  timeSpan: { zh: '接口时间范围', en: 'Time span (API)' },
  fetchedAt: { zh: '数据获取时间', en: 'Data fetched at' },
  generatedAt: { zh: '导出时间', en: 'Generated at' },
  freshness: { zh: '数据状态', en: 'Freshness' },
  settled: { zh: '已定稿（不再变化）', en: 'Final (no longer revised)' },
  unsettled: { zh: '近期数据，可能仍会更新', en: 'Recent: may still be revised' },
  totals: { zh: '区间合计', en: 'Range totals' }
} as const

/** 'YYYY-MM-DD HH:mm' in Beijing time. */
export function beijingTimestamp(epochMs: number): string {
  const d = new Date(epochMs + 8 * 3600_000)
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} (UTC+8)`
}

export interface TrendWorkbookInput {
  report: TrendReport
  account: AccountSummary
  locale: Locale
  generatedAt: number
}

export function buildTrendWorkbook({ report, account, locale, generatedAt }: TrendWorkbookInput): ExcelJS.Workbook {
  const t = (x: { zh: string; en: string }): string => label(x, locale)
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Swanboard'
  wb.created = new Date(generatedAt)

  const dataSheet = wb.addWorksheet(t(REPORTS.trend))
  const byDay = report.gran === 'day'
  const columns: SheetColumn[] = [
    { key: 'name', header: REPORTS.trend.dimension, unit: byDay ? 'date' : 'text' },
    ...TREND_COLUMNS.map((c) => ({ key: c.key, header: c, unit: c.unit }))
  ]
  defineColumns(dataSheet, columns, locale)
  for (const row of report.rows) {
    const day = byDay ? fromSlashDate(row.name) : null
    const values: Record<string, unknown> = { name: day ? new Date(`${toIsoDate(day)}T00:00:00Z`) : safeCellText(row.name) }
    for (const c of TREND_COLUMNS) values[c.key] = excelValue(row[c.key], c.unit)
    const added = dataSheet.addRow(values)
    TREND_COLUMNS.forEach((c, i) => {
      if (row[c.key] === null) added.getCell(i + 2).note = t(NOT_READY_NOTE)
    })
  }
  finishTable(dataSheet, columns, report.rows.length, locale)

  const about = wb.addWorksheet(t(TEXT.about))
  about.columns = [{ width: 22 }, { width: 44 }]
  const info: [string, string | number | null][] = [
    [t(TEXT.account), safeCellText(account.name)],
    [t(TEXT.appId), safeCellText(account.appId ?? '')],
    [t(TEXT.report), t(REPORTS.trend)],
    [t(TEXT.granularity), t(GRAN_LABELS[report.gran])],
    [t(TEXT.range), `${toIsoDate(report.from)} – ${toIsoDate(report.to)}`],
    [t(TEXT.timeSpan), safeCellText(report.timeSpan)],
    [t(TEXT.fetchedAt), beijingTimestamp(report.fetchedAt)],
    [t(TEXT.generatedAt), beijingTimestamp(generatedAt)],
    [t(TEXT.freshness), t(report.settled ? TEXT.settled : TEXT.unsettled)]
  ]
  for (const [k, v] of info) about.addRow([k, v]).getCell(1).font = { bold: true }
  about.addRow([])
  about.addRow([t(TEXT.totals)]).getCell(1).font = { bold: true }
  for (const c of TREND_COLUMNS) {
    const row = about.addRow([t(c), excelValue(report.sum[c.key], c.unit)])
    row.getCell(2).numFmt = c.unit === 'percent' ? '0.00%' : '#,##0'
    row.getCell(2).alignment = { horizontal: 'left' }
    if (report.sum[c.key] === null) row.getCell(2).note = t(NOT_READY_NOTE)
  }
  return wb
}
