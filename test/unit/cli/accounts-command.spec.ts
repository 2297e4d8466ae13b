// `swanboard accounts list|add|remove` and `sync --account` with a saved account.
import BetterSqlite3 from 'better-sqlite3'
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEMO_APPS, DEMO_TP_TOKEN } from '../../../src/main/simulator'
import type { AccountSummary } from '../../../src/shared/accounts'
import { runProgram as run } from '../../support/run-program'
import { simulatorServerForSuite } from '../../support/simulator-server'
import { tempDir } from '../../support/temp'

const server = simulatorServerForSuite()

describe('swanboard accounts', () => {
  it('adds accounts of every kind, lists them masked, removes one; sync --account uses the saved one', async () => {
    const db = join(tempDir(), 'c.db')
    const base = ['--base-url', server.url, '--db', db]
    expect((await run(['accounts', 'add', '--name', '授权', '--kind', 'authorizer', '--app-id', 'sim-1002', '--token', DEMO_APPS[1]!.token, '--tags', '客户A,重点', ...base])).code).toBe(0)
    // Secrets from the environment keep them out of shell history.
    const env = { SWANBOARD_TP_TOKEN: DEMO_TP_TOKEN, SWANBOARD_REFRESH_TOKEN: '46.swanboard-demo.sim-1003' }
    expect((await run(['accounts', 'add', '--name', '托管', '--kind', 'tp-refresh', '--app-id', 'sim-1003', ...base], env)).code).toBe(0)
    expect((await run(['accounts', 'add', '--name', '开发者', '--kind', 'developer', '--app-id', 'sim-1001', '--app-key', 'swanboard-demo-key-sim-1001', '--app-secret', 'swanboard-demo-secret-sim-1001', ...base])).code).toBe(0)
    expect((await run(['accounts', 'add', '--name', '平台', '--kind', 'tp', '--tp-token', DEMO_TP_TOKEN, ...base])).code).toBe(0)

    const listed = JSON.parse((await run(['accounts', 'list', '--db', db, '--json'])).out) as AccountSummary[]
    const mine = listed.filter((a) => !a.demo)
    expect(mine.map((a) => [a.name, a.kind, a.appId, a.secrets])).toEqual([
      ['授权', 'authorizer', 'sim-1002', { token: '••••1002' }],
      ['托管', 'tp-refresh', 'sim-1003', { tpToken: '••••p-01', refreshToken: '••••1003' }],
      ['开发者', 'developer', 'sim-1001', { appKey: '••••1001', appSecret: '••••1001' }],
      ['平台', 'tp', null, { tpToken: '••••p-01' }]
    ])
    expect(mine[0]!.tags).toEqual(['客户A', '重点'])
    const table = (await run(['accounts', 'list', '--db', db])).out
    expect(table).toContain('托管')
    expect(table).toContain('••••1003')

    for (const name of ['授权', '托管', '开发者']) {
      const synced = await run(['sync', '--account', name, '--from', '20251001', '--to', '20251007', '--reports', 'trend', '--db', db, '--json'])
      expect(JSON.parse(synced.out), name).toMatchObject({ snapshots: 4, errors: [] })
    }
    expect(JSON.parse((await run(['sync', '--account', '平台', '--from', '20251001', '--to', '20251007', '--db', db, '--json'])).out)).toMatchObject({ snapshots: 1, errors: [] })

    const removed = await run(['accounts', 'remove', '开发者', '--db', db])
    expect(removed).toMatchObject({ code: 0, out: expect.stringContaining('Removed 开发者') })
    expect((JSON.parse((await run(['accounts', 'list', '--db', db, '--json'])).out) as AccountSummary[]).some((a) => a.name === '开发者')).toBe(false)
  })

  it('lists an account Baidu refused with what to renew', async () => {
    const db = join(tempDir(), 'c.db')
    const base = ['--base-url', server.url, '--db', db]
    expect((await run(['accounts', 'add', '--name', 'Stale TP', '--kind', 'tp', '--tp-token', '42.swanboard-demo.revoked', ...base])).code).toBe(0)
    const synced = await run(['sync', '--account', 'Stale TP', '--from', '20251001', '--to', '20251007', '--db', db, '--json'])
    expect(JSON.parse(synced.out).errors).toHaveLength(1)
    const line = (await run(['accounts', 'list', '--db', db])).out.split('\n').find((l) => l.includes('Stale TP'))
    expect(line).toContain('needs action: auth (enter a new TP token)')
  })

  it('refuses what is incomplete or clashing, with exit code 2', async () => {
    const db = join(tempDir(), 'c.db')
    expect((await run(['accounts', 'add', '--name', 'x', '--kind', 'nope', '--db', db])).code).toBe(2)
    const missing = await run(['accounts', 'add', '--name', 'x', '--kind', 'authorizer', '--app-id', 'a', '--db', db])
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('missing token')
    expect((await run(['accounts', 'add', '--name', '天鹅示例·生活服务', '--kind', 'tp', '--tp-token', '42.x', '--db', db])).code).toBe(2)
    expect((await run(['accounts', 'remove', 'nobody', '--db', db])).code).toBe(2)
  })

  it('says on stderr where a damaged cache was kept, and refuses a newer one with exit 1', async () => {
    const dir = tempDir()
    const db = join(dir, 'swanboard.db')
    writeFileSync(db, 'garbage '.repeat(500))
    const listed = await run(['accounts', 'list', '--db', db, '--json'])
    expect(listed.code).toBe(0)
    expect((JSON.parse(listed.out) as AccountSummary[]).every((a) => a.demo)).toBe(true)
    const kept = readdirSync(dir).find((f) => f.startsWith('swanboard.db.damaged-'))!
    expect(listed.err).toContain(`damaged and has been kept aside as ${join(dir, kept)}`)

    const raw = new BetterSqlite3(db)
    raw.pragma('user_version = 999')
    raw.close()
    for (const args of [['accounts', 'list'], ['accounts', 'remove', 'x'], ['accounts', 'add', '--name', 'x', '--kind', 'tp', '--tp-token', DEMO_TP_TOKEN]]) {
      const refused = await run([...args, '--db', db])
      expect(refused.code, args.join(' ')).toBe(1)
      expect(refused.err).toContain('was written by a newer Swanboard (schema 999')
    }
    const untouched = new BetterSqlite3(db, { readonly: true })
    expect(untouched.pragma('user_version', { simple: true })).toBe(999)
    untouched.close()
  })
})

