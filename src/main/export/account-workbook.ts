// "Export all" for one account and range: a sheet per cached report and variant, and a summary
// sheet in front (account, range, generated time, each report's freshness, KPI totals, the
// overview chart). Streamed: one report's rows in memory at a time.
import type ExcelJS from 'exceljs'
import type { AccountSummary } from '../../shared/accounts'
import { toIsoDate, type Day } from '../../shared/calendar'
import type { ReportView } from '../../shared/dto'
import type { ExportPhase } from '../../shared/export-jobs'
import { label, REPORTS, TREND_COLUMNS, unitSuffix, variantLabel, type Bilingual, type Locale, type ReportId } from '../../shared/reports'
import { reportTable } from '../reports/report-table'
import { cachedView, exportItems, sheetTitle, STATUS, WORDS, type ExportItem, type ExportSource } from './cached-reports'
import { NOTES, noteText } from './cells'
import type { ChartImage } from './chart-image'
import { beijingTimestamp } from './report-workbook'
import { safeCellText, safeSheetName } from './sanitize'
import { excelValue, NUM_FORMATS } from './sheet-format'
import { addStreamImage, moveSheetFirst } from './stream-image'
import { HEADER_STYLE, writeTableSheets, type StreamWorkbook } from './stream-table'

export interface ExportProgressSink {
  /** A phase begins with this many steps (accounts while collecting, reports and variants while writing). */
  phase(phase: ExportPhase, total: number): void
  step(): void
  rows(n: number): void
}

export const NO_PROGRESS: ExportProgressSink = { phase: () => undefined, step: () => undefined, rows: () => undefined }

export interface WriteContext {
  locale: Locale
  used: Set<string>
  signal?: AbortSignal
  progress: ExportProgressSink
  /** Rows per sheet including the header (tests lower it). */
  maxRowsPerSheet?: number
}

/** What became of one report and variant: its sheets, or why there are none. */
export interface SheetRecord {
  account: AccountSummary
  item: ExportItem
  sheets: string[]
  rows: number
  fetchedAt: number | null
  settled: boolean | null
}

const T = {
  title: { zh: 'Swanboard 报表导出', en: 'Swanboard export' },
  summary: { zh: '摘要', en: 'Summary' },
  totals: { zh: '区间合计（用户趋势·按天）', en: 'Range totals (User trend · By day)' },
  value: { zh: '数值', en: 'Value' },
  noTotals: {
    zh: '缓存中没有此区间的合计：请先同步这一确切区间（合计按去重用户计算，只能由百度给出）。',
    en: 'The cache has no totals for this range: sync this exact range first (totals count each user once, which only Baidu can do).'
  },
  noTrend: { zh: '用户趋势（按天）未同步：无合计、无图表。', en: 'User trend (by day) is not synced: no totals, no chart.' },
  chart: { zh: '每日趋势图', en: 'Daily chart' },
  chartFailed: { zh: '本机无法绘制图表（缺少图形组件），其余内容完整。', en: 'The chart could not be drawn on this computer (graphics component missing); everything else is complete.' },
  freshness: { zh: '各报表数据状态', en: 'Freshness of each report' },
  sheet: { zh: '工作表', en: 'Sheet' },
  rows: { zh: '行数', en: 'Rows' }
} satisfies Record<string, Bilingual>

