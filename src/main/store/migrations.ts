// Forward-only schema migrations; migration N brings the database to user_version N.
import type { Database } from 'better-sqlite3'

export interface Migration {
  version: number
  description: string
  up: (db: Database) => void
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'report snapshots with raw pages and normalised rows',
    up: (db) => {
      db.exec(`
        CREATE TABLE snapshots (
          id          INTEGER PRIMARY KEY,
          account_id  TEXT    NOT NULL,
          report      TEXT    NOT NULL,
          variant     TEXT    NOT NULL,
          start_date  TEXT    NOT NULL,
          end_date    TEXT    NOT NULL,
          fetched_at  INTEGER NOT NULL,
          time_span   TEXT    NOT NULL,
          total       INTEGER NOT NULL,
          sum_json    TEXT    NOT NULL,
          UNIQUE (account_id, report, variant, start_date, end_date)
        );
        CREATE TABLE snapshot_pages (
          snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
          start_index INTEGER NOT NULL,
          body        TEXT    NOT NULL,
          PRIMARY KEY (snapshot_id, start_index)
        ) WITHOUT ROWID;
        CREATE TABLE snapshot_rows (
          snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
          position    INTEGER NOT NULL,
          name        TEXT    NOT NULL,
          values_json TEXT    NOT NULL,
          PRIMARY KEY (snapshot_id, position)
        ) WITHOUT ROWID;
      `)
    }
  }
]

export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0
