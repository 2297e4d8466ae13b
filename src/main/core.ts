// The host-independent services, wired once; Electron, the browser host and the CLI all start here.
import type { Database } from 'better-sqlite3'
import { dirname, join } from 'node:path'
import pLimit from 'p-limit'
import type { EventChannel, EventMap } from '../shared/contract'
import type { AppSettings } from '../shared/sync'
import { AccountService, DEMO_BASE_URL, FileKeyVault, VaultSet, type RefreshStep, type SecretVault, type StoredAccount } from './accounts'
import { createHttpFetch, DEFAULT_NETWORK_SETTINGS, type FetchLike, type NetworkSettings } from './baidu'
import { ConnectivityMonitor, hostProbe } from './connectivity'
import { createLogger, type Logger } from './log'
import { ReportService } from './reports/report-service'
import { createSimulator, createSimulatorFetch, DEMO_APPS, type Simulator } from './simulator'
import { checkpoint, DailyRepository, openCache, SettingsRepository, SnapshotRepository, SyncRunRepository, type OpenedCache } from './store'
import { SyncService } from './sync/sync-service'

export interface CoreOptions {
  /** SQLite cache file; ':memory:' for tests. */
  dbPath: string
  now?: () => number
  logger?: Logger
  /** Settings to start from instead of the stored ones (benchmarks, tests). */
  settings?: Partial<AppSettings>
  /** The vault new secrets go to (Electron's safeStorage); default: a 0600 key file beside the cache. */
  vault?: SecretVault
  /** Simulated network latency of the in-process demo accounts, ms. */
  demoLatencyMs?: number
  /** Reach the demo accounts through this HTTP simulator instead of in-process. */
  demoBaseUrl?: string
  /** Wraps every account's transport (tests count requests or cut the network with it). */
  wrapFetch?: (fetch: FetchLike, account: StoredAccount) => FetchLike
  /** Client network settings (tests shorten timeouts and backoff). */
  network?: Partial<NetworkSettings>
  /** Test seam: crash injection in token refreshes. */
  onRefreshStep?: (accountId: string, step: RefreshStep) => void
}

export type CoreListener = <E extends EventChannel>(event: E, payload: EventMap[E]) => void

export interface Core {
  readonly db: Database
  readonly recovery: OpenedCache['recovery']
  readonly accounts: AccountService
  readonly reports: ReportService
  readonly sync: SyncService
  readonly connectivity: ConnectivityMonitor
  readonly logger: Logger
  /** The in-process simulator the demo accounts reach (null when they go over HTTP). */
  readonly demoSimulator: Simulator | null
  now(): number
  settings(): AppSettings
  updateSettings(change: Partial<AppSettings>): AppSettings
  /** Push events for the host to forward (sync progress, connectivity, accounts); returns an unsubscribe. */
  subscribe(listener: CoreListener): () => void
  close(): void
}

/** The key file of the file vault: beside the cache, readable by its owner only. */
export function keyFilePath(dbPath: string): string | null {
  return dbPath === ':memory:' ? null : join(dirname(dbPath), 'swanboard.key')
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

  // How requests travel: demo accounts to the bundled simulator, every other account over HTTP.
  const http = createHttpFetch({ connectTimeoutMs: options.network?.connectTimeoutMs ?? DEFAULT_NETWORK_SETTINGS.connectTimeoutMs })
  const demoSimulator = options.demoBaseUrl ? null : createSimulator({ now, apps: DEMO_APPS })
  const demoFetch = demoSimulator ? createSimulatorFetch(demoSimulator, { latencyMs: options.demoLatencyMs ?? 0 }) : http
  const transport = (account: StoredAccount) => {
    const demo = account.baseUrl === DEMO_BASE_URL
    const base = demo ? { baseUrl: options.demoBaseUrl ?? DEMO_BASE_URL, fetch: demoFetch } : { baseUrl: account.baseUrl, fetch: http }
    return options.wrapFetch ? { ...base, fetch: options.wrapFetch(base.fetch, account) } : base
  }

  // One limit shared by every account: a sync's global concurrency.
  const global = pLimit(settings.globalConcurrency)
  // New secrets go to the given vault (the desktop keychain); secrets the CLI sealed stay readable.
  const fileVault = new FileKeyVault(keyFilePath(options.dbPath))
  const vaults = new VaultSet(options.vault ?? fileVault, options.vault ? [fileVault] : [])
  const accounts = new AccountService({
    db,
    vaults,
    now,
    logger,
    transport,
    network: { ...options.network, accountConcurrency: settings.accountConcurrency, accountRequestsPerSecond: settings.accountRequestsPerSecond },
    configure: (client) => client.connection.gate.configure({ concurrency: settings.accountConcurrency, requestsPerSecond: settings.accountRequestsPerSecond, global }),
    onChanged: (list) => emit('accounts:changed', list),
    onRefreshStep: options.onRefreshStep
  })
  const applyNetwork = (): void => {
    global.concurrency = settings.globalConcurrency
    for (const entry of accounts.entries()) {
      entry.client.connection.gate.configure({ concurrency: settings.accountConcurrency, requestsPerSecond: settings.accountRequestsPerSecond, global })
    }
  }

  const probe = hostProbe(() => accounts.entries().map((e) => e.client.connection))
  const connectivity = new ConnectivityMonitor(now, (state) => emit('app:connectivity', state), probe)
  const onNetworkOutcome = connectivity.report.bind(connectivity)

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
    sync,
    connectivity,
    logger,
    demoSimulator,
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
    close: () => {
      accounts.dispose()
      db.close()
    }
  }
}
