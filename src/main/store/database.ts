// Opening the cache: pragmas, an integrity check, a backup before a schema bump, then migrations.
import BetterSqlite3, { type Database } from 'better-sqlite3'
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations'

export class NewerSchemaError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(`the cache was written by a newer Swanboard (schema ${found}; this build knows up to ${supported})`)
    this.name = 'NewerSchemaError'
  }
}

/** The file is not a sound SQLite database; the recovery path sets it aside. */
export class DamagedCacheError extends Error {
  constructor(readonly reason: string) {
    super(`the cache file is damaged: ${reason}`)
    this.name = 'DamagedCacheError'
  }
}

export interface OpenOptions {
  /** Migrations to apply; tests pass a prefix to build older schemas. */
  migrations?: readonly Migration[]
  /** Clock for naming backups and set-aside files. */
  now?: () => number
}

export interface OpenedCache {
  db: Database
  /** The copy taken before migrating an older schema, if there was one. */
  backupPath: string | null
  /** Set when the file was damaged: where it was moved to, and why. */
  recovery: { damagedPath: string; reason: string } | null
}

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = userVersion(db)
  const latest = migrations.at(-1)?.version ?? 0
  if (current > latest) throw new NewerSchemaError(current, latest)
  for (const m of migrations) {
    if (m.version <= current) continue
    db.transaction(() => {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    })()
  }
}

function stamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-')
}

const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CANTOPEN_ISDIR'])

function isDamage(err: unknown): boolean {
  return err instanceof DamagedCacheError || CORRUPT_CODES.has((err as { code?: string }).code ?? '')
}

function openChecked(path: string, options: OpenOptions): { db: Database; backupPath: string | null } {
  const db = new BetterSqlite3(path)
  try {
    db.pragma('journal_mode = WAL')
    // NORMAL is durable across application crashes under WAL; only power loss can drop the last commits.
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    // Checkpoints copy the WAL into the database and fsync: let the WAL grow during a sync (64 MB)
    // instead of stalling every ~4 MB, and checkpoint when the sync is done (checkpoint()).
    db.pragma('wal_autocheckpoint = 16384')
    const check = db.pragma('quick_check', { simple: true }) as string
    if (check !== 'ok') throw new DamagedCacheError(check)
    const migrations = options.migrations ?? MIGRATIONS
    const current = userVersion(db)
    const latest = migrations.at(-1)?.version ?? 0
    let backupPath: string | null = null
    if (path !== ':memory:' && current > 0 && current < latest) {
      // A copy of the old schema's data before anything rewrites it (VACUUM INTO is consistent and synchronous).
      backupPath = `${path}.v${current}-${stamp((options.now ?? Date.now)())}.bak`
      db.prepare('VACUUM INTO ?').run(backupPath)
    }
    migrate(db, migrations)
    return { db, backupPath }
  } catch (err) {
    db.close()
    throw err
  }
}

/**
 * Opens (creating if needed) the cache at `path`; ':memory:' for tests. A damaged file is moved
 * aside with its WAL and a fresh cache takes its place; a newer schema is refused untouched.
 */
export function openCache(path: string, options: OpenOptions = {}): OpenedCache {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  try {
    return { ...openChecked(path, options), recovery: null }
  } catch (err) {
    if (path === ':memory:' || !isDamage(err)) throw err
    const damagedPath = `${path}.damaged-${stamp((options.now ?? Date.now)())}`
    renameSync(path, damagedPath)
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(path + suffix)) renameSync(path + suffix, damagedPath + suffix)
    }
    rmSync(`${path}-journal`, { force: true })
    const reason = err instanceof Error ? err.message : String(err)
    return { ...openChecked(path, options), recovery: { damagedPath, reason } }
  }
}

/** Folds the WAL into the database without blocking readers (after a sync, when idle). */
export function checkpoint(db: Database): void {
  // Deferred callers may arrive after the app closed the cache.
  if (db.open) db.pragma('wal_checkpoint(PASSIVE)')
}

/** The database alone, for callers that do not report recovery (tests, tools). */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  return openCache(path, options).db
}

export { SCHEMA_VERSION }
