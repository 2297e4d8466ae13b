// Data shapes that cross the contract. Plain JSON: no classes, no Dates (epoch ms instead).
import type { Day } from './calendar'
import type { ErrorCode } from './errors'
import type { Gran, Locale, ReportId, TrendMetric } from './reports'
import type { ReportData } from './report-data'
import type { Connectivity } from './sync'

export type HostKind = 'electron' | 'web'

export interface AppInfo {
  version: string
  host: HostKind
  /** Days before today that Baidu may still revise; ranges ending earlier are cached for good. */
  unsettledDays: number
  connectivity: Connectivity
  /** Set when the cache was found damaged at start-up and set aside (the user should be told). */
  cacheRecovery: { damagedFile: string; reason: string } | null
}

export type { AccountKind, AccountSummary } from './accounts'

export interface TrendQuery {
  accountId: string
  gran: Gran
  from: Day
  to: Day
  /** Ignore the cache and fetch again. */
  refresh?: boolean
}

/** `null` is "not available yet" (the API's "--"). */
export type TrendValues = Record<TrendMetric, number | null>
export type TrendRow = { name: string } & TrendValues

export type DataSource = 'network' | 'cache'

export interface TrendReport {
  accountId: string
  gran: Gran
  from: Day
  to: Day
  /** The API's own description of the range it answered for. */
  timeSpan: string
  total: number
  sum: TrendValues
  /** In API order: newest first (hour-of-day buckets from 00:00). */
  rows: TrendRow[]
  /** When these numbers were fetched from Baidu (epoch ms). */
  fetchedAt: number
  source: DataSource
  /** The range is past the unsettled window: these numbers are final. */
  settled: boolean
  /** Set when a refresh failed and this is the older cached copy. */
  staleBecause: ErrorCode | null
}

/** Any report, any variant, any range (missing variant parameters take their defaults). */
export interface ReportQuery {
  accountId: string
  report: ReportId
  variant?: Record<string, string>
  from: Day
  to: Day
  /** Ignore the cache and fetch again. */
  refresh?: boolean
}

/** One report's answer as a tab shows it: rows shaped by the report (see report-data.ts). */
export interface ReportView<R extends ReportId = ReportId> {
  accountId: string
  report: R
  /** Resolved: every parameter present. */
  variant: Record<string, string>
  from: Day
  to: Day
  data: ReportData<R>
  fetchedAt: number
  source: DataSource
  settled: boolean
  staleBecause: ErrorCode | null
}

/** Identifies one report query; caches and progress events use it. */
export function reportQueryKey(q: { accountId: string; report: ReportId; variant?: Record<string, string>; from: Day; to: Day }): string {
  const v = Object.keys(q.variant ?? {})
    .sort()
    .map((k) => `${k}=${q.variant![k]}`)
    .join('&')
  return `${q.accountId}|${q.report}|${v}|${q.from}|${q.to}`
}

export interface ReportExportRequest {
  query: ReportQuery
  locale: Locale
  format: 'xlsx' | 'csv'
}

export interface TrendExportRequest {
  query: TrendQuery
  locale: Locale
}

export type ExportResult =
  | { status: 'saved'; fileName: string }
  | { status: 'download'; fileName: string; url: string }
  | { status: 'cancelled' }

export interface ExternalLinkResult {
  /** False when the host cannot open it itself; the renderer then opens it as a plain link. */
  opened: boolean
}

export interface ReportProgress {
  key: string
  report: ReportId
  pagesDone: number
  pagesTotal: number
}

/** Identifies one report query; progress events and renderer caches use it. */
export function trendQueryKey(q: Pick<TrendQuery, 'accountId' | 'gran' | 'from' | 'to'>): string {
  return `${q.accountId}|trend|${q.gran}|${q.from}|${q.to}`
}