/** Writes a sheet per cached report and variant of the account; returns what became of each. */
export async function writeAccountSheets(
  wb: StreamWorkbook,
  source: ExportSource,
  account: AccountSummary,
  range: { from: Day; to: Day; reports?: readonly ReportId[] },
  ctx: WriteContext,
  prefix?: (item: ExportItem) => string
): Promise<{ records: SheetRecord[]; trendDay: ReportView | null }> {
  const items = exportItems(account, range.reports)
  const records: SheetRecord[] = []
  let trendDay: ReportView | null = null
  // Only the table's cells stay referenced while a report is written (the day trend, small, is kept).
  const load = (item: ExportItem) => {
    const view = cachedView(source, account.id, item, range.from, range.to)
    if (!view) return null
    if (item.report === 'trend' && item.variant['gran'] === 'day') trendDay = view
    return { table: reportTable(view.data, view.variant), fetchedAt: view.fetchedAt, settled: view.settled }
  }
  for (const item of items) {
    ctx.signal?.throwIfAborted()
    const loaded = load(item)
    if (!loaded) {
      records.push({ account, item, sheets: [], rows: 0, fetchedAt: null, settled: null })
      ctx.progress.step()
      continue
    }
    const { table, fetchedAt, settled } = loaded
    const title = sheetTitle(item, ctx.locale, prefix?.(item))
    const written = await writeTableSheets(wb, { title, columns: table.columns, rows: table.rows, locale: ctx.locale }, {
      used: ctx.used,
      signal: ctx.signal,
      maxRowsPerSheet: ctx.maxRowsPerSheet,
      onRows: (n) => ctx.progress.rows(n)
    })
    records.push({ account, item, sheets: written.sheets, rows: written.rows, fetchedAt, settled })
    ctx.progress.step()
  }
  return { records, trendDay }
}

function addRow(ws: ExcelJS.Worksheet, values: ExcelJS.CellValue[], style?: Partial<ExcelJS.Style>): ExcelJS.Row {
  const row = ws.addRow(values)
  if (style) values.forEach((_, i) => (row.getCell(i + 1).style = style))
  return row
}

const BOLD = Object.freeze({ font: { bold: true } }) as Partial<ExcelJS.Style>

/** A sheet's title, then its facts as label (bold) and value rows. */
export function writeHeading(ws: ExcelJS.Worksheet, title: Bilingual, facts: readonly [Bilingual, ExcelJS.CellValue][], locale: Locale): void {
  addRow(ws, [label(title, locale)], Object.freeze({ font: { bold: true, size: 14 } }) as Partial<ExcelJS.Style>).commit()
  for (const [k, v] of facts) {
    const row = ws.addRow([label(k, locale), v])
    row.getCell(1).style = BOLD
    row.commit()
  }
}

/** The freshness table: one row per report and variant (and account, in a portfolio). */
export function writeFreshnessRows(ws: ExcelJS.Worksheet, records: readonly SheetRecord[], locale: Locale, withAccount: boolean): void {
  const t = (x: Bilingual): string => label(x, locale)
  const headers = [...(withAccount ? [t(WORDS.account)] : []), t(WORDS.report), t(WORDS.variant), t(T.sheet), t(T.rows), t(WORDS.fetchedAt), t(WORDS.status)]
  addRow(ws, headers, HEADER_STYLE).commit()
  const countStyle = Object.freeze({ numFmt: NUM_FORMATS.count }) as Partial<ExcelJS.Style>
  for (const r of records) {
    const status = r.fetchedAt === null ? STATUS.notSynced : r.settled ? STATUS.settled : STATUS.unsettled
    const row = addRow(ws, [
      ...(withAccount ? [safeCellText(r.account.name)] : []),
      t(REPORTS[r.item.report]),
      t(variantLabel(r.item.report, r.item.variant)),
      r.sheets.join(', '),
      r.fetchedAt === null ? null : r.rows,
      r.fetchedAt === null ? '' : beijingTimestamp(r.fetchedAt),
      t(status)
    ])
    row.getCell(headers.length - 2).style = countStyle
    row.commit()
  }
}

export interface SummaryInput {
  account: AccountSummary
  from: Day
  to: Day
  generatedAt: number
  records: readonly SheetRecord[]
  trendDay: ReportView | null
}

/**
 * The overview chart, or 'failed' when this machine cannot draw it: the canvas is a native module
 * and an export must never fail for want of a picture. Loaded on first use: the canvas and Chart.js
 * take ~0.1 s to load, which nothing else needs.
 */
