// The trend report for the renderer, CLI and exports: cache first, network when the cache cannot answer.
import { isSettled } from '../../shared/calendar'
import type { TrendQuery, TrendReport, TrendRow, TrendValues } from '../../shared/dto'
import { TREND_METRICS } from '../../shared/reports'
import type { AccountDirectory } from '../accounts'
import { ApiError } from '../baidu'
import type { Logger } from '../log'
import type { CacheSettings } from '../settings'
import type { Snapshot, SnapshotKey, SnapshotRepository } from '../store'
import { decideCache } from './cache-policy'

export interface TrendServiceDeps {
  accounts: AccountDirectory
  snapshots: SnapshotRepository
  settings: CacheSettings
  now: () => number
  logger: Logger
}

export interface TrendCallOptions {
  signal?: AbortSignal
  onProgress?: (pagesDone: number, pagesTotal: number) => void
}

function snapshotKey(q: TrendQuery): SnapshotKey {
  return { accountId: q.accountId, report: 'trend', variant: `gran=${q.gran}`, from: q.from, to: q.to }
}

function hasNotReady(values: Iterable<Record<string, number | null>>): boolean {
  for (const v of values) if (Object.values(v).some((x) => x === null)) return true
  return false
}

export class TrendService {
  constructor(private readonly deps: TrendServiceDeps) {}

  async get(query: TrendQuery, options: TrendCallOptions = {}): Promise<TrendReport> {
    const { accounts, snapshots, settings, now, logger } = this.deps
    const account = accounts.get(query.accountId)
    const key = snapshotKey(query)
    const cached = snapshots.find(key)
    const decision = decideCache({
      range: query,
      fetchedAt: cached?.fetchedAt,
      hasNotReady: cached ? hasNotReady([cached.sum, ...cached.rows.map((r) => r.values)]) : false,
      refresh: query.refresh === true,
      now: now(),
      settings
    })
    if (cached && decision === 'cache') return this.toReport(query, cached, 'cache', null)

    try {
      const fetched = await account.client.fetch(
        { report: 'trend', variant: { gran: query.gran }, from: query.from, to: query.to },
        { signal: options.signal, onProgress: options.onProgress }
      )
      const snapshot: Snapshot = {
        key,
        fetchedAt: now(),
        timeSpan: fetched.data.timeSpan,
        total: fetched.data.total,
        sum: fetched.data.sum ?? {},
        rows: fetched.data.rows,
        pages: fetched.pages
      }
      snapshots.save(snapshot)
      return this.toReport(query, snapshot, 'network', null)
    } catch (err) {
      // A failed refresh never hides what we already have: answer from the cache and say why.
      if (cached && err instanceof ApiError && err.code !== 'cancelled') {
        logger.log('warn', `trend refresh failed for ${query.accountId}; serving the cached copy`, err)
        return this.toReport(query, cached, 'cache', err.code)
      }
      throw err
    }
  }

  private toReport(
    query: TrendQuery,
    snap: Omit<Snapshot, 'pages'>,
    source: TrendReport['source'],
    staleBecause: TrendReport['staleBecause']
  ): TrendReport {
    const values = (v: Record<string, number | null>): TrendValues => {
      const out = {} as TrendValues
      for (const m of TREND_METRICS) out[m] = v[m] ?? null
      return out
    }
    return {
      accountId: query.accountId,
      gran: query.gran,
      from: query.from,
      to: query.to,
      timeSpan: snap.timeSpan,
      total: snap.total,
      sum: values(snap.sum),
      rows: snap.rows.map((r): TrendRow => ({ name: r.name, ...values(r.values) })),
      fetchedAt: snap.fetchedAt,
      source,
      settled: isSettled(query, this.deps.now(), this.deps.settings.unsettledDays),
      staleBecause
    }
  }
}
