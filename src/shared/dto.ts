// Data shapes that cross the contract. Plain JSON: no classes, no Dates (epoch ms instead).
import type { Day } from './calendar'
import type { ErrorCode } from './errors'
import { variantKey, type ReportId } from './reports'
import type { ReportData } from './report-data'
import type { SecretStorage } from './secret-storage'
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
  /** How secrets are kept at rest here, so the account form can warn before one is typed. */
  secretStorage: SecretStorage
}

export type { AccountKind, AccountSummary } from './accounts'

export type DataSource = 'network' | 'cache'

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
  return `${q.accountId}|${q.report}|${variantKey(q.variant ?? {})}|${q.from}|${q.to}`
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

