// One-use refresh tokens against the simulator: one refresh for many concurrent callers, no step
// of a refresh whose interruption loses the account, and an expiry mid-sync handled once.
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FileKeyVault } from '../../../src/main/accounts'
import { createCore, keyFilePath } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'
import { DEMO_TP_TOKEN } from '../../../src/main/simulator'
import type { SyncProgress } from '../../../src/shared/sync'
import { simulatorServerForSuite } from '../../support/simulator-server'
import { tempDir } from '../../support/temp'

const APP = 'sim-1002'
const CHILD = resolve(__dirname, '../../support/refresh-crash-child.ts')
const server = simulatorServerForSuite()

const refreshes = () => server.sim.control.stats().refreshes[APP] ?? 0

async function withAccount(dbPath: string, name = 'TP 托管') {
  const core = createCore({ dbPath, logger: silentLogger, network: { backoffBaseMs: 1, backoffCapMs: 5 }, settings: { accountRequestsPerSecond: 200 } })
  const account = await core.accounts.add({ name, kind: 'tp-refresh', appId: APP, baseUrl: server.url, secrets: { tpToken: DEMO_TP_TOKEN, refreshToken: server.sim.control.issueRefreshToken(APP) } })
  return { core, account, client: core.accounts.get(account.id).client }
}

const oneDay = (day = '20251001') => ({ report: 'trend' as const, variant: { gran: 'day' }, from: day, to: day })

