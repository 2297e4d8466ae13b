// A `swanboard sync` killed with SIGKILL part-way: the next start offers exactly that run, a sync
// that does not cover it says so in one line on stderr, and running it again fetches only what is
// missing and stops the offer.
import BetterSqlite3 from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'
import { DEMO_APPS } from '../../../src/main/simulator'
import { openCache, SettingsRepository } from '../../../src/main/store'
import { runProgram } from '../../support/run-program'
import { tempDir } from '../../support/temp'

const BIN = resolve(__dirname, '../../../bin/swanboard.mjs')
const SYNC = ['sync', '--demo', '--from', '20250601', '--to', '20250630', '--reports', 'trend,activity', '--json']
// 5 apps × (trend 4 + activity 1 variants); the TP account has neither report
const SNAPSHOTS = 5 * 5

const cli = (args: string[], lang = 'en_US.UTF-8') => runProgram(args, { LANG: lang })

function requestsDone(db: string): number {
  if (!existsSync(db)) return 0
  try {
    const conn = new BetterSqlite3(db, { readonly: true, timeout: 1000 })
    try {
      return (conn.prepare('SELECT max(requests_done) FROM sync_runs').pluck().get() as number | null) ?? 0
    } finally {
      conn.close()
    }
  } catch {
    // Being created or migrated: not readable yet.
    return 0
  }
}

/** Runs the sync in its own process and kills it with SIGKILL once it has made requests. */
async function killedMidRun(db: string): Promise<void> {
  const child = spawn(process.execPath, [BIN, ...SYNC, '--db', db], { stdio: 'ignore' })
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)))
  while (child.exitCode === null && requestsDone(db) === 0) await new Promise((r) => setTimeout(r, 20))
  expect(child.exitCode).toBeNull()
  child.kill('SIGKILL')
  await exited
}

function snapshotCount(db: string): number {
  const conn = new BetterSqlite3(db, { readonly: true })
  try {
    return conn.prepare('SELECT count(*) FROM snapshots').pluck().get() as number
  } finally {
    conn.close()
  }
}

describe('swanboard sync after a crash', () => {
  it('offers the killed run, hints about it to other syncs, and resumes it fetching only what is missing', async () => {
    const db = join(tempDir(), 'crash.db')
    // 4 requests a second per account: slow enough to be killed in the middle of the run.
    const cache = openCache(db)
    new SettingsRepository(cache.db).set({ accountRequestsPerSecond: 4 })
    cache.db.close()
    await killedMidRun(db)
    const written = snapshotCount(db)
    expect(written).toBeLessThan(SNAPSHOTS)

    const core = createCore({ dbPath: db, logger: silentLogger })
    const offer = core.sync.interrupted()
    const demoIds = core.accounts.list().filter((a) => a.demo).map((a) => a.id)
    core.close()
    expect(demoIds).toHaveLength(DEMO_APPS.length + 1)
    expect(offer).toMatchObject({
      request: { accounts: demoIds, reports: ['trend', 'activity'], from: '20250601', to: '20250630' }
    })
    expect(offer!.requestsDone).toBeGreaterThan(0)
    expect(offer!.requestsTotal).toBeGreaterThan(offer!.requestsDone)

    // A sync that does not cover it says so on stderr, in the user's language, and leaves it offered.
    const other = ['sync', '--account', 'demo-sim-1001', '--from', '20250101', '--to', '20250101', '--reports', 'activity', '--json', '--db', db]
    const en = await cli(other)
    expect(en.code).toBe(0)
    expect(en.err.trim().split('\n')).toHaveLength(1)
    expect(en.err).toContain(`was interrupted after ${offer!.requestsDone} of ${offer!.requestsTotal} requests`)
    expect(en.err).toContain('trend,activity; 20250601–20250630')
    expect(en.err).toContain('Run that sync again to fetch only what is missing')
    const zh = await cli(other, 'zh_CN.UTF-8')
    expect(zh.err).toContain(`在完成 ${offer!.requestsDone}/${offer!.requestsTotal} 个请求后中断`)

    // The same sync again: no hint, only the missing snapshots, and nothing left to offer.
    const resumed = await cli([...SYNC, '--db', db])
    expect(resumed.err).toBe('')
    expect(resumed.code).toBe(0)
    expect(JSON.parse(resumed.out)).toMatchObject({ snapshots: SNAPSHOTS - written, errors: [] })
    expect(snapshotCount(db)).toBe(SNAPSHOTS + 1)
    const after = createCore({ dbPath: db, logger: silentLogger })
    expect(after.sync.interrupted()).toBeNull()
    after.close()
    expect((await cli(other)).err).toBe('')
  }, 60_000)
})