async function drawOverviewChart(trendDay: ReportView, locale: Locale, title: string): Promise<ChartImage | null | 'failed'> {
  try {
    return (await import('./chart-image')).overviewChart(trendDay, { locale, title })
  } catch {
    return 'failed'
  }
}

/** The summary sheet (added last, then moved to the front). */
export async function writeSummarySheet(wb: StreamWorkbook, input: SummaryInput, ctx: WriteContext): Promise<ExcelJS.Worksheet> {
  const { locale } = ctx
  const t = (x: Bilingual): string => label(x, locale)
  const ws = wb.addWorksheet(safeSheetName(t(T.summary), ctx.used))
  ws.columns = [{ width: 26 }, { width: 30 }, { width: 30 }, { width: 10 }, { width: 24 }, { width: 26 }, { width: 4 }]
  writeHeading(ws, T.title, [
    [WORDS.account, safeCellText(input.account.name)],
    [WORDS.appId, safeCellText(input.account.appId ?? '')],
    [WORDS.range, `${toIsoDate(input.from)} – ${toIsoDate(input.to)}`],
    [WORDS.generatedAt, beijingTimestamp(input.generatedAt)],
    [WORDS.source, t(WORDS.offline)]
  ], locale)
  ws.addRow([]).commit()

  addRow(ws, [t(T.totals)], BOLD).commit()
  const sum = input.trendDay?.data.sum ?? null
  const note = input.trendDay ? t(T.noTotals) : t(T.noTrend)
  addRow(ws, [t(WORDS.metric), t(T.value)], HEADER_STYLE).commit()
  for (const c of TREND_COLUMNS) {
    const value = sum?.[c.key] ?? null
    const row = ws.addRow([t(c) + unitSuffix(c.unit, locale), excelValue(value, c.unit)])
    row.getCell(2).style = Object.freeze({ numFmt: NUM_FORMATS[c.unit], alignment: { horizontal: 'left' } }) as Partial<ExcelJS.Style>
    if (value === null) row.getCell(2).note = sum ? noteText(NOTES.notReady, locale) : note
    row.commit()
  }
  ws.addRow([]).commit()

  const chart = input.trendDay ? await drawOverviewChart(input.trendDay, locale, t(T.chart)) : null
  if (chart && chart !== 'failed') {
    // Beside the account details and totals, right of the freshness table's columns. The title
    // and legend are in the picture.
    const { png, widthPx, heightPx, legend } = chart
    addStreamImage(wb, ws, png, { col: 7, row: 0, widthPx, heightPx, description: `${t(T.chart)}: ${legend.join(', ')}` })
  } else {
    const row = ws.addRow([t(T.chart), chart === 'failed' ? t(T.chartFailed) : note])
    row.getCell(1).style = BOLD
    row.commit()
    ws.addRow([]).commit()
  }

  addRow(ws, [t(T.freshness)], BOLD).commit()
  writeFreshnessRows(ws, input.records, locale, false)
  ws.commit()
  return ws
}

export interface AccountExportInput {
  accountId: string
  from: Day
  to: Day
  reports?: readonly ReportId[]
  generatedAt: number
}

/** The whole 'Export all' workbook; returns what became of each report and variant. */
export async function writeAccountWorkbook(wb: StreamWorkbook, source: ExportSource, input: AccountExportInput, ctx: WriteContext): Promise<SheetRecord[]> {
  const account = source.accounts.get(input.accountId).summary
  ctx.progress.phase('writing', exportItems(account, input.reports).length)
  const { records, trendDay } = await writeAccountSheets(wb, source, account, input, ctx)
  ctx.progress.phase('finishing', 1)
  const summary = await writeSummarySheet(wb, { account, from: input.from, to: input.to, generatedAt: input.generatedAt, records, trendDay }, ctx)
  moveSheetFirst(wb, summary)
  return records
}
