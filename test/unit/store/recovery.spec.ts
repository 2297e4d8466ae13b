// A damaged cache is set aside (never deleted), a fresh one takes its place, and the user is told.
import BetterSqlite3 from 'better-sqlite3'
import { closeSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NewerSchemaError, openCache, SCHEMA_VERSION, SnapshotRepository } from '../../../src/main/store'
import { tempDir } from '../../support/temp'

const NOW = Date.UTC(2026, 10, 21, 4)

function filled(path: string): void {
  const { db } = openCache(path)
  const repo = new SnapshotRepository(db)
  for (let i = 0; i < 200; i++) {
    repo.save({
      key: { accountId: 'a', report: 'region', variant: '', from: `2019${String(1000 + i).slice(1)}`, to: '20191231' },
      fetchedAt: 1,
      timeSpan: '',
      total: 30,
      sum: null,
      rowCount: 30,
      notReady: 0,
      rows: Array.from({ length: 30 }, (_, n) => ({ name: `省${n}`, values: { session_count_district: n * 1000 } })),
      pages: [{ startIndex: 0, body: 'x'.repeat(2000) }]
    })
  }
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
}

describe('cache recovery', () => {
  it('sets aside a file that is not a database and starts fresh', () => {
    const dir = tempDir()
    const path = join(dir, 'swanboard.db')
    writeFileSync(path, 'this is not sqlite at all, just bytes '.repeat(200))
    const opened = openCache(path, { now: () => NOW })
    expect(opened.recovery).toMatchObject({ damagedPath: join(dir, 'swanboard.db.damaged-2026-11-21T04-00-00-000Z') })
    expect(readFileSync(opened.recovery!.damagedPath, 'utf8')).toContain('this is not sqlite')
    expect(new SnapshotRepository(opened.db).count()).toBe(0)
    expect(opened.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    opened.db.close()
  })

  // Closing the damaged connection checkpoints its WAL into the file being set aside, so nothing in
  // it is lost; what must never happen is an old WAL left beside the fresh database.
  it('sets aside a database whose pages are corrupt (quick_check fails), leaving no old WAL behind', () => {
    const dir = tempDir()
    const path = join(dir, 'swanboard.db')
    filled(path)
    const size = statSync(path).size
    const fd = openSync(path, 'r+')
    // Scribble over the middle of the file, well past the header page.
    writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, Math.floor(size / 2 / 4096) * 4096)
    closeSync(fd)
    const opened = openCache(path, { now: () => NOW })
    expect(opened.recovery).not.toBeNull()
    expect(opened.recovery!.reason).toMatch(/damaged|malformed|corrupt/i)
    expect(statSync(opened.recovery!.damagedPath).size).toBe(size)
    expect(opened.db.pragma('quick_check', { simple: true })).toBe('ok')
    expect(new SnapshotRepository(opened.db).count()).toBe(0)
    opened.db.close()
    expect(readdirSync(dir).filter((f) => f.includes('damaged'))).toEqual([`swanboard.db.damaged-2026-11-21T04-00-00-000Z`])
  })

  it('opens a sound cache without recovery', () => {
    const path = join(tempDir(), 'swanboard.db')
    filled(path)
    const opened = openCache(path)
    expect(opened.recovery).toBeNull()
    expect(new SnapshotRepository(opened.db).count()).toBe(200)
    opened.db.close()
  })

  it('refuses a newer schema without touching or moving the file', () => {
    const path = join(tempDir(), 'swanboard.db')
    const raw = new BetterSqlite3(path)
    raw.pragma(`user_version = ${SCHEMA_VERSION + 3}`)
    raw.close()
    expect(() => openCache(path)).toThrow(NewerSchemaError)
    expect(readdirSync(join(path, '..')).some((f) => f.includes('damaged'))).toBe(false)
  })
})
