// `swanboard sync` through the real command parser: scopes, the JSON summary, exit codes, the
// demo accounts through an HTTP simulator with --base-url, and what it says about the cache file.
import BetterSqlite3 from 'better-sqlite3'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEMO_APPS } from '../../../src/main/simulator'
import { openCache } from '../../../src/main/store'
import { runProgram as cli } from '../../support/run-program'
import { simulatorServerForSuite } from '../../support/simulator-server'
import { tempDir } from '../../support/temp'

const server = simulatorServerForSuite()

const run = (args: string[], env: Record<string, string> = {}) => cli(['sync', ...args], env)

const RANGE = ['--from', '20250101', '--to', '20250115']

describe('swanboard sync', () => {
  it('--demo --json prints only the summary; a second run makes 0 requests', async () => {
    const db = join(tempDir(), 'c.db')
    const first = await run(['--demo', ...RANGE, '--db', db, '--json', '--reports', 'trend,region,tp'])
    expect(first.err).toBe('')
    expect(first.code).toBe(0)
    const summary = JSON.parse(first.out) as Record<string, unknown>
    expect(Object.keys(summary)).toEqual(['requests', 'rows', 'snapshots', 'errors', 'durationMs'])
    // 5 apps × (4 trend grans + region) + the TP's summary
    expect(summary).toMatchObject({ snapshots: 26, errors: [] })
    const again = JSON.parse((await run(['--demo', ...RANGE, '--db', db, '--json', '--reports', 'trend,region,tp'])).out)
    expect(again).toMatchObject({ requests: 0, snapshots: 0 })
  })

  it('--account syncs one account, found by name or id; the default database is SWANBOARD_DB', async () => {
    const db = join(tempDir(), 'env.db')
    const byName = await run(['--account', '天鹅示例·资讯阅读', ...RANGE, '--json', '--reports', 'activity'], { SWANBOARD_DB: db })
    expect(JSON.parse(byName.out)).toMatchObject({ snapshots: 1 })
    const byId = await run(['--account', 'demo-sim-1003', ...RANGE, '--json', '--reports', 'activity'], { SWANBOARD_DB: db })
    expect(JSON.parse(byId.out)).toMatchObject({ snapshots: 1 })
    expect((await run(['--account', 'nobody', ...RANGE, '--json', '--db', db])).code).toBe(2)
  })

  it('--base-url syncs the demo accounts through that HTTP simulator', async () => {
    server.sim.control.resetStats()
    const db = join(tempDir(), 'http.db')
    const r = await run(['--demo', ...RANGE, '--db', db, '--json', '--reports', 'habits', '--base-url', server.url])
    expect(JSON.parse(r.out)).toMatchObject({ snapshots: 20, errors: [] })
    expect(server.sim.control.stats().requests['getanalysisvisitcharacter']).toBe(20)
  })

  it('exits 1 and lists the errors when some tasks fail, 2 on bad arguments', async () => {
    const db = join(tempDir(), 'err.db')
    server.sim.control.setIpWhitelisted(false)
    try {
      const r = await run(['--demo', ...RANGE, '--db', db, '--json', '--reports', 'region', '--base-url', server.url])
      expect(r.code).toBe(1)
      const summary = JSON.parse(r.out) as { errors: { code: string }[]; snapshots: number }
      expect(summary.snapshots).toBe(0)
      expect(summary.errors).toHaveLength(5)
      expect(summary.errors.every((e) => e.code === 'ip_whitelist')).toBe(true)
    } finally {
      server.sim.control.setIpWhitelisted(true)
    }
    expect((await run([...RANGE, '--db', db])).code).toBe(2)
    expect((await run(['--demo', '--all', ...RANGE, '--db', db])).code).toBe(2)
    expect((await run(['--demo', ...RANGE, '--db', db, '--reports', 'trend,nope'])).code).toBe(2)
    // A list that names nothing is a mistake, not "sync nothing" (the same rule as export's).
    expect((await run(['--demo', ...RANGE, '--db', db, '--reports', ' , '])).code).toBe(2)
    expect((await run(['--demo', '--from', '20250115', '--to', '20250101', '--db', db])).code).toBe(2)
  })

  it('without --json prints a readable summary', async () => {
    const r = await run(['--demo', ...RANGE, '--db', join(tempDir(), 'h.db'), '--reports', 'portrait'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^Synced 5 snapshots, \d+ rows in [\d.]+ s with 5 requests\.\n$/)
  })

  it('--all syncs every saved account (and the demo ones); one whose token is refused fails alone', async () => {
    const db = join(tempDir(), 'all.db')
    const add = (name: string, app: string, token: string) =>
      cli(['accounts', 'add', '--name', name, '--kind', 'authorizer', '--app-id', app, '--token', token, '--base-url', server.url, '--db', db])
    expect((await add('甲', 'sim-1002', DEMO_APPS[1]!.token)).code).toBe(0)
    expect((await add('乙', 'sim-1004', DEMO_APPS[3]!.token)).code).toBe(0)
    expect((await add('丙', 'sim-1005', '45.not-a-token-the-api-knows')).code).toBe(0)
    server.sim.control.resetStats()
    const r = await run(['--all', ...RANGE, '--db', db, '--json', '--reports', 'habits'])
    expect(r.code).toBe(1)
    const summary = JSON.parse(r.out) as { snapshots: number; errors: { accountId: string; code: string }[] }
    // The saved accounts go over HTTP: 2 × 4 habits variants, and the refused one's first asks
    // (its account stops at the first auth error); the 5 demo apps stay in-process.
    expect(server.sim.control.stats().requests['getanalysisvisitcharacter']).toBeGreaterThan(2 * 4)
    expect(summary.snapshots).toBe(2 * 4 + 5 * 4)
    expect(summary.errors).toHaveLength(4)
    expect(summary.errors.every((e) => e.code === 'auth')).toBe(true)
    const saved = JSON.parse((await cli(['accounts', 'list', '--db', db, '--json'])).out) as { id: string; name: string }[]
    expect(new Set(summary.errors.map((e) => e.accountId))).toEqual(new Set([saved.find((a) => a.name === '丙')!.id]))
  })

  it('--refresh fetches a cached range again', async () => {
    const db = join(tempDir(), 'refresh.db')
    const args = ['--account', 'demo-sim-1001', ...RANGE, '--db', db, '--json', '--reports', 'region,trend']
    const first = JSON.parse((await run(args)).out) as { requests: number; snapshots: number }
    expect(JSON.parse((await run(args)).out)).toMatchObject({ requests: 0, snapshots: 0 })
    expect(JSON.parse((await run([...args, '--refresh'])).out)).toMatchObject({ requests: first.requests, snapshots: first.snapshots, errors: [] })
  })

  it('warns on stderr where a damaged cache file was kept, then syncs into a fresh one', async () => {
    const dir = tempDir()
    const db = join(dir, 'swanboard.db')
    writeFileSync(db, 'not a database, just bytes '.repeat(100))
    const r = await run(['--demo', ...RANGE, '--db', db, '--json', '--reports', 'portrait'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ snapshots: 5, errors: [] })
    const kept = readdirSync(dir).find((f) => f.startsWith('swanboard.db.damaged-'))!
    expect(readFileSync(join(dir, kept), 'utf8')).toContain('not a database')
    expect(r.err).toContain(`swanboard: warning: the local cache file was damaged and has been kept aside as ${join(dir, kept)}`)
    // In Chinese when the terminal is.
    writeFileSync(db, 'damaged again '.repeat(100))
    expect((await run(['--demo', ...RANGE, '--db', db, '--json', '--reports', 'portrait'], { LANG: 'zh_CN.UTF-8' })).err).toContain('本地缓存文件已损坏')
    // A sound cache opens without a word.
    expect((await run(['--demo', ...RANGE, '--db', db, '--json', '--reports', 'portrait'])).err).toBe('')
  })

  it('refuses a cache written by a newer Swanboard: exit 1, a clear message, the file untouched', async () => {
    const dir = tempDir()
    const db = join(dir, 'newer.db')
    openCache(db).db.close()
    const raw = new BetterSqlite3(db)
    raw.pragma('user_version = 999')
    raw.close()
    const before = readFileSync(db)
    const r = await run(['--demo', ...RANGE, '--db', db, '--json'])
    expect(r).toMatchObject({ code: 1, out: '' })
    expect(r.err).toMatch(/^swanboard: the cache .+ was written by a newer Swanboard \(schema 999; this version knows up to \d+\)/)
    expect(r.err).toContain(db)
    expect(r.err).toContain('Update Swanboard')
    expect(readFileSync(db).equals(before)).toBe(true)
    expect(readdirSync(dir).filter((f) => f.includes('damaged'))).toEqual([])
    expect(existsSync(db)).toBe(true)
  })
})
