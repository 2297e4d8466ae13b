// "Export portfolio": a comparison sheet with one row per account and its KPIs for the range (the
// cached user-trend totals), optionally every account's own sheets, and a sheet saying what it is.
import type { AccountSummary } from '../../shared/accounts'
import { toIsoDate, type Day } from '../../shared/calendar'
import { label, TREND_COLUMNS, type Bilingual, type ReportId } from '../../shared/reports'
import { AppError } from '../app-error'
import type { Cell, TableColumn } from '../reports/report-table'
import { writeAccountSheets, writeFreshnessRows, writeHeading, type SheetRecord, type WriteContext } from './account-workbook'
import { accountPrefix, cachedView, exportItems, STATUS, WORDS, type ExportSource } from './cached-reports'
import { beijingTimestamp } from './report-workbook'
import { safeSheetName } from './sanitize'
import { writeTableSheets, type StreamWorkbook } from './stream-table'

const T = {
  comparison: { zh: '账号对比', en: 'Accounts' },
  noTotals: { zh: '已缓存，但无区间合计（请同步这一确切区间）', en: 'Cached, but no range totals (sync this exact range)' },
  tp: { zh: '服务商平台账号：无用户趋势', en: 'TP platform account: no user trend' },
  emptyKpi: {
    zh: '缓存中没有此值：见“数据状态”列。',
    en: 'The cache has no value for this: see the Status column.'
  },
  title: { zh: 'Swanboard 多账号导出', en: 'Swanboard portfolio export' },
  accounts: { zh: '账号数', en: 'Accounts' },
  kpiSource: { zh: '指标为各账号“用户趋势·按天”的区间合计。', en: 'KPIs are each account’s range totals of User trend · By day.' },
  sheets: { zh: '各账号工作表', en: 'Each account’s sheets' }
} satisfies Record<string, Bilingual>

export interface PortfolioInput {
  accounts: readonly string[] | 'all'
  from: Day
  to: Day
  perAccountSheets: boolean
  reports?: readonly ReportId[]
  generatedAt: number
}

/** The comparison table: its columns, and one row per account. */
export function comparisonTable(source: ExportSource, accounts: readonly AccountSummary[], from: Day, to: Day, onAccount: () => void = () => undefined): { columns: TableColumn[]; rows: Cell[][] } {
  const columns: TableColumn[] = [
    { key: 'account', header: WORDS.account, unit: 'text' },
    { key: 'appId', header: WORDS.appId, unit: 'text' },
    { key: 'status', header: WORDS.status, unit: 'text' },
    { key: 'fetchedAt', header: WORDS.fetchedAt, unit: 'text' },
    ...TREND_COLUMNS.map((c): TableColumn => ({ key: c.key, header: c, unit: c.unit }))
  ]
  const rows = accounts.map((account): Cell[] => {
    const view = account.kind === 'tp' ? null : cachedView(source, account.id, { report: 'trend', variant: { gran: 'day' } }, from, to)
    onAccount()
    const sum = view?.data.sum ?? null
    const status: Bilingual = account.kind === 'tp' ? T.tp : !view ? STATUS.notSynced : !sum ? T.noTotals : view.settled ? STATUS.settled : STATUS.unsettled
    return [account.name, account.appId ?? '', status, view ? beijingTimestamp(view.fetchedAt) : '', ...TREND_COLUMNS.map((c) => sum?.[c.key] ?? null)]
  })
  return { columns, rows }
}

export function portfolioAccounts(source: ExportSource, wanted: readonly string[] | 'all'): AccountSummary[] {
  if (wanted === 'all') return source.accounts.list()
  return wanted.map((id) => source.accounts.get(id).summary)
}

export async function writePortfolioWorkbook(wb: StreamWorkbook, source: ExportSource, input: PortfolioInput, ctx: WriteContext): Promise<SheetRecord[]> {
  const { locale } = ctx
  const t = (x: Bilingual): string => label(x, locale)
  const accounts = portfolioAccounts(source, input.accounts)
  if (accounts.length === 0) throw new AppError('invalid_input', 'no accounts to export')

  ctx.progress.phase('collecting', accounts.length)
  const table = comparisonTable(source, accounts, input.from, input.to, () => ctx.progress.step())
  ctx.progress.phase('writing', 1 + (input.perAccountSheets ? accounts.reduce((n, a) => n + exportItems(a, input.reports).length, 0) : 0))
  await writeTableSheets(wb, { title: t(T.comparison), columns: table.columns, rows: table.rows, locale, emptyNote: T.emptyKpi }, { used: ctx.used, signal: ctx.signal, onRows: (n) => ctx.progress.rows(n) })
  ctx.progress.step()

  const records: SheetRecord[] = []
  if (input.perAccountSheets) {
    for (const account of accounts) {
      const written = await writeAccountSheets(wb, source, account, input, ctx, (item) => accountPrefix(account.name, item, locale))
      records.push(...written.records)
    }
  }

  ctx.progress.phase('finishing', 1)
  const about = wb.addWorksheet(safeSheetName(t(WORDS.about), ctx.used))
  about.columns = [{ width: 26 }, { width: 30 }, { width: 30 }, { width: 30 }, { width: 10 }, { width: 24 }, { width: 26 }]
  writeHeading(about, T.title, [
    [WORDS.range, `${toIsoDate(input.from)} – ${toIsoDate(input.to)}`],
    [WORDS.generatedAt, beijingTimestamp(input.generatedAt)],
    [T.accounts, accounts.length],
    [WORDS.source, t(WORDS.offline)]
  ], locale)
  about.addRow([t(T.kpiSource)]).commit()
  if (input.perAccountSheets) {
    about.addRow([]).commit()
    const head = about.addRow([t(T.sheets)])
    head.getCell(1).style = { font: { bold: true } }
    head.commit()
    writeFreshnessRows(about, records, locale, true)
  }
  about.commit()
  return records
}
