// Opening the cache: pragmas, then migrations, each in its own transaction.
import BetterSqlite3, { type Database } from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations'

export class NewerSchemaError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(`the cache was written by a newer Swanboard (schema ${found}; this build knows up to ${supported})`)
    this.name = 'NewerSchemaError'
  }
}

export interface OpenOptions {
  /** Migrations to apply; tests pass a prefix to build older schemas. */
  migrations?: readonly Migration[]
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

/** Opens (creating if needed) the cache at `path`; ':memory:' for tests. */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const db = new BetterSqlite3(path)
  try {
    db.pragma('journal_mode = WAL')
    // NORMAL is durable across application crashes under WAL; only power loss can drop the last commits.
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    migrate(db, options.migrations ?? MIGRATIONS)
  } catch (err) {
    db.close()
    throw err
  }
  return db
}

export { SCHEMA_VERSION }
