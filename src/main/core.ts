// The host-independent services, wired once; Electron, the browser host and the CLI all start here.
import type { Database } from 'better-sqlite3'
import { AccountDirectory, createDemoAccounts, type AccountEntry } from './accounts'
import { createLogger, type Logger } from './log'
import { TrendService } from './reports/trend-service'
import { DEFAULT_CACHE_SETTINGS, type CacheSettings } from './settings'
import { openDatabase, SnapshotRepository } from './store'

export interface CoreOptions {
  /** SQLite cache file; ':memory:' for tests. */
  dbPath: string
  now?: () => number
  logger?: Logger
  settings?: CacheSettings
  /** Accounts to offer; defaults to the demo accounts. */
  accounts?: readonly AccountEntry[]
  /** Simulated network latency of the demo accounts, ms. */
  demoLatencyMs?: number
}

export interface Core {
  readonly db: Database
  readonly accounts: AccountDirectory
  readonly trend: TrendService
  readonly settings: CacheSettings
  readonly logger: Logger
  now(): number
  close(): void
}

export function createCore(options: CoreOptions): Core {
  const now = options.now ?? Date.now
  const logger = options.logger ?? createLogger()
  const settings = options.settings ?? DEFAULT_CACHE_SETTINGS
  const db = openDatabase(options.dbPath)
  const accounts = new AccountDirectory(options.accounts ?? createDemoAccounts({ now, latencyMs: options.demoLatencyMs }))
  const trend = new TrendService({ accounts, snapshots: new SnapshotRepository(db), settings, now, logger })
  return { db, accounts, trend, settings, logger, now, close: () => db.close() }
}
