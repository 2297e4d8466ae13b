// A tab's export as a job: the report on screen or the overview, as xlsx or CSV. Read from what the
// tab was given (the cache), then streamed through a temp file renamed over the target only
// once complete, with rows counted for progress and the job's signal checked as it goes.
import type { ExportJobRequest } from '../../shared/export-jobs'
import { label, resolveVariant, type Bilingual } from '../../shared/reports'
import { reportTitle, tabView, type ExportSource } from './cached-reports'
import { CSV_MIME, exportFileName, XLSX_MIME } from './export-file'
import { loadOverview, overviewKpiTable, OVERVIEW_REPORTS, writeOverviewWorkbook } from './overview-export'
import { csvTable, reportCsvTable, writeCsvFile } from './report-csv'
import { writeReportWorkbook } from './report-workbook'
import type { ExportPlan, JobContext } from './jobs'
import { writeJobWorkbook } from './xlsx-file'

export type TabExportRequest = Extract<ExportJobRequest, { kind: 'report' | 'overview' }>

const OVERVIEW_WORD: Bilingual = { zh: '概况', en: 'overview' }

export function isTabExport(request: ExportJobRequest): request is TabExportRequest {
  return request.kind === 'report' || request.kind === 'overview'
}

/** The tab's file; throws not_found for an unknown account (before any work). */
export function tabExportPlan(source: ExportSource, request: TabExportRequest): ExportPlan {
  const { format, locale } = request
  const mime = format === 'csv' ? CSV_MIME : XLSX_MIME
  if (request.kind === 'overview') {
    const account = source.accounts.get(request.accountId).summary
    return { fileName: exportFileName([account.name, label(OVERVIEW_WORD, locale), request.day], format), mime, write: (path, ctx) => writeOverview(path, source, request, ctx) }
  }
  const { query } = request
  const account = source.accounts.get(query.accountId).summary
  const title = reportTitle({ report: query.report, variant: resolveVariant(query.report, query.variant) }, locale)
  return {
    fileName: exportFileName([account.name, title, `${query.from}-${query.to}`], format),
    mime,
    async write(path, ctx) {
      const { signal, progress } = ctx
      const onRows = (n: number): void => progress.rows(n)
      progress.phase('collecting', 1)
      const view = await tabView(source, query, signal)
      progress.phase('writing', 1)
      if (format === 'csv') await writeCsvFile(path, reportCsvTable(view, locale), { signal, onRows })
      else {
        const input = { view, account, locale, generatedAt: ctx.generatedAt }
        await writeJobWorkbook(path, ctx, (wb) => writeReportWorkbook(wb, input, { used: ctx.used, signal, onRows, maxRowsPerSheet: ctx.maxRowsPerSheet }))
      }
      progress.step()
    }
  }
}

async function writeOverview(path: string, source: ExportSource, request: Extract<TabExportRequest, { kind: 'overview' }>, ctx: JobContext): Promise<void> {
  const { signal, progress } = ctx
  progress.phase('collecting', OVERVIEW_REPORTS)
  const overview = await loadOverview(source, request.accountId, request.day, { signal, onLoaded: () => progress.step() })
  if (request.format === 'xlsx') return writeJobWorkbook(path, ctx, (wb) => writeOverviewWorkbook(wb, overview, ctx))
  progress.phase('writing', 1)
  const kpis = overviewKpiTable(overview)
  await writeCsvFile(path, csvTable(kpis.columns, kpis.rows, request.locale), { signal, onRows: (n) => progress.rows(n) })
  progress.step()
}
