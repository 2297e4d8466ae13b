// Crash safety: `swanboard sync` in a child process, killed with SIGKILL at random moments while it
// writes. After every kill the database is sound and holds only whole snapshots; a resumed sync
// fetches only what is missing and leaves the snapshots already written untouched.
import BetterSqlite3 from 'better-sqlite3'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCache, SettingsRepository } from '../../../src/main/store'
import { tempDir } from '../../support/temp'

const BIN = resolve(__dirname, '../../../bin/swanboard.mjs')
const KILLS = 22
const RANGE = ['--from', '20250601', '--to', '20251130']
const REPORTS = 'trend,activity,retention'
// 5 apps × (trend 4 + activity 1 + retention 6 variants)
const SNAPSHOTS = 5 * 11

function prepare(db: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true })
  // A slow request rate keeps the run long enough to be killed in the middle of it.
  const cache = openCache(db)
  new SettingsRepository(cache.db).set({ accountRequestsPerSecond: 4 })
  cache.db.close()
}

function startSync(db: string): ChildProcess {
  return spawn(process.execPath, [BIN, 'sync', '--demo', ...RANGE, '--reports', REPORTS, '--db', db, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] })
}

function inspect(db: string): { check: string; snapshots: number; partial: number; pageless: number; fetchedAt: Map<string, number> } {
  const conn = new BetterSqlite3(db)
  try {
    const check = conn.pragma('quick_check', { simple: true }) as string
    const snapshots = conn.prepare('SELECT count(*) FROM snapshots').pluck().get() as number
    const partial = conn.prepare('SELECT count(*) FROM snapshots s WHERE s.row_count != (SELECT count(*) FROM report_rows r WHERE r.snapshot_id = s.id)').pluck().get() as number
    const pageless = conn.prepare('SELECT count(*) FROM snapshots s WHERE NOT EXISTS (SELECT 1 FROM snapshot_pages p WHERE p.snapshot_id = s.id)').pluck().get() as number
    const fetchedAt = new Map(
      conn.prepare<[], { k: string; fetched_at: number }>("SELECT account_id || report || variant AS k, fetched_at FROM snapshots").all().map((r) => [r.k, r.fetched_at])
    )
    return { check, snapshots, partial, pageless, fetchedAt }
  } finally {
    conn.close()
  }
}

async function untilStarted(db: string, child: ChildProcess): Promise<void> {
  // The run has begun once it recorded itself in sync_runs.
  while (child.exitCode === null) {
    if (existsSync(db)) {
      try {
        const conn = new BetterSqlite3(db, { readonly: true, timeout: 1000 })
        const started = conn.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'sync_runs'").pluck().get() && conn.prepare('SELECT count(*) FROM sync_runs').pluck().get()
        conn.close()
        if (started) return
      } catch {
        // Not readable yet (being created or migrated); try again.
      }
    }
    await new Promise((r) => setTimeout(r, 20))
  }
}

const exited = (child: ChildProcess) => new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', (code) => r(code))))

describe('sync survives SIGKILL', () => {
  it(`stays whole through ${KILLS} kills at random moments, then resumes fetching only what is missing`, async () => {
    const db = join(tempDir(), 'crash.db')
    prepare(db)
    let kills = 0
    let midRun = 0
    while (kills < KILLS) {
      const child = startSync(db)
      await untilStarted(db, child)
      await new Promise((r) => setTimeout(r, Math.random() * 1500))
      const finished = child.exitCode !== null
      child.kill('SIGKILL')
      await exited(child)
      kills++
      const state = inspect(db)
      expect(state.check).toBe('ok')
      expect(state.partial).toBe(0)
      expect(state.pageless).toBe(0)
      expect(state.snapshots).toBeLessThanOrEqual(SNAPSHOTS)
      if (!finished && state.snapshots < SNAPSHOTS) midRun++
      // A run that got to the end leaves nothing to interrupt: start over on an empty cache.
      if (state.snapshots === SNAPSHOTS) prepare(db)
    }
    expect(midRun).toBeGreaterThanOrEqual(20)

    // Resume (from wherever the last kill left it) and let it finish.
    const before = inspect(db)
    const child = startSync(db)
    let out = ''
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()))
    expect(await exited(child)).toBe(0)
    const summary = JSON.parse(out) as { requests: number; snapshots: number; errors: unknown[] }
    expect(summary.errors).toEqual([])
    expect(summary.snapshots).toBe(SNAPSHOTS - before.snapshots)
    const after = inspect(db)
    expect(after).toMatchObject({ check: 'ok', snapshots: SNAPSHOTS, partial: 0, pageless: 0 })
    // What was already whole was not fetched again.
    for (const [key, at] of before.fetchedAt) expect(after.fetchedAt.get(key)).toBe(at)
  }, 240_000)
})
