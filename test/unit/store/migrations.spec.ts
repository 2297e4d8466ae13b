// Upgrading a cache written by every earlier schema version, with a backup taken first.
import BetterSqlite3 from 'better-sqlite3'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DailyRepository, MIGRATIONS, openCache, SCHEMA_VERSION, SnapshotRepository, userVersion } from '../../../src/main/store'
import { tempDir } from '../../support/temp'

/** A cache as schema `version` left it; from schema 1 on, with two trend snapshots written by schema 1. */
function legacyCache(path: string, version: number): void {
  const db = openCache(path, { migrations: MIGRATIONS.slice(0, Math.min(version, 1)) }).db
  if (version >= 1) {
    const add = db.prepare(
      `INSERT INTO snapshots (account_id, report, variant, start_date, end_date, fetched_at, time_span, total, sum_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    const row = db.prepare('INSERT INTO snapshot_rows (snapshot_id, position, name, values_json) VALUES (?, ?, ?, ?)')
    const page = db.prepare('INSERT INTO snapshot_pages (snapshot_id, start_index, body) VALUES (?, ?, ?)')
    const trend = add.run('demo-sim-1001', 'trend', 'gran=day', '20190414', '20190415', 1000, '2019/04/14 - 2019/04/15', 2, '{"user_count":2900,"new_user_ratio":null}')
    row.run(trend.lastInsertRowid, 0, '2019/04/15', '{"user_count":1474,"new_user_ratio":78.02}')
    row.run(trend.lastInsertRowid, 1, '2019/04/14', '{"user_count":1580,"new_user_ratio":null}')
    page.run(trend.lastInsertRowid, 0, '{"errno":0}')
    const week = add.run('demo-sim-1001', 'trend', 'gran=week', '20190401', '20190415', 1000, '', 1, '{}')
    row.run(week.lastInsertRowid, 0, '2019/04/15 - 2019/04/15', '{"user_count":1474}')
  }
  db.close()
  // Later schemas in turn, as successive versions of the app would have upgraded it.
  if (version > 1) openCache(path, { migrations: MIGRATIONS.slice(0, version) }).db.close()
}

describe('migrations', () => {
  it.each(Array.from({ length: SCHEMA_VERSION }, (_, v) => v))('upgrade from schema %i to the latest keeps every snapshot', (from) => {
    const path = join(tempDir(), 'cache.db')
    legacyCache(path, from)
    const opened = openCache(path, { now: () => Date.UTC(2026, 0, 2) })
    expect(userVersion(opened.db)).toBe(SCHEMA_VERSION)
    if (from === 0) {
      expect(opened.backupPath).toBeNull()
    } else {
      // The backup holds the old schema and its data, untouched.
      expect(opened.backupPath).toMatch(new RegExp(`cache\\.db\\.v${from}-2026-01-02T.*\\.bak$`))
      const backup = new BetterSqlite3(opened.backupPath!, { readonly: true })
      expect(backup.pragma('user_version', { simple: true })).toBe(from)
      expect(backup.prepare('SELECT count(*) FROM snapshots').pluck().get()).toBe(2)
      backup.close()
    }
    if (from >= 1) {
      const snapshots = new SnapshotRepository(opened.db)
      const key = { accountId: 'demo-sim-1001', report: 'trend', variant: 'gran=day', from: '20190414', to: '20190415' }
      expect(snapshots.find(key)).toMatchObject({
        rowCount: 2,
        notReady: 2, // one null in the rows, one in the sum
        sum: { user_count: 2900, new_user_ratio: null },
        rows: [
          { name: '2019/04/15', values: { user_count: 1474, new_user_ratio: 78.02 } },
          { name: '2019/04/14', values: { user_count: 1580, new_user_ratio: null } }
        ]
      })
      expect(snapshots.pages(key)).toEqual([{ startIndex: 0, body: '{"errno":0}' }])
      // Day rows of the daily trend become addressable per day; the weekly one does not.
      const daily = new DailyRepository(opened.db).range({ accountId: 'demo-sim-1001', report: 'trend', variant: 'gran=day' }, '20190401', '20190430')
      expect(daily.map((d) => [d.day, d.notReady, d.fetchedAt])).toEqual([
        ['20190414', true, 1000],
        ['20190415', false, 1000]
      ])
      expect(new DailyRepository(opened.db).range({ accountId: 'demo-sim-1001', report: 'trend', variant: 'gran=week' }, '20190401', '20190430')).toEqual([])
    }
    opened.db.close()
  })

  it('takes no backup when nothing changes', () => {
    const dir = tempDir()
    openCache(join(dir, 'c.db')).db.close()
    const again = openCache(join(dir, 'c.db'))
    expect(again.backupPath).toBeNull()
    again.db.close()
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([])
    expect(existsSync(join(dir, 'c.db'))).toBe(true)
  })
})
