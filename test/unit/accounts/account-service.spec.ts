// Saved accounts: demo accounts on first run, add / edit / remove / reorder, import and export
// without secrets, connection tests and health, weak-storage consent, persistence.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SecretVault } from '../../../src/main/accounts'
import { createCore, type CoreOptions } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'
import { DEMO_APPS } from '../../../src/main/simulator'
import type { AccountExport, AccountSummary } from '../../../src/shared/accounts'
import { simulatorServerForSuite } from '../../support/simulator-server'
import { tempDir } from '../../support/temp'

const NOW = Date.UTC(2026, 10, 21, 4)
const server = simulatorServerForSuite({ now: () => NOW })

const core = (options: Partial<CoreOptions> = {}) => createCore({ dbPath: ':memory:', logger: silentLogger, now: () => NOW, network: { maxAttempts: 1 }, ...options })
const realToken = DEMO_APPS[1]!.token
const mine = (over: Record<string, unknown> = {}) => ({ name: '我的小程序', kind: 'authorizer' as const, appId: 'sim-1002', baseUrl: server.url, secrets: { token: realToken }, ...over })

describe('accounts', () => {
  it('starts with the demo accounts (the simulator’s apps and its TP), masked, tagged', () => {
    const c = core()
    const list = c.accounts.list()
    expect(list.map((a) => a.id)).toEqual(['demo-sim-1001', 'demo-sim-1002', 'demo-sim-1003', 'demo-sim-1004', 'demo-sim-1005', 'demo-tp-01'])
    expect(list.every((a) => a.demo && a.tags.includes('演示 Demo'))).toBe(true)
    expect(list[0]!.secrets).toEqual({ token: '••••1001' })
    expect(list.at(-1)).toMatchObject({ kind: 'tp', appId: null, secrets: { tpToken: '••••p-01' } })
  })

  it('demo accounts are removable and restorable, without duplicates', () => {
    const c = core()
    expect(c.accounts.remove('demo-sim-1003')).toBe(true)
    expect(c.accounts.list().some((a) => a.id === 'demo-sim-1003')).toBe(false)
    expect(c.accounts.restoreDemo().filter((a) => a.id === 'demo-sim-1003')).toHaveLength(1)
    expect(c.accounts.restoreDemo()).toHaveLength(6)
  })

  it('adds an account with its secrets sealed, shown only as a masked tail', async () => {
    const c = core()
    const added = await c.accounts.add(mine({ secrets: { token: '45.262dcf08e4ac06bb3fd657741a540d40.2592000.1568538447.YaEGtZv0CrUcnG0OokJV4w' } }))
    expect(added).toMatchObject({ name: '我的小程序', kind: 'authorizer', appId: 'sim-1002', baseUrl: server.url, secrets: { token: '••••JV4w' }, tokenExpiresAt: 1568538447000, demo: false })
    expect(JSON.stringify(c.accounts.list())).not.toContain('262dcf08')
    const raw = c.db.prepare('SELECT ciphertext FROM account_secrets WHERE account_id = ?').pluck().get(added.id) as Buffer
    expect(raw.toString('latin1')).not.toContain('262dcf08')
  })

  it.each([
    [{ name: '天鹅示例·生活服务' }, 'already exists'],
    [{ appId: null }, 'app id'],
    [{ secrets: {} }, 'missing token'],
    [{ kind: 'tp-refresh', secrets: { tpToken: '42.x' } }, 'missing refreshToken'],
    [{ kind: 'developer', secrets: { appKey: 'k' } }, 'missing appSecret']
  ])('refuses %j: %s', async (over, message) => {
    await expect(core().accounts.add(mine(over))).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining(message) })
  })

  it('edits fields; omitted secrets stay; a cleared required secret is refused; a new kind keeps only its own secrets', async () => {
    const c = core()
    const a = await c.accounts.add(mine())
    const edited = await c.accounts.update(a.id, { name: '改名了', notes: '客户 A', tags: ['客户A', '重点'] })
    expect(edited).toMatchObject({ name: '改名了', notes: '客户 A', tags: ['客户A', '重点'], secrets: { token: '••••1002' } })
    expect((await c.accounts.test(a.id)).ok).toBe(true)
    await expect(c.accounts.update(a.id, { secrets: { token: '' } })).rejects.toMatchObject({ code: 'invalid_input' })
    const asTp = await c.accounts.update(a.id, { kind: 'tp', secrets: { tpToken: '42.swanboard-demo.tp-01' } })
    expect(asTp).toMatchObject({ kind: 'tp', appId: null, secrets: { tpToken: '••••p-01' } })
    const fields = c.db.prepare('SELECT field FROM account_secrets WHERE account_id = ? ORDER BY field').pluck().all(a.id)
    expect(fields).toEqual(['tpToken'])
    // Renaming a demo account keeps its built-in token.
    expect(await c.accounts.update('demo-sim-1001', { name: '演示一号' })).toMatchObject({ name: '演示一号', secrets: { token: '••••1001' } })
  })

  it('removes an account with its secrets and everything cached for it', async () => {
    const c = core()
    const a = await c.accounts.add(mine())
    await c.sync.start({ accounts: [a.id], reports: ['trend', 'activity'], from: '20251001', to: '20251031' }).done
    const count = (sql: string) => c.db.prepare(sql).pluck().get(a.id) as number
    expect(count('SELECT count(*) FROM snapshots WHERE account_id = ?')).toBe(5)
    expect(count('SELECT count(*) FROM daily_rows WHERE account_id = ?')).toBeGreaterThan(0)
    expect(c.accounts.remove(a.id)).toBe(true)
    expect(count('SELECT count(*) FROM snapshots WHERE account_id = ?')).toBe(0)
    expect(count('SELECT count(*) FROM daily_rows WHERE account_id = ?')).toBe(0)
    expect(count('SELECT count(*) FROM account_secrets WHERE account_id = ?')).toBe(0)
    expect(() => c.accounts.get(a.id)).toThrow(expect.objectContaining({ code: 'not_found' }))
    expect(c.accounts.remove(a.id)).toBe(false)
  })

  it('reorders; accounts not mentioned keep their order after the others', () => {
    const c = core()
    const order = c.accounts.reorder(['demo-tp-01', 'demo-sim-1003']).map((a) => a.id)
    expect(order).toEqual(['demo-tp-01', 'demo-sim-1003', 'demo-sim-1001', 'demo-sim-1002', 'demo-sim-1004', 'demo-sim-1005'])
    expect(() => c.accounts.reorder(['nope'])).toThrow(expect.objectContaining({ code: 'not_found' }))
  })

  it('exports the list without any secret (and without demo accounts), and imports it elsewhere', async () => {
    const c = core()
    await c.accounts.add(mine({ tags: ['客户A'], notes: 'n' }))
    await c.accounts.add(mine({ name: 'TP 平台', kind: 'tp', appId: null, secrets: { tpToken: '42.tp-secret-abcdef' } }))
    const json = c.accounts.exportJson()
    expect(json).not.toMatch(/swanboard-demo|tp-secret|45\.|42\./)
    const data = JSON.parse(json) as AccountExport
    expect(data).toMatchObject({ format: 'swanboard-accounts', version: 1, exportedAt: NOW })
    expect(data.accounts).toEqual([
      { name: '我的小程序', kind: 'authorizer', appId: 'sim-1002', baseUrl: server.url, notes: 'n', tags: ['客户A'] },
      { name: 'TP 平台', kind: 'tp', appId: null, baseUrl: server.url, notes: '', tags: [] }
    ])
    const other = core()
    await other.accounts.add(mine())
    expect(await other.accounts.importJson(json)).toEqual({ added: 1, skipped: ['我的小程序'] })
    // Imported without secrets: listed, and saying a person must add them.
    expect(other.accounts.list().find((a) => a.name === 'TP 平台')).toMatchObject({ secrets: { tpToken: null }, needsAction: 'auth' })
    await expect(other.accounts.importJson('{"format":"other"}')).rejects.toMatchObject({ code: 'invalid_input' })
    await expect(other.accounts.importJson('not json')).rejects.toMatchObject({ code: 'invalid_input' })
  })

  it('tests a connection with one cheap call and records health: success, and an error needing action', async () => {
    const c = core()
    const good = await c.accounts.add(mine())
    const result = await c.accounts.test(good.id)
    expect(result).toMatchObject({ ok: true, error: null })
    expect(result.latencyMs).toBeGreaterThanOrEqual(0)
    expect(c.accounts.get(good.id).summary.health.lastOkAt).toBe(NOW)

    const bad = await c.accounts.add(mine({ name: '坏令牌', secrets: { token: '45.not-a-valid-token-1234' } }))
    const failed = await c.accounts.test(bad.id)
    expect(failed).toMatchObject({ ok: false, error: { code: 'auth', errno: 44004 } })
    expect(c.accounts.get(bad.id).summary).toMatchObject({ needsAction: 'auth', health: { lastError: { code: 'auth', at: NOW } } })
    // A new token and a successful call clear it.
    await c.accounts.update(bad.id, { secrets: { token: realToken } })
    expect((await c.accounts.test(bad.id)).ok).toBe(true)
    expect(c.accounts.get(bad.id).summary.needsAction).toBeNull()

    const tp = await c.accounts.test('demo-tp-01')
    expect(tp.ok).toBe(true)
  })

  it('asks for consent before storing secrets in a weak vault, and remembers it', async () => {
    const weak: SecretVault = { scheme: 'safe-storage', protection: 'basic_text', encrypt: async (p) => Buffer.from(p).reverse(), decrypt: async (c) => Buffer.from(c).reverse().toString() }
    const c = core({ vault: weak })
    await expect(c.accounts.add(mine())).rejects.toMatchObject({ code: 'needs_consent' })
    expect(c.accounts.list().some((a) => a.name === '我的小程序')).toBe(false)
    await c.accounts.add(mine({ allowWeakStorage: true }))
    await expect(c.accounts.add(mine({ name: '第二个' }))).resolves.toMatchObject({ name: '第二个' })
    // Fields without secrets never need it.
    await expect(c.accounts.update('demo-sim-1001', { notes: 'x' })).resolves.toMatchObject({ notes: 'x' })
  })

  it('keeps accounts and their sealed secrets across restarts', async () => {
    const path = join(tempDir(), 'c.db')
    const first = core({ dbPath: path })
    const a = await first.accounts.add(mine())
    first.close()
    const second = core({ dbPath: path })
    expect(second.accounts.list().find((x) => x.id === a.id)).toMatchObject({ name: '我的小程序', secrets: { token: '••••1002' } })
    expect((await second.accounts.test(a.id)).ok).toBe(true)
    // The demo accounts are not seeded again once the user has had them.
    second.accounts.remove('demo-sim-1001')
    second.close()
    expect(core({ dbPath: path }).accounts.list().some((x: AccountSummary) => x.id === 'demo-sim-1001')).toBe(false)
  })

  it('tells the host when the list changes', async () => {
    const c = core()
    const seen: AccountSummary[][] = []
    c.subscribe((event, payload) => event === 'accounts:changed' && seen.push(payload as AccountSummary[]))
    await c.accounts.add(mine())
    await new Promise((r) => setTimeout(r, 700))
    expect(seen.at(-1)!.some((a) => a.name === '我的小程序')).toBe(true)
  })
})
