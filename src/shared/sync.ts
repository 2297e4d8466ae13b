// Sync jobs and app settings as they cross the contract.
import { z } from 'zod'
import type { Day } from './calendar'
import type { ErrorCode } from './errors'
import { accountIdSchema, daySchema } from './report-query'
import { REPORT_IDS, type ReportId } from './reports'

export type SyncTaskState = 'pending' | 'running' | 'done' | 'skipped' | 'error'

/** One (account, report, variant) of a sync run. */
export interface SyncTaskStatus {
  id: string
  accountId: string
  report: ReportId
  /** Canonical variant text ('gran=day'), '' for reports without variants. */
  variant: string
  state: SyncTaskState
  requests: number
  rows: number
  error: { code: ErrorCode; message: string } | null
}

export type SyncRunState = 'running' | 'done' | 'cancelled'

export interface SyncProgress {
  runId: string
  state: SyncRunState
  from: Day
  to: Day
  startedAt: number
  requestsDone: number
  /** Grows as paging discovers pages no one could predict. */
  requestsTotal: number
  rows: number
  snapshotsDone: number
  snapshotsTotal: number
  /** The task that most recently started a request. */
  current: { accountId: string; report: ReportId; variant: string } | null
  /** Time left at the current pace; null until there is a pace to go by. */
  etaMs: number | null
  /** Tasks whose state changed since the last event (all of them in sync:status). */
  tasks: SyncTaskStatus[]
  /** In sync:status, for a run that has ended: its summary (duration and errors included). */
  summary?: SyncSummary
}

export interface SyncError {
  accountId: string
  report: ReportId
  variant: string
  code: ErrorCode
  message: string
}

export interface SyncSummary {
  runId: string
  requests: number
  rows: number
  snapshots: number
  errors: SyncError[]
  durationMs: number
  cancelled: boolean
}

export interface SyncRequest {
  /** Account ids, or 'all' for every saved account. */
  accounts: string[] | 'all'
  /** Reports to sync; all that apply to each account when absent. */
  reports?: ReportId[]
  from: Day
  to: Day
  /** Fetch again even what the cache could answer. */
  refresh?: boolean
}

export const syncRequestSchema: z.ZodType<SyncRequest> = z
  .strictObject({
    accounts: z.union([z.literal('all'), z.array(accountIdSchema).min(1).max(500)]),
    reports: z.array(z.enum(REPORT_IDS)).min(1).max(REPORT_IDS.length).optional(),
    from: daySchema,
    to: daySchema,
    refresh: z.boolean().optional()
  })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] })

/** A sync run a crash or a quit cut short: offered for resuming until it is resumed, covered or dismissed. */
export interface InterruptedSync {
  runId: string
  /** What sync:start takes to resume it; the planner skips what the run already wrote. */
  request: SyncRequest
  startedAt: number
  /** How far it got: requests made of those it expected. */
  requestsDone: number
  requestsTotal: number
}

export interface Connectivity {
  online: boolean
  /** When the state last changed (epoch ms). */
  since: number
  /** Why the app believes it is offline. */
  reason: ErrorCode | null
}

export const appSettingsSchema = z.strictObject({
  /** The last N days up to yesterday that Baidu may still revise. */
  unsettledDays: z.number().int().min(0).max(14),
  /** How long a copy of an unsettled range counts as fresh, minutes. */
  unsettledTtlMinutes: z.number().int().min(1).max(7 * 24 * 60),
  /** Sync the visible range when the app opens and the network is up. */
  autoSyncOnOpen: z.boolean(),
  /** Requests in flight at once across all accounts. */
  globalConcurrency: z.number().int().min(1).max(64),
  /** Requests in flight at once per account. */
  accountConcurrency: z.number().int().min(1).max(16),
  /** Requests started per second per account. */
  accountRequestsPerSecond: z.number().min(0.5).max(200)
})

export type AppSettings = z.infer<typeof appSettingsSchema>

export const DEFAULT_APP_SETTINGS: AppSettings = {
  unsettledDays: 2,
  unsettledTtlMinutes: 60,
  autoSyncOnOpen: true,
  globalConcurrency: 12,
  accountConcurrency: 4,
  accountRequestsPerSecond: 20
}
