// `swanboard export`: a workbook (or one report as CSV) from the local cache, offline. The same
// writers as the desktop app's 'Export all' and 'Export portfolio'.
import { SingleBar } from 'cli-progress'
import type { Day } from '../../shared/calendar'
import { resolveVariant, type Locale, type ReportId } from '../../shared/reports'
import { AppError } from '../app-error'
import type { Core } from '../core'
import {
  cachedView,
  comparisonTable,
  csvTable,
  exportItems,
  portfolioAccounts,
  reportCsvTable,
  writeAccountWorkbook,
  writeCsvFile,
  writePortfolioWorkbook,
  writeXlsxFile,
  type ExportProgressSink
} from '../export'
import { findAccount, openCliCore } from './cli-core'
import { variantFromFlags, type VariantFlags } from './fetch-command'
import type { CliIO } from './io'
import { reportError } from './io'
import { parseReportList } from './options'

export interface ExportArgs extends VariantFlags {
  account?: string
  demo?: string
  allAccounts: boolean
  from: Day
  to: Day
  reports?: string
  out: string
  db: string
  /** Portfolio: each account's report sheets too. */
  perAccountSheets: boolean
  /** Where demo accounts would reach the simulator (tests point it at a closed port: nothing is fetched). */
  baseUrl?: string
  /** Show a progress bar (the terminal is interactive). */
  tty: boolean
}

function progressBar(enabled: boolean): { sink: ExportProgressSink; stop(): void } {
  if (!enabled) return { sink: { phase: () => undefined, step: () => undefined, rows: () => undefined }, stop: () => undefined }
  const bar = new SingleBar({ format: '{bar} {percentage}% | {value}/{total} {phase} | {rows} rows', hideCursor: true, clearOnComplete: false })
  let rows = 0
  bar.start(1, 0, { phase: '', rows })
  return {
    sink: {
      phase: (phase, total) => (bar.setTotal(Math.max(1, total)), bar.update(0, { phase })),
      step: () => bar.increment(),
      rows: (n) => bar.update({ rows: (rows += n) })
    },
    stop: () => bar.stop()
  }
}

/** CSV holds one table: one report and variant of one account, or the portfolio's comparison. */
async function exportCsv(core: Core, args: ExportArgs, reports: ReportId[] | undefined, locale: Locale, onRows: (n: number) => void): Promise<number> {
  if (args.allAccounts) {
    if (reports) throw new AppError('invalid_input', 'a CSV of --all-accounts is the comparison table (one row per account): leave out --reports, or write .xlsx for their sheets')
    const table = comparisonTable(core, portfolioAccounts(core, 'all'), args.from, args.to)
    return writeCsvFile(args.out, csvTable(table.columns, table.rows, locale), { onRows })
  }
  if (!reports || reports.length !== 1) {
    throw new AppError('invalid_input', 'a CSV holds one report: name exactly one with --reports (and its variant with --gran, --type or --report-type), or write .xlsx for several')
  }
  const account = findAccount(core, (args.account ?? args.demo)!, args.demo !== undefined)
  const report = reports[0]!
  if (!exportItems(account, [report]).length) throw new AppError('invalid_input', `${account.name} has no ${report} report`)
  const variant = resolveVariant(report, variantFromFlags(report, args))
  const view = cachedView(core, account.id, { report, variant }, args.from, args.to)
  if (!view) throw new AppError('not_found', `${report} for ${account.name} over ${args.from}–${args.to} is not in the cache: run \`swanboard sync\` first`)
  return writeCsvFile(args.out, reportCsvTable(view, locale), { onRows })
}

/** Returns the exit code: 0 when written, 1 when it failed, 2 on bad arguments. */
export async function exportCommand(args: ExportArgs, io: CliIO, locale: Locale): Promise<number> {
  const scopes = [args.account !== undefined, args.demo !== undefined, args.allAccounts].filter(Boolean).length
  if (scopes !== 1) {
    io.err('swanboard: choose exactly one of --account <name>, --demo <name> or --all-accounts\n')
    return 2
  }
  const format = /\.csv$/i.test(args.out) ? 'csv' : /\.xlsx$/i.test(args.out) ? 'xlsx' : null
  let reports: ReportId[] | undefined
  try {
    if (!format) throw new AppError('invalid_input', '--out must name a .xlsx or .csv file')
    if (args.from > args.to) throw new AppError('invalid_input', '--from must not be after --to')
    reports = parseReportList(args.reports)
  } catch (err) {
    reportError(io, err, locale)
    return 2
  }
  const core = openCliCore({ dbPath: args.db, demoBaseUrl: args.baseUrl }, io, locale)
  if (!core) return 1
  const bar = progressBar(args.tty)
  const started = performance.now()
  try {
    let rows = 0
    const onRows = (n: number): void => void (rows += n)
    if (format === 'csv') rows = await exportCsv(core, args, reports, locale, onRows)
    else {
      const sink: ExportProgressSink = { ...bar.sink, rows: (n) => (onRows(n), bar.sink.rows(n)) }
      const ctx = { locale, used: new Set<string>(), progress: sink }
      const generatedAt = core.now()
      let notSynced: string[] = []
      await writeXlsxFile(
        args.out,
        async (wb) => {
          if (args.allAccounts) {
            await writePortfolioWorkbook(wb, core, { accounts: 'all', from: args.from, to: args.to, perAccountSheets: args.perAccountSheets, reports, generatedAt }, ctx)
          } else {
            const account = findAccount(core, (args.account ?? args.demo)!, args.demo !== undefined)
            const records = await writeAccountWorkbook(wb, core, { accountId: account.id, from: args.from, to: args.to, reports, generatedAt }, ctx)
            notSynced = records.filter((r) => r.fetchedAt === null).map((r) => `${r.item.report} ${Object.values(r.item.variant).join(' ')}`.trim())
          }
        },
        { created: new Date(generatedAt) }
      )
      if (notSynced.length) io.err(`swanboard: not in the cache (listed as not synced on the summary sheet): ${notSynced.join(', ')}\n`)
    }
    bar.stop()
    io.out(`Wrote ${args.out}: ${rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`)
    return 0
  } catch (err) {
    bar.stop()
    const code = (err as { code?: unknown }).code
    const failure = err instanceof AppError || typeof code !== 'string' ? err : new AppError('io', `could not write ${args.out} (${code})`, { cause: err })
    reportError(io, failure, locale)
    return failure instanceof AppError && (failure.code === 'not_found' || failure.code === 'invalid_input') ? 2 : 1
  } finally {
    core.close()
  }
}
