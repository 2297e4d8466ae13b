// The host-independent services, wired once; Electron, the browser host and the CLI all start here.
import type { Database } from 'better-sqlite3'
import pLimit from 'p-limit'
import type { EventChannel, EventMap } from '../shared/contract'
import type { AppSettings } from '../shared/sync'
import { AccountDirectory, createDemoAccounts, type AccountEntry } from './accounts'
import { ConnectivityMonitor, hostProbe } from './connectivity'
import { createLogger, type Logger } from './log'
import { ReportService } from './reports/report-service'
import { TrendService } from './reports/trend-service'
import { checkpoint, DailyRepository, openCache, SettingsRepository, SnapshotRepository, SyncRunRepository, type OpenedCache } from './store'
import { SyncService } from './sync/sync-service'
import { DEFAULT_NETWORK_SETTINGS } from './baidu'

export interface CoreOptions {
  /** SQLite cache file; ':memory:' for tests. */
  dbPath: string
  now?: () => number
  logger?: Logger
  /** Accounts to offer; defaults to the demo accounts. */
  accounts?: readonly AccountEntry[]
  /** Simulated network latency of the in-process demo accounts, ms. */
  demoLatencyMs?: number
  /** Reach the demo accounts through this HTTP simulator instead of in-process. */
  demoBaseUrl?: string
  /** Settings to start from instead of the stored ones (benchmarks, tests). */
  settings?: Partial<AppSettings>
}

export type CoreListener = <E extends EventChannel>(event: E, payload: EventMap[E]) => void

export interface Core {
  readonly db: Database
  readonly recovery: OpenedCache['recovery']
  readonly accounts: AccountDirectory
  readonly reports: ReportService
  readonly trend: TrendService
  readonly sync: SyncService
  readonly connectivity: ConnectivityMonitor
  readonly logger: Logger
  now(): number
  settings(): AppSettings
  updateSettings(change: Partial<AppSettings>): AppSettings
  /** Push events for the host to forward (sync progress, connectivity); returns an unsubscribe. */
  subscribe(listener: CoreListener): () => void
  close(): void
}

export function createCore(options: CoreOptions): Core {
  const now = options.now ?? Date.now
  const logger = options.logger ?? createLogger()
  const cache = openCache(options.dbPath, { now })
  if (cache.recovery) logger.log('error', `cache was damaged and set aside as ${cache.recovery.damagedPath}`, cache.recovery.reason)
  const { db } = cache
  const settingsRepo = new SettingsRepository(db)
  if (options.settings) settingsRepo.set(options.settings)
  let settings = settingsRepo.get()

  const listeners = new Set<CoreListener>()
  const emit: CoreListener = (event, payload) => {
    for (const l of listeners) l(event, payload)
  }

  const network = () => ({ concurrency: settings.accountConcurrency, requestsPerSecond: settings.accountRequestsPerSecond })
  const accounts = new AccountDirectory(
    options.accounts ?? createDemoAccounts({ now, latencyMs: options.demoLatencyMs, baseUrl: options.demoBaseUrl, settings: { accountConcurrency: settings.accountConcurrency } })
  )
  const probe = hostProbe(() => accounts.entries().map((e) => e.client.connection))
  const connectivity = new ConnectivityMonitor(now, (state) => emit('app:connectivity', state), probe)
  const onNetworkOutcome = connectivity.report.bind(connectivity)

  // One limit shared by every account: a sync's global concurrency.
  const global = pLimit(settings.globalConcurrency)
  const applyNetwork = (): void => {
    global.concurrency = settings.globalConcurrency
    for (const entry of accounts.entries()) entry.client.connection.gate.configure({ ...network(), global })
  }
  applyNetwork()

  const snapshots = new SnapshotRepository(db)
  const cachePolicy = () => ({ unsettledDays: settings.unsettledDays, unsettledTtlMs: settings.unsettledTtlMinutes * 60_000 })
  const reports = new ReportService({ accounts, snapshots, daily: new DailyRepository(db), settings: cachePolicy, now, logger, onNetworkOutcome })
  const sync = new SyncService({
    accounts,
    reports,
    snapshots,
    runs: new SyncRunRepository(db),
    now,
    logger,
    retryBudget: () => DEFAULT_NETWORK_SETTINGS.retryBudget,
    onProgress: (p) => emit('sync:progress', p),
    onFinished: (s) => emit('sync:finished', s),
    onNetworkOutcome,
    checkpoint: () => checkpoint(db)
  })

  return {
    db,
    recovery: cache.recovery,
    accounts,
    reports,
    trend: new TrendService(reports),
    sync,
    connectivity,
    logger,
    now,
    settings: () => settings,
    updateSettings(change) {
      settings = settingsRepo.set(change)
      applyNetwork()
      return settings
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: () => db.close()
  }
}
