// Opening the cache: WAL, migrations from empty, refusal of a newer schema, atomic snapshot writes.
import BetterSqlite3 from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkpoint, MIGRATIONS, NewerSchemaError, openDatabase, SCHEMA_VERSION, SnapshotRepository, userVersion, type SnapshotWrite } from '../../../src/main/store'
import { tempDir } from '../../support/temp'

const dir = tempDir()

type Row = { name: string; values: Record<string, number | null> }

function snapshot(fetchedAt: number, rows: Row[]): SnapshotWrite<Row> {
  return {
    rowCount: rows.length,
    notReady: 0,
    key: { accountId: 'a', report: 'trend', variant: 'gran=day', from: '20190410', to: '20190415' },
    fetchedAt,
    timeSpan: '2019/04/10 - 2019/04/15',
    total: rows.length,
    sum: { user_count: 6838, new_user_ratio: null },
    rows,
    pages: [{ startIndex: 0, body: '{"errno":0}' }]
  }
}

describe('the cache database', () => {
  it('migrates an empty file to the latest schema, in WAL mode', () => {
    const path = join(dir, 'fresh.db')
    const db = openDatabase(path)
    expect(userVersion(db)).toBe(SCHEMA_VERSION)
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()
    expect(tables).toEqual(['account_secrets', 'accounts', 'app_state', 'daily_rows', 'refresh_journal', 'report_rows', 'settings', 'snapshot_pages', 'snapshots', 'sync_runs'])
    db.close()
    // Reopening applies nothing twice.
    const again = openDatabase(path)
    expect(userVersion(again)).toBe(SCHEMA_VERSION)
    again.close()
  })

  it('refuses a database written by a newer version, leaving it untouched', () => {
    const path = join(dir, 'newer.db')
    const raw = new BetterSqlite3(path)
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    raw.close()
    expect(() => openDatabase(path)).toThrow(NewerSchemaError)
    const check = new BetterSqlite3(path)
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1)
    check.close()
  })

  it('rolls a failed migration back completely', () => {
    const path = join(dir, 'failing.db')
    const broken = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 1, description: 'fails half way', up: (db: BetterSqlite3.Database) => db.exec('CREATE TABLE t (x); SELECT * FROM nope;') }
    ]
    expect(() => openDatabase(path, { migrations: broken })).toThrow(/nope/)
    const db = openDatabase(path)
    expect(userVersion(db)).toBe(SCHEMA_VERSION)
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 't'").pluck().get()).toBe(0)
    db.close()
  })
})

describe('snapshots', () => {
  it('round-trips rows in order with nulls, and replaces on save', () => {
    const repo = new SnapshotRepository(openDatabase(':memory:'))
    const first = snapshot(1, [
      { name: '2019/04/15', values: { user_count: 1474, new_user_ratio: 78.02 } },
      { name: '2019/04/14', values: { user_count: 1580, new_user_ratio: null } }
    ])
    repo.save(first)
    const found = repo.find<Row>(first.key)!
    expect(found.rows).toEqual(first.rows)
    expect(found.sum).toEqual(first.sum)
    expect(repo.pages(first.key)).toEqual(first.pages)
    repo.save(snapshot(2, [{ name: '2019/04/15', values: { user_count: 1 } }]))
    expect(repo.find(first.key)).toMatchObject({ fetchedAt: 2, rowCount: 1, rows: [{ name: '2019/04/15', values: { user_count: 1 } }] })
  })

  it('keeps the previous snapshot whole when writing a new one fails half way', () => {
    const repo = new SnapshotRepository(openDatabase(':memory:'))
    const good = snapshot(1, [{ name: '2019/04/15', values: { user_count: 1474 } }])
    repo.save(good)
    const bad = snapshot(2, [
      { name: '2019/04/15', values: { user_count: 1 } },
      { name: '2019/04/14', values: { user_count: 10n as unknown as number } } // JSON.stringify throws on BigInt
    ])
    expect(() => repo.save(bad)).toThrow()
    expect(repo.find(good.key)).toMatchObject({ fetchedAt: 1, rows: good.rows })
  })

  it('checkpoints an open cache, and quietly skips a closed one', () => {
    const db = openDatabase(join(dir, 'checkpoint.db'))
    new SnapshotRepository(db).save(snapshot(1, [{ name: 'a', values: {} }]))
    expect(() => checkpoint(db)).not.toThrow()
    db.close()
    expect(() => checkpoint(db)).not.toThrow()
  })
})
