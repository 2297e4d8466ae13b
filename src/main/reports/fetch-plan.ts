// What a report query needs from Baidu, given the cache: nothing, a few pages, or everything.
import { toSlashDate, type Day } from '../../shared/calendar'
import { REPORTS, variantKey, type ReportId, type Variant } from '../../shared/reports'
import type { DailyRepository, DailyRow, SnapshotKey, SnapshotMeta, SnapshotRepository } from '../store'
import { decideCache, type CachePolicySettings } from './cache-policy'
import { dailySeries, seriesDays, type DailySeries } from './daily-series'

export interface ReportQuery {
  accountId: string
  report: ReportId
  /** Resolved: every parameter of the report present (resolveVariant). */
  variant: Variant
  from: Day
  to: Day
}

export type FetchPlan =
  /** The cached snapshot answers as it is. */
  | { kind: 'cached'; meta: SnapshotMeta }
  /** A daily series mostly in cache: fetch only these pages, take the other days from the cache. */
  | { kind: 'compose'; series: DailySeries; days: Day[]; offsets: number[]; cached: Map<Day, DailyRow> }
  /** Fetch every page; `requests` is the best estimate before paging learns the truth. */
  | { kind: 'full'; requests: number }

export function snapshotKey(q: ReportQuery): SnapshotKey {
  return { accountId: q.accountId, report: q.report, variant: variantKey(q.variant), from: q.from, to: q.to }
}

export interface PlanContext {
  snapshots: SnapshotRepository
  daily: DailyRepository
  settings: CachePolicySettings
  now: number
  refresh: boolean
}

export function planFetch(q: ReportQuery, ctx: PlanContext): FetchPlan {
  const meta = ctx.snapshots.meta(snapshotKey(q))
  const decision = decideCache({ range: q, fetchedAt: meta?.fetchedAt, notReady: (meta?.notReady ?? 0) > 0, refresh: ctx.refresh, now: ctx.now, settings: ctx.settings })
  if (meta && decision === 'cache') return { kind: 'cached', meta }

  const pageSize = REPORTS[q.report].pageSize ?? 0
  const series = dailySeries(q.report, q.variant)
  if (!series || ctx.refresh || pageSize === 0) return { kind: 'full', requests: estimateRequests(q, meta, pageSize, ctx.now) }

  const days = seriesDays(series, q, ctx.now)
  const cached = new Map(ctx.daily.range(snapshotKey(q), q.from, q.to).map((d) => [d.day, d]))
  const stale = (d: DailyRow | undefined, day: Day): boolean =>
    !d || decideCache({ range: { from: day, to: day }, fetchedAt: d.fetchedAt, notReady: d.notReady, refresh: false, now: ctx.now, settings: ctx.settings }) === 'fetch'
  const offsets = new Set<number>(series.sum === 'page' ? [0] : [])
  days.forEach((day, i) => {
    if (stale(cached.get(day), day)) offsets.add(Math.floor(i / pageSize) * pageSize)
  })
  const allPages = Math.max(1, Math.ceil(days.length / pageSize))
  // Composing only pays when at least one page can be skipped.
  if (days.length === 0 || offsets.size >= allPages) return { kind: 'full', requests: allPages }
  return { kind: 'compose', series, days, offsets: [...offsets].sort((a, b) => a - b), cached }
}

/** Pages a full fetch will probably take: from the calendar, else from the last answer's size, else 1. */
function estimateRequests(q: ReportQuery, meta: SnapshotMeta | undefined, pageSize: number, now: number): number {
  if (pageSize === 0) return 1
  const series = dailySeries(q.report, q.variant)
  if (series) return Math.max(1, Math.ceil(seriesDays(series, q, now).length / pageSize))
  return Math.max(1, Math.ceil((meta?.total ?? 0) / pageSize))
}

/** The time span a composed answer reports, in the API's own form. */
export function composedTimeSpan(series: DailySeries, days: readonly Day[]): string {
  if (days.length === 0 || series.sum === 'none') return ''
  const sorted = [...days].sort()
  return `${toSlashDate(sorted[0]!)} - ${toSlashDate(sorted.at(-1)!)}`
}
