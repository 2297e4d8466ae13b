// A tab's export as a job: the report on screen or the overview, as xlsx or CSV. Read from what the
// tab was given (the cache), then streamed through a temp file renamed over the target only
// once complete, with rows counted for progress and the job's signal checked as it goes.
import type { ExportJobRequest } from '../../shared/export-jobs'
import { label, resolveVariant, type Bilingual } from '../../shared/reports'
import type { WriteContext } from './account-workbook'
import { reportTitle, tabView, type ExportSource } from './cached-reports'
import { CSV_MIME, exportFileName, XLSX_MIME } from './export-file'
import { loadOverview, overviewKpiTable, OVERVIEW_REPORTS, writeOverviewWorkbook } from './overview-export'
import { csvTable, reportCsvTable, writeCsvFile } from './report-csv'
import { writeReportWorkbook } from './report-workbook'
import { writeXlsxFile } from './xlsx-file'

export type TabExportRequest = Extract<ExportJobRequest, { kind: 'report' | 'overview' }>

const OVERVIEW_WORD: Bilingual = { zh: '概况', en: 'overview' }

export function isTabExport(request: ExportJobRequest): request is TabExportRequest {
  return request.kind === 'report' || request.kind === 'overview'
}

/** The file's name and type; throws not_found for an unknown account (before any work). */
export function tabExportFile(source: ExportSource, request: TabExportRequest): { fileName: string; mime: string } {
  const mime = request.format === 'csv' ? CSV_MIME : XLSX_MIME
  if (request.kind === 'overview') {
    const account = source.accounts.get(request.accountId).summary
    return { fileName: exportFileName([account.name, label(OVERVIEW_WORD, request.locale), request.day], request.format), mime }
  }
  const { query } = request
  const account = source.accounts.get(query.accountId).summary
  const title = reportTitle({ report: query.report, variant: resolveVariant(query.report, query.variant) }, request.locale)
  return { fileName: exportFileName([account.name, title, `${query.from}-${query.to}`], request.format), mime }
}

export async function writeTabExport(path: string, source: ExportSource, request: TabExportRequest, ctx: WriteContext & { generatedAt: number }): Promise<void> {
  const { locale, signal, progress } = ctx
  const onRows = (n: number): void => progress.rows(n)
  const created = new Date(ctx.generatedAt)
  if (request.kind === 'overview') {
    progress.phase('collecting', OVERVIEW_REPORTS)
    const overview = await loadOverview(source, request.accountId, request.day, { signal, onLoaded: () => progress.step() })
    if (request.format === 'xlsx') return writeXlsxFile(path, (wb) => writeOverviewWorkbook(wb, overview, ctx), { signal, created })
    progress.phase('writing', 1)
    const kpis = overviewKpiTable(overview)
    await writeCsvFile(path, csvTable(kpis.columns, kpis.rows, locale), { signal, onRows })
    return progress.step()
  }
  progress.phase('collecting', 1)
  const view = await tabView(source, request.query, signal)
  const account = source.accounts.get(view.accountId).summary
  progress.phase('writing', 1)
  if (request.format === 'csv') await writeCsvFile(path, reportCsvTable(view, locale), { signal, onRows })
  else {
    await writeXlsxFile(path, (wb) => writeReportWorkbook(wb, { view, account, locale, generatedAt: ctx.generatedAt }, { used: ctx.used, signal, onRows, maxRowsPerSheet: ctx.maxRowsPerSheet }), {
      signal,
      created
    })
  }
  progress.step()
}
