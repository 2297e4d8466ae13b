// Any report, any variant, any range: every page through the connection, normalised and joined.
import type { Day } from '../../shared/calendar'
import type { RawPage, ReportData, ReportRowTypes } from '../../shared/report-data'
import { REPORTS, resolveVariant, variantProblem, type ReportId, type Variant } from '../../shared/reports'
import { ApiError } from './api-error'
import { request, type Connection, type RunContext } from './connection'
import { expectedRows } from './expected-rows'
import { normalisePage, type NormalisedPage } from './normalise'
import { fetchAllPages, type FetchedPage } from './paging'

export interface ReportRequest<R extends ReportId = ReportId> {
  report: R
  /** Missing parameters take their catalogue default. */
  variant?: Variant
  from: Day
  to: Day
}

export interface FetchedReport<R extends ReportId = ReportId> {
  data: ReportData<R>
  /** The exact bodies, kept so a parser fix can re-derive rows without refetching. */
  pages: RawPage[]
  variant: Variant
  /** Times the answer moved between pages and was fetched again from page 1. */
  restarts: number
}

export interface FetchReportOptions {
  onProgress?: (pagesDone: number, pagesTotal: number) => void
  /** The clock for predicting a date series' length (T+1). */
  now?: () => number
  /** Start every predicted page at once (default); off, page 1 goes first. */
  predict?: boolean
  /** Pages of this report in flight at once (the account gate bounds it further). */
  pageConcurrency?: number
}

function paramsFor(req: ReportRequest, variant: Variant, startIndex: number | null): Record<string, string | number> {
  const def = REPORTS[req.report]
  const params: Record<string, string | number> = { start_date: req.from, end_date: req.to }
  // An empty value means "not set" (tp's scene: all scenes); the API wants it left out.
  for (const [k, v] of Object.entries(variant)) if (v !== '') params[k] = v
  if (startIndex !== null) params['start_index'] = startIndex
  if (def.pageSizeParam && def.pageSize) params[def.pageSizeParam] = def.pageSize
  return params
}

/** One page (`startIndex` null: an unpaged report's whole answer) through the connection, normalised. */
async function fetchPage<R extends ReportId>(
  conn: Connection,
  req: ReportRequest<R>,
  variant: Variant,
  startIndex: number | null,
  run: RunContext
): Promise<{ page: NormalisedPage<R>; body: string }> {
  const def = REPORTS[req.report]
  const response = await request(conn, { endpoint: def.endpoint, method: def.method, params: paramsFor(req, variant, startIndex) }, run)
  return { page: normalisePage(req.report, variant, response.data), body: response.body }
}

export async function fetchReport<R extends ReportId>(
  conn: Connection,
  req: ReportRequest<R>,
  run: RunContext,
  options: FetchReportOptions = {}
): Promise<FetchedReport<R>> {
  const def = REPORTS[req.report]
  const variant = resolveVariant(req.report, req.variant)
  const problem = variantProblem(req.report, variant)
  if (problem) throw new ApiError({ code: 'invalid_param', message: `${def.endpoint}: ${problem}` })

  interface Page extends FetchedPage<ReportRowTypes[R]> {
    page: NormalisedPage<R>
    body: string
  }
  const call = async (startIndex: number | null, signal?: AbortSignal): Promise<Page> => {
    const { page, body } = await fetchPage(conn, req, variant, startIndex, { ...run, signal: signal ?? run.signal })
    return { startIndex: startIndex ?? 0, total: page.total, rows: page.rows, page, body }
  }

  if (def.pageSize === null) {
    const only = await call(null)
    options.onProgress?.(1, 1)
    return { data: toData(req.report, only.page), pages: [{ startIndex: 0, body: only.body }], variant, restarts: 0 }
  }
  const { rows, pages, restarts } = await fetchAllPages<ReportRowTypes[R], Page>(call, {
    pageSize: def.pageSize,
    concurrency: options.pageConcurrency ?? conn.settings.accountConcurrency,
    expectedTotal: options.predict === false ? undefined : expectedRows(req.report, variant, req, (options.now ?? Date.now)()),
    signal: run.signal,
    onProgress: options.onProgress
  })
  const first = pages[0]?.page
  return {
    data: {
      report: req.report,
      timeSpan: first?.timeSpan ?? '',
      total: pages[0]?.total ?? 0,
      sum: first?.sum ?? null,
      rows
    },
    pages: pages.map((p) => ({ startIndex: p.startIndex, body: p.body })),
    variant,
    restarts
  }
}

function toData<R extends ReportId>(report: R, page: NormalisedPage<R>): ReportData<R> {
  return { report, timeSpan: page.timeSpan, total: page.total, sum: page.sum, rows: page.rows }
}

export interface FetchedPages<R extends ReportId = ReportId> {
  /** Normalised pages by offset. */
  pages: Map<number, NormalisedPage<R>>
  raw: RawPage[]
}

/** Only the pages at these offsets (for a range mostly answered from cached days). */
export async function fetchReportPages<R extends ReportId>(
  conn: Connection,
  req: ReportRequest<R>,
  offsets: readonly number[],
  run: RunContext,
  options: Pick<FetchReportOptions, 'onProgress'> = {}
): Promise<FetchedPages<R>> {
  const variant = resolveVariant(req.report, req.variant)
  let done = 0
  const results = await Promise.all(
    offsets.map(async (startIndex) => {
      const fetched = await fetchPage(conn, req, variant, startIndex, run)
      options.onProgress?.(++done, offsets.length)
      return { startIndex, ...fetched }
    })
  )
  return {
    pages: new Map(results.map((r) => [r.startIndex, r.page])),
    raw: results.map((r) => ({ startIndex: r.startIndex, body: r.body })).sort((a, b) => a.startIndex - b.startIndex)
  }
}
