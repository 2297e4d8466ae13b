// The one contract between the renderer and the main process: every call, every push event.
// Main's handler map, the preload bridge and the renderer client are all derived from it.
import { z } from 'zod'
import { accountInputSchema, type AccountInput, type AccountSummary, type ConnectionTest } from './accounts'
import type {
  AppInfo,
  ExportResult,
  ExternalLinkResult,
  ReportProgress,
  ReportQuery,
  ReportView
} from './dto'
import { accountIdSchema as accountId, reportQuerySchema } from './report-query'
import { exportJobSchema, type ExportFinished, type ExportJobRequest, type ExportProgress } from './export-jobs'
import {
  appSettingsSchema,
  syncRequestSchema,
  type AppSettings,
  type Connectivity,
  type InterruptedSync,
  type SyncProgress,
  type SyncRequest,
  type SyncSummary
} from './sync'

/** Request/response calls: channel → input and output. */
export interface CallMap {
  /** Version, host kind and cache settings of the running app. */
  'app:info': { input: undefined; output: AppInfo }
  /** Saved accounts, in the user's order; secrets only as masked tails. */
  'accounts:list': { input: undefined; output: AccountSummary[] }
  /** Save a new account (its secrets encrypted at rest). */
  'accounts:add': { input: AccountInput; output: AccountSummary }
  /** Change an account; omitted fields and secrets stay as they are. */
  'accounts:update': { input: { id: string; change: Partial<AccountInput> }; output: AccountSummary }
  /** Remove an account, its secrets and its cached data. */
  'accounts:remove': { input: { id: string }; output: { removed: boolean } }
  /** Put the accounts in this order. */
  'accounts:reorder': { input: { ids: string[] }; output: AccountSummary[] }
  /** One cheap call to see whether the account works. */
  'accounts:test': { input: { id: string }; output: ConnectionTest }
  /** The account list as JSON, without secrets (save dialog / download). */
  'accounts:export': { input: undefined; output: ExportResult }
  /** Add the accounts of an exported list; names already present are skipped. */
  'accounts:import': { input: { json: string }; output: { added: number; skipped: string[] } }
  /** Bring back the demo accounts after they were removed. */
  'accounts:restore-demo': { input: undefined; output: AccountSummary[] }
  /** Any report, variant and range for one account: from the cache when it can. */
  'reports:get': { input: ReportQuery; output: ReportView }
  /** Start an export (a tab, the overview, a whole account, a portfolio) as a job; progress arrives as events. */
  'export:start': { input: ExportJobRequest; output: { jobId: string } }
  /** Stop an export job; no partial file is left under the chosen name. */
  'export:cancel': { input: { jobId: string }; output: { cancelled: boolean } }
  /** Open an allow-listed https link in the system browser. */
  'shell:open-external': { input: { url: string }; output: ExternalLinkResult }
  /** Start syncing accounts × reports × variants over a range; progress arrives as events. */
  'sync:start': { input: SyncRequest; output: { runId: string } }
  /** Stop a running sync; what was written stays, nothing half-written appears. */
  'sync:cancel': { input: { runId: string }; output: { cancelled: boolean } }
  /** The running (or last) sync with every task, for a window opened mid-run. */
  'sync:status': { input: undefined; output: SyncProgress | null }
  /** The last sync a crash or quit cut short (not one the user cancelled), to offer resuming it. */
  'sync:interrupted': { input: undefined; output: InterruptedSync | null }
  /** Stop offering that interrupted run; what it wrote stays in the cache. */
  'sync:dismiss-interrupted': { input: { runId: string }; output: { dismissed: boolean } }
  /** The app's settings. */
  'settings:get': { input: undefined; output: AppSettings }
  /** Change some settings; answers the whole new set. */
  'settings:set': { input: Partial<AppSettings>; output: AppSettings }
}

/** Push events: channel → payload, main to renderer. */
export interface EventMap {
  /** Pages of a report fetched so far. */
  'reports:progress': ReportProgress
  /** A sync run's counters and the tasks that changed (at most ~10 a second). */
  'sync:progress': SyncProgress
  /** A sync run ended (done or cancelled), with its summary. */
  'sync:finished': SyncSummary
  /** Whether Baidu's API (or the simulator) is reachable, as the last requests found it. */
  'app:connectivity': Connectivity
  /** The account list changed (added, edited, health, a token refreshed): the whole new list. */
  'accounts:changed': AccountSummary[]
  /** An export job's progress. */
  'export:progress': ExportProgress
  /** An export job ended: saved, downloadable, cancelled, or failed. */
  'export:finished': ExportFinished
}

export type CallChannel = keyof CallMap
export type EventChannel = keyof EventMap
export type CallInput<C extends CallChannel> = CallMap[C]['input']
export type CallOutput<C extends CallChannel> = CallMap[C]['output']

/** Input validation for every call; main rejects anything else with `invalid_input`. */
export const CALL_INPUTS: { [C in CallChannel]: z.ZodType<CallInput<C>> } = {
  'app:info': z.undefined(),
  'accounts:list': z.undefined(),
  'accounts:add': accountInputSchema,
  'accounts:update': z.strictObject({ id: accountId, change: accountInputSchema.partial() }),
  'accounts:remove': z.strictObject({ id: accountId }),
  'accounts:reorder': z.strictObject({ ids: z.array(accountId).max(1000) }),
  'accounts:test': z.strictObject({ id: accountId }),
  'accounts:export': z.undefined(),
  'accounts:import': z.strictObject({ json: z.string().max(5_000_000) }),
  'accounts:restore-demo': z.undefined(),
  'reports:get': reportQuerySchema,
  'export:start': exportJobSchema,
  'export:cancel': z.strictObject({ jobId: z.string().min(1).max(100) }),
  'shell:open-external': z.strictObject({ url: z.string().max(2048) }),
  'sync:start': syncRequestSchema,
  'sync:cancel': z.strictObject({ runId: z.string().min(1).max(100) }),
  'sync:status': z.undefined(),
  'sync:interrupted': z.undefined(),
  'sync:dismiss-interrupted': z.strictObject({ runId: z.string().min(1).max(100) }),
  'settings:get': z.undefined(),
  'settings:set': appSettingsSchema.partial().strict()
}
