// A report as a tab shows it: the query's variant resolved, answered from the cache when it can.
// The reports:get call and a tab's export read through here, so the file matches the screen.
import type { ReportQuery, ReportView } from '../../shared/dto'
import { resolveVariant } from '../../shared/reports'
import type { GetOptions, ReportService } from './report-service'

export interface ViewSource {
  reports: Pick<ReportService, 'get'>
}

export async function reportView(source: ViewSource, query: ReportQuery, options: Omit<GetOptions, 'refresh'> = {}): Promise<ReportView> {
  const { accountId, report, from, to } = query
  const variant = resolveVariant(report, query.variant)
  const answer = await source.reports.get({ accountId, report, variant, from, to }, { ...options, refresh: query.refresh === true })
  return { accountId, report, variant, from, to, ...answer }
}
