// The one contract between the renderer and the main process: every call, every push event.
// Main's handler map, the preload bridge and the renderer client are all derived from it.
import { z } from 'zod'
import { isValidDay } from './calendar'
import type {
  AccountSummary,
  AppInfo,
  ExportResult,
  ExternalLinkResult,
  ReportProgress,
  TrendExportRequest,
  TrendQuery,
  TrendReport
} from './dto'
import { GRANS, LOCALES, REPORT_IDS } from './reports'
import { appSettingsSchema, type AppSettings, type Connectivity, type SyncProgress, type SyncRequest, type SyncSummary } from './sync'

/** Request/response calls: channel → input and output. */
export interface CallMap {
  /** Version, host kind and cache settings of the running app. */
  'app:info': { input: undefined; output: AppInfo }
  /** Saved accounts, without secrets. */
  'accounts:list': { input: undefined; output: AccountSummary[] }
  /** The user-trend report for one account, gran and range: from the cache when it can. */
  'reports:trend': { input: TrendQuery; output: TrendReport }
  /** Export the trend report to .xlsx (save dialog in Electron, a download in the browser host). */
  'export:trend': { input: TrendExportRequest; output: ExportResult }
  /** Open an allow-listed https link in the system browser. */
  'shell:open-external': { input: { url: string }; output: ExternalLinkResult }
  /** Start syncing accounts × reports × variants over a range; progress arrives as events. */
  'sync:start': { input: SyncRequest; output: { runId: string } }
  /** Stop a running sync; what was written stays, nothing half-written appears. */
  'sync:cancel': { input: { runId: string }; output: { cancelled: boolean } }
  /** The running (or last) sync with every task, for a window opened mid-run. */
  'sync:status': { input: undefined; output: SyncProgress | null }
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
}

export type CallChannel = keyof CallMap
export type EventChannel = keyof EventMap
export type CallInput<C extends CallChannel> = CallMap[C]['input']
export type CallOutput<C extends CallChannel> = CallMap[C]['output']

const day = z.string().refine(isValidDay, { message: 'expected a day as YYYYMMDD' })

const trendQuery = z
  .strictObject({
    accountId: z.string().min(1).max(200),
    gran: z.enum(GRANS),
    from: day,
    to: day,
    refresh: z.boolean().optional()
  })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] })

/** Input validation for every call; main rejects anything else with `invalid_input`. */
export const CALL_INPUTS: { [C in CallChannel]: z.ZodType<CallInput<C>> } = {
  'app:info': z.undefined(),
  'accounts:list': z.undefined(),
  'reports:trend': trendQuery,
  'export:trend': z.strictObject({ query: trendQuery, locale: z.enum(LOCALES) }),
  'shell:open-external': z.strictObject({ url: z.string().max(2048) }),
  'sync:start': z
    .strictObject({
      accounts: z.union([z.literal('all'), z.array(z.string().min(1).max(200)).min(1).max(500)]),
      reports: z.array(z.enum(REPORT_IDS)).min(1).max(REPORT_IDS.length).optional(),
      from: day,
      to: day,
      refresh: z.boolean().optional()
    })
    .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] }),
  'sync:cancel': z.strictObject({ runId: z.string().min(1).max(100) }),
  'sync:status': z.undefined(),
  'settings:get': z.undefined(),
  'settings:set': appSettingsSchema.partial().strict()
}
