// Carrying out a fetch plan: the pages it needs, composed with cached days, written as one snapshot.
import type { Metrics, RawPage, ReportData, ReportRowTypes } from '../../shared/report-data'
import { REPORTS, type ReportId } from '../../shared/reports'
import { ApiError, fetchReportPages, type BaiduClient, type RunContext } from '../baidu'
import type { DailyEntry, SnapshotRepository } from '../store'
import { dailySeries, rowDay } from './daily-series'
import { composedTimeSpan, snapshotKey, type FetchPlan, type ReportQuery } from './fetch-plan'
import { notReadyCount } from './not-ready'

export interface Executed<R extends ReportId = ReportId> {
  data: ReportData<R>
  fetchedAt: number
  /** HTTP attempts this took (retries included). */
  requests: number
}

export interface ExecuteContext {
  client: BaiduClient
  snapshots: SnapshotRepository
  run: RunContext
  now: () => number
  onProgress?: (pagesDone: number, pagesTotal: number) => void
}

/** The answer's rows did not line up with the days we expected: compose cannot be trusted. */
class Misaligned extends Error {}

export async function executePlan<R extends ReportId>(q: ReportQuery & { report: R }, plan: FetchPlan, ctx: ExecuteContext): Promise<Executed<R>> {
  let requests = 0
  const run: RunContext = { ...ctx.run, onAttempt: (e) => (requests++, ctx.run.onAttempt?.(e)) }
  const request = { report: q.report, variant: q.variant, from: q.from, to: q.to }
  let data: ReportData<R>
  let raw: RawPage[]
  if (plan.kind === 'compose') {
    try {
      ;({ data, raw } = await compose(q, plan, ctx, run))
    } catch (err) {
      if (!(err instanceof Misaligned)) throw err
      ;({ data, pages: raw } = await ctx.client.fetch(request, { run, onProgress: ctx.onProgress }))
    }
  } else {
    ;({ data, pages: raw } = await ctx.client.fetch(request, { run, onProgress: ctx.onProgress }))
  }
  const fetchedAt = ctx.now()
  ctx.snapshots.save({
    key: snapshotKey(q),
    fetchedAt,
    timeSpan: data.timeSpan,
    total: data.total,
    sum: data.sum,
    rows: data.rows,
    rowCount: data.rows.length,
    notReady: notReadyCount(q.report, data.rows, data.sum),
    pages: raw,
    daily: dailyEntries(q, data.rows, plan)
  })
  return { data, fetchedAt, requests }
}

async function compose<R extends ReportId>(
  q: ReportQuery & { report: R },
  plan: Extract<FetchPlan, { kind: 'compose' }>,
  ctx: ExecuteContext,
  run: RunContext
): Promise<{ data: ReportData<R>; raw: RawPage[] }> {
  const fetched = await fetchReportPages(ctx.client.connection, { report: q.report, variant: q.variant, from: q.from, to: q.to }, plan.offsets, run, { onProgress: ctx.onProgress })
  const fresh = new Map<number, ReportRowTypes[R]>()
  for (const [offset, page] of fetched.pages) {
    if (page.total !== plan.days.length) throw new Misaligned()
    page.rows.forEach((row, i) => {
      if (rowDay(row) !== plan.days[offset + i]) throw new Misaligned()
      fresh.set(offset + i, row)
    })
  }
  const rows = plan.days.map((day, i) => {
    const row = fresh.get(i) ?? (plan.cached.get(day)?.row as ReportRowTypes[R] | undefined)
    if (row === undefined) throw new Misaligned()
    return row
  })
  const first = fetched.pages.get(0)
  return {
    data: {
      report: q.report,
      timeSpan: first?.timeSpan ?? composedTimeSpan(plan.series, plan.days),
      total: plan.days.length,
      sum: first?.sum ?? composedSum(plan.series.sum, rows),
      rows
    },
    raw: fetched.raw
  }
}

/** A range sum without asking Baidu, where the series allows it. */
export function composedSum(kind: 'page' | 'newest-row' | 'retention' | 'none', rows: readonly unknown[]): Metrics | null {
  if (kind === 'newest-row') return { ...((rows[0] as { values?: Metrics } | undefined)?.values ?? {}) }
  // What Baidu's retention sum holds: only the keys it never fills.
  if (kind === 'retention') return Object.fromEntries((REPORTS.retention.sumNeverFilled ?? []).map((k) => [k, null]))
  return null
}

/** Rows of a daily series, by day, for other ranges to reuse. */
function dailyEntries(q: ReportQuery, rows: readonly unknown[], plan: FetchPlan): DailyEntry[] | undefined {
  if (!dailySeries(q.report, q.variant)) return undefined
  const reused = plan.kind === 'compose' ? plan.cached : undefined
  const entries: DailyEntry[] = []
  for (const row of rows) {
    const day = rowDay(row)
    if (day === null) continue
    // Days taken from the cache keep their own fetch time: only what was fetched now is re-stamped.
    if (reused?.get(day)?.row === row) continue
    entries.push({ day, row, notReady: notReadyCount(q.report, [row], null) > 0 })
  }
  return entries
}

export function isOfflineError(err: unknown): err is ApiError {
  return err instanceof ApiError && (err.code === 'network' || err.code === 'timeout')
}

