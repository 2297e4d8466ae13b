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
  },
  {
    version: 2,
    description: 'rows of every report shape as JSON, a per-day index of daily series, settings, sync runs',
    up: (db) => {
      db.exec(`
        CREATE TABLE report_rows (
          snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
          position    INTEGER NOT NULL,
          row_json    TEXT    NOT NULL,
          PRIMARY KEY (snapshot_id, position)
        ) WITHOUT ROWID;
        INSERT INTO report_rows (snapshot_id, position, row_json)
          SELECT snapshot_id, position, json_object('name', name, 'values', json(values_json)) FROM snapshot_rows;
        DROP TABLE snapshot_rows;

        ALTER TABLE snapshots ADD COLUMN row_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE snapshots ADD COLUMN not_ready INTEGER NOT NULL DEFAULT 0;
        UPDATE snapshots SET
          row_count = (SELECT count(*) FROM report_rows r WHERE r.snapshot_id = snapshots.id),
          not_ready = (SELECT count(*) FROM report_rows r, json_each(r.row_json, '$.values') v
                        WHERE r.snapshot_id = snapshots.id AND v.type = 'null')
                    + (SELECT count(*) FROM json_each(snapshots.sum_json) v WHERE v.type = 'null');
        CREATE INDEX snapshots_by_account ON snapshots (account_id, report, variant);

        -- Daily series addressable by day, so a longer or shifted range reuses cached days.
        CREATE TABLE daily_rows (
          account_id TEXT    NOT NULL,
          report     TEXT    NOT NULL,
          variant    TEXT    NOT NULL,
          day        TEXT    NOT NULL,
          row_json   TEXT    NOT NULL,
          fetched_at INTEGER NOT NULL,
          not_ready  INTEGER NOT NULL,
          PRIMARY KEY (account_id, report, variant, day)
        ) WITHOUT ROWID;
        INSERT OR REPLACE INTO daily_rows (account_id, report, variant, day, row_json, fetched_at, not_ready)
          SELECT s.account_id, s.report, s.variant, replace(json_extract(r.row_json, '$.name'), '/', ''), r.row_json, s.fetched_at,
                 (SELECT count(*) FROM json_each(r.row_json, '$.values') v WHERE v.type = 'null') > 0
            FROM snapshots s JOIN report_rows r ON r.snapshot_id = s.id
           WHERE s.report = 'trend' AND s.variant = 'gran=day'
           ORDER BY s.fetched_at;

        CREATE TABLE settings (
          key        TEXT PRIMARY KEY,
          value_json TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE sync_runs (
          id           TEXT    PRIMARY KEY,
          started_at   INTEGER NOT NULL,
          finished_at  INTEGER,
          from_day     TEXT    NOT NULL,
          to_day       TEXT    NOT NULL,
          summary_json TEXT
        ) WITHOUT ROWID;
      `)
    }
  },
  {
    version: 3,
    description: 'saved accounts, their encrypted secrets, a journal for one-use refresh tokens, app state',
    up: (db) => {
      db.exec(`
        CREATE TABLE accounts (
          id               TEXT    PRIMARY KEY,
          name             TEXT    NOT NULL UNIQUE,
          kind             TEXT    NOT NULL,
          app_id           TEXT,
          base_url         TEXT    NOT NULL,
          notes            TEXT    NOT NULL DEFAULT '',
          tags_json        TEXT    NOT NULL DEFAULT '[]',
          position         INTEGER NOT NULL,
          demo             INTEGER NOT NULL DEFAULT 0,
          created_at       INTEGER NOT NULL,
          token_expires_at INTEGER,
          last_ok_at       INTEGER,
          last_error_json  TEXT,
          needs_action     TEXT
        ) WITHOUT ROWID;

        -- Every secret encrypted by a vault; the scheme says which vault can open it.
        CREATE TABLE account_secrets (
          account_id TEXT    NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
          field      TEXT    NOT NULL,
          scheme     TEXT    NOT NULL,
          ciphertext BLOB    NOT NULL,
          -- '••••' and the last four characters: what the UI may show, without opening the vault.
          masked     TEXT    NOT NULL,
          updated_at INTEGER NOT NULL,
          PRIMARY KEY (account_id, field)
        ) WITHOUT ROWID;

        -- A refresh in flight: its one-off key (vault-encrypted) before the request, then the answer
        -- (encrypted with that key) the moment it arrives, so a crash never loses a new refresh token.
        CREATE TABLE refresh_journal (
          account_id  TEXT    PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
          scheme      TEXT    NOT NULL,
          wrapped_key BLOB    NOT NULL,
          answer      BLOB,
          started_at  INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE app_state (
          key        TEXT PRIMARY KEY,
          value_json TEXT NOT NULL
        ) WITHOUT ROWID;
      `)
    }
  },
  {
    version: 4,
    description: 'sync runs keep their request and how far they got, so an interrupted one can be resumed or dismissed',
    up: (db) => {
      // Runs recorded before this have no request: they cannot be resumed and are never offered.
      db.exec(`
        ALTER TABLE sync_runs ADD COLUMN request_json TEXT;
        ALTER TABLE sync_runs ADD COLUMN requests_done INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE sync_runs ADD COLUMN requests_total INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE sync_runs ADD COLUMN abandoned_at INTEGER;
      `)
    }
  }
]

export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0
