// The trend report in the shape the Trend tab and its export use (flat rows), over ReportService.
import type { TrendQuery, TrendReport, TrendRow, TrendValues } from '../../shared/dto'
import type { MetricRow, Metrics } from '../../shared/report-data'
import { TREND_METRICS } from '../../shared/reports'
import type { ReportService } from './report-service'

export interface TrendCallOptions {
  signal?: AbortSignal
  onProgress?: (pagesDone: number, pagesTotal: number) => void
}

function values(v: Metrics | null | undefined): TrendValues {
  const out = {} as TrendValues
  for (const m of TREND_METRICS) out[m] = v?.[m] ?? null
  return out
}

export class TrendService {
  constructor(private readonly reports: ReportService) {}

  async get(query: TrendQuery, options: TrendCallOptions = {}): Promise<TrendReport> {
    const answer = await this.reports.get(
      { accountId: query.accountId, report: 'trend', variant: { gran: query.gran }, from: query.from, to: query.to },
      { refresh: query.refresh === true, signal: options.signal, onProgress: options.onProgress }
    )
    const rows = answer.data.rows as MetricRow[]
    return {
      accountId: query.accountId,
      gran: query.gran,
      from: query.from,
      to: query.to,
      timeSpan: answer.data.timeSpan,
      total: answer.data.total,
      sum: values(answer.data.sum),
      rows: rows.map((r): TrendRow => ({ name: r.name, ...values(r.values) })),
      fetchedAt: answer.fetchedAt,
      source: answer.source,
      settled: answer.settled,
      staleBecause: answer.staleBecause
    }
  }
}
