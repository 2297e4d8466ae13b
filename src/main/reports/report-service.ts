// Any report for the renderer, the CLI and exports: cache first, network when the cache cannot
// answer, and the best cached answer (flagged stale) when the network fails.
import { isSettled } from '../../shared/calendar'
import type { ErrorCode } from '../../shared/errors'
import type { ReportData, ReportRowTypes } from '../../shared/report-data'
import type { ReportId } from '../../shared/reports'
import type { AccountService } from '../accounts'
import type { RunContext } from '../baidu'
import type { Logger } from '../log'
import type { DailyRepository, SnapshotRepository } from '../store'
import type { CachePolicySettings } from './cache-policy'
import { dailySeries, seriesDays } from './daily-series'
import { composedSum, executePlan, isOfflineError } from './execute-plan'
import { composedTimeSpan, planFetch, snapshotKey, type FetchPlan, type ReportQuery } from './fetch-plan'

export interface ReportAnswer<R extends ReportId = ReportId> {
  data: ReportData<R>
  /** When these numbers were fetched from Baidu (the oldest part, for a composed answer). */
  fetchedAt: number
  source: 'network' | 'cache'
  /** The range is past the unsettled window: these numbers are final. */
  settled: boolean
  /** Set when a refresh failed and this is the older cached copy. */
  staleBecause: ErrorCode | null
}

export interface ReportServiceDeps {
  accounts: AccountService
  snapshots: SnapshotRepository
  daily: DailyRepository
  settings: () => CachePolicySettings
  now: () => number
  logger: Logger
  /** Told about every outcome, so the app knows whether it is online. */
  onNetworkOutcome?: (error: ErrorCode | null) => void
}

export interface GetOptions {
  refresh?: boolean
  signal?: AbortSignal
  onProgress?: (pagesDone: number, pagesTotal: number) => void
  run?: RunContext
}

export class ReportService {
  constructor(private readonly deps: ReportServiceDeps) {}

  plan(query: ReportQuery, refresh = false): FetchPlan {
    const { snapshots, daily, settings, now } = this.deps
    return planFetch(query, { snapshots, daily, settings: settings(), now: now(), refresh })
  }

  async get<R extends ReportId>(query: ReportQuery & { report: R }, options: GetOptions = {}): Promise<ReportAnswer<R>> {
    const account = this.deps.accounts.get(query.accountId)
    const plan = this.plan(query, options.refresh === true)
    if (plan.kind === 'cached') {
      const snap = this.deps.snapshots.find<ReportRowTypes[R]>(snapshotKey(query))!
      return this.answer(query, { report: query.report, timeSpan: snap.timeSpan, total: snap.total, sum: snap.sum, rows: snap.rows }, snap.fetchedAt, 'cache', null)
    }
    try {
      const run = options.run ?? account.client.newRun(options.signal)
      const done = await executePlan(query, plan, {
        client: account.client,
        snapshots: this.deps.snapshots,
        run: { ...run, signal: options.signal ?? run.signal },
        now: this.deps.now,
        onProgress: options.onProgress
      })
      this.deps.onNetworkOutcome?.(null)
      return this.answer(query, done.data, done.fetchedAt, 'network', null)
    } catch (err) {
      if (isOfflineError(err)) this.deps.onNetworkOutcome?.(err.code)
      // A failed refresh never hides what we already have: answer from the cache and say why.
      const cached = err instanceof Error && 'code' in err && err.code !== 'cancelled' ? this.offline(query) : null
      if (cached) {
        this.deps.logger.log('warn', `${query.report} for ${query.accountId}: answering from the cache`, err)
        return { ...cached, staleBecause: (err as { code: ErrorCode }).code }
      }
      throw err
    }
  }

  /** The best answer the cache alone can give: the exact snapshot, or a daily series composed from days. */
  offline<R extends ReportId>(query: ReportQuery & { report: R }): ReportAnswer<R> | null {
    const snap = this.deps.snapshots.find<ReportRowTypes[R]>(snapshotKey(query))
    if (snap) return this.answer(query, { report: query.report, timeSpan: snap.timeSpan, total: snap.total, sum: snap.sum, rows: snap.rows }, snap.fetchedAt, 'cache', null)
    const series = dailySeries(query.report, query.variant)
    if (!series) return null
    const days = seriesDays(series, query, this.deps.now())
    const cached = new Map(this.deps.daily.range<ReportRowTypes[R]>(snapshotKey(query), query.from, query.to).map((d) => [d.day, d]))
    if (days.length === 0 || days.some((d) => !cached.has(d))) return null
    const rows = days.map((d) => cached.get(d)!.row)
    const fetchedAt = Math.min(...days.map((d) => cached.get(d)!.fetchedAt))
    // The trend's range totals count users once; that needs Baidu, so offline they are "--".
    const sum = series.sum === 'page' ? null : composedSum(series.sum, rows)
    return this.answer(query, { report: query.report, timeSpan: composedTimeSpan(series, days), total: days.length, sum, rows }, fetchedAt, 'cache', null)
  }

  private answer<R extends ReportId>(
    q: ReportQuery,
    data: ReportData<R>,
    fetchedAt: number,
    source: ReportAnswer['source'],
    staleBecause: ErrorCode | null
  ): ReportAnswer<R> {
    return { data, fetchedAt, source, settled: isSettled(q, this.deps.now(), this.deps.settings().unsettledDays), staleBecause }
  }
}