describe('token refresh', () => {
  it('20 concurrent requests needing a token trigger exactly one refresh', async () => {
    const before = refreshes()
    const { client, core, account } = await withAccount(join(tempDir(), 'c.db'))
    const days = Array.from({ length: 20 }, (_, i) => `202510${String(i + 1).padStart(2, '0')}`)
    const results = await Promise.all(days.map((d) => client.fetch(oneDay(d))))
    expect(results.every((r) => r.data.rows.length === 1)).toBe(true)
    expect(refreshes() - before).toBe(1)
    // The expiry of the token it got is known and shown.
    expect(core.accounts.get(account.id).summary.tokenExpiresAt).toBeGreaterThan(Date.now() + 50 * 60_000)
    core.close()
  })

  it('renews before expiry instead of letting a call fail', async () => {
    let now = Date.now()
    const path = join(tempDir(), 'c.db')
    const { core } = await withAccount(path)
    core.close()
    const clocked = createCore({ dbPath: path, logger: silentLogger, now: () => now })
    const client = clocked.accounts.list().map((a) => clocked.accounts.get(a.id)).find((e) => e.summary.name === 'TP 托管')!.client
    await client.fetch(oneDay())
    const before = refreshes()
    now += 56 * 60_000 // within five minutes of the hour-long token's end
    await client.fetch(oneDay('20251002'))
    expect(refreshes() - before).toBe(1)
    clocked.close()
  })

  it.each(['prepared', 'answered', 'committed'] as const)('a process killed after the "%s" step never loses the account', async (step) => {
    const path = join(tempDir(), 'c.db')
    const { core } = await withAccount(path, 'crashy')
    core.close()
    const before = refreshes()
    const code = await new Promise<number | null>((done) => {
      // One process (no tsx wrapper), so the signal that ends it is the one it sent itself.
      const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, 'crashy', step], { stdio: 'ignore' })
      child.on('exit', (c, signal) => done(signal === 'SIGKILL' ? -9 : c))
    })
    expect(code).toBe(-9)
    // After the crash: a new process opens the same cache and the account still works.
    const after = createCore({ dbPath: path, logger: silentLogger })
    const entry = after.accounts.list().find((a) => a.name === 'crashy')!
    const fetched = await after.accounts.get(entry.id).client.fetch(oneDay('20251003'))
    expect(fetched.data.rows).toHaveLength(1)
    expect(after.accounts.get(entry.id).summary.needsAction).toBeNull()
    // Killed before the request went out, the refresh happens afterwards; killed after the answer
    // arrived, the journaled answer is used and Baidu is not asked again.
    expect(refreshes() - before).toBe(1)
    expect(after.db.prepare('SELECT count(*) FROM refresh_journal').pluck().get()).toBe(0)
    after.close()
  })

  it('a process killed after the answer arrived but before it was journaled ("received") keeps the account and says to re-authorize', async () => {
    const path = join(tempDir(), 'c.db')
    const { core, account } = await withAccount(path, 'received')
    // A week of cached data and a committed refresh before the crash.
    const week = { accountId: account.id, report: 'trend' as const, variant: { gran: 'day' }, from: '20251001', to: '20251007' }
    expect((await core.reports.get(week)).data.rows).toHaveLength(7)
    const secretsOf = (db: typeof core.db) =>
      db.prepare('SELECT field, scheme, ciphertext, masked FROM account_secrets WHERE account_id = ? ORDER BY field').all(account.id) as { field: string; ciphertext: Buffer }[]
    const cachedRows = (db: typeof core.db) => db.prepare('SELECT (SELECT count(*) FROM snapshots WHERE account_id = ?) + (SELECT count(*) FROM daily_rows WHERE account_id = ?)').pluck().get(account.id, account.id)
    const secretsBefore = secretsOf(core.db)
    const rowsBefore = cachedRows(core.db)
    expect(rowsBefore).toBeGreaterThan(0)
    const held = await new FileKeyVault(keyFilePath(path)).decrypt(secretsBefore.find((s) => s.field === 'refreshToken')!.ciphertext)
    // The access token is due for renewal, so the next call refreshes.
    core.db.prepare('UPDATE accounts SET token_expires_at = ? WHERE id = ?').run(Date.now() - 1, account.id)
    core.close()

    const before = refreshes()
    const code = await new Promise<number | null>((done) => {
      const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, 'received', 'received'], { stdio: 'ignore' })
      child.on('exit', (c, signal) => done(signal === 'SIGKILL' ? -9 : c))
    })
    expect(code).toBe(-9)
    // Baidu answered (and spent the held refresh token); the answer died with the process.
    expect(refreshes() - before).toBe(1)
    expect(server.sim.control.tokens.info(held)).toMatchObject({ used: true })

    let oauthCalls = 0
    const after = createCore({
      dbPath: path,
      logger: silentLogger,
      network: { backoffBaseMs: 1, backoffCapMs: 5 },
      wrapFetch: (fetch) => (url, init) => ((oauthCalls += String(url).includes('/oauth/token') ? 1 : 0), fetch(url, init))
    })
    // Nothing is lost: the account, every secret (the held refresh token among them), the cache.
    expect(after.accounts.list().find((a) => a.id === account.id)).toMatchObject({ name: 'received', kind: 'tp-refresh', appId: APP, baseUrl: server.url })
    expect(secretsOf(after.db)).toEqual(secretsBefore)
    expect(cachedRows(after.db)).toBe(rowsBefore)
    expect(after.db.prepare('SELECT answer FROM refresh_journal WHERE account_id = ?').pluck().get(account.id)).toBeNull()

    // The next use asks Baidu once, learns the token is spent, and says what to do: no loop, no crash.
    await expect(after.accounts.get(account.id).client.fetch(oneDay('20251010'))).rejects.toMatchObject({ code: 'auth', problem: 'refresh_token' })
    expect(oauthCalls).toBe(1)
    const summary = after.accounts.get(account.id).summary
    expect(summary).toMatchObject({ needsAction: 'auth', authProblem: 'refresh_token' })
    expect(summary.health.lastError?.message).toMatch(/cut off before its answer was saved.*Re-authorize the smart program/)
    expect(after.db.prepare('SELECT count(*) FROM refresh_journal').pluck().get()).toBe(0)
    // The cached week is still served, marked stale and why.
    await expect(after.reports.get(week, { refresh: true })).resolves.toMatchObject({ source: 'cache', staleBecause: 'auth', data: { total: 7 } })
    // A sync stops at the account's first auth error instead of asking again and again.
    const synced = await after.sync.start({ accounts: [account.id], reports: ['trend', 'activity', 'retention'], from: '20250101', to: '20251231' }).done
    expect(synced.errors.map((e) => e.code)).toContain('auth')
    expect(oauthCalls).toBe(1)
    // Re-authorized: a new refresh token brings it back.
    await after.accounts.update(account.id, { secrets: { refreshToken: server.sim.control.issueRefreshToken(APP) } })
    await expect(after.accounts.get(account.id).client.fetch(oneDay())).resolves.toBeTruthy()
    expect(after.accounts.get(account.id).summary.needsAction).toBeNull()
    after.close()
  })

  it('an answer lost on the wire (reset) spends the token; the account then says exactly what to do', async () => {
    const { core, client, account } = await withAccount(join(tempDir(), 'c.db'), 'lost')
    server.sim.control.failNext('reset', 1, 'oauth.refresh')
    // The reset is retried like any network failure; the retry finds the refresh token spent.
    await expect(client.fetch(oneDay())).rejects.toMatchObject({ code: 'auth' })
    const summary = core.accounts.get(account.id).summary
    expect(summary.needsAction).toBe('auth')
    expect(summary.health.lastError?.message).toMatch(/refresh was cut off.*new refresh token/)
    // A new refresh token from the TP backend brings it back.
    await core.accounts.update(account.id, { secrets: { refreshToken: server.sim.control.issueRefreshToken(APP) } })
    await expect(core.accounts.get(account.id).client.fetch(oneDay())).resolves.toBeTruthy()
    expect(core.accounts.get(account.id).summary.needsAction).toBeNull()
    core.close()
  })

  it('an access token expiring mid-sync is refreshed once and the sync finishes', async () => {
    const { core, account } = await withAccount(join(tempDir(), 'c.db'), 'sync')
    await core.accounts.test(account.id)
    const before = refreshes()
    let advanced = false
    core.subscribe((event, payload) => {
      if (event === 'sync:progress' && !advanced && (payload as SyncProgress).requestsDone >= 10) {
        advanced = true
        server.sim.control.advanceClock(3601 * 1000) // every authorizer token issued so far expires
      }
    })
    const summary = await core.sync.start({ accounts: [account.id], reports: ['trend', 'activity', 'retention'], from: '20250101', to: '20251231' }).done
    expect(advanced).toBe(true)
    expect(summary.errors).toEqual([])
    expect(summary.snapshots).toBe(11)
    expect(refreshes() - before).toBe(1)
    core.close()
  })
})
