import { describe, expect, it } from 'vitest'
import { useAccountManagerStore } from '../../src/renderer/src/stores/account-manager'
import { useAccountsStore } from '../../src/renderer/src/stores/accounts'
import { deferred, DEMO_ACCOUNT, fail, ok } from './support/fake-bridge'
import type { AccountSummary } from '../../src/shared/accounts'
import type { Envelope } from '../../src/shared/errors'
import { account } from './support/fixtures'
import { harness } from './support/mount'

const A = account({ id: 'a', name: '商城' })
const B = account({ id: 'b', name: '资讯', tags: ['内容'] })
const C = account({ id: 'c', name: '团购' })

async function loaded(list = [A, B, C]) {
  const h = harness()
  h.fake.setStoredAccounts(list)
  const accounts = useAccountsStore()
  await accounts.load()
  return { ...h, accounts }
}

describe('accounts store', () => {
  it('lists in the user\'s order, grouped by tag for display, and selects the first shown', async () => {
    const { accounts } = await loaded()
    expect(accounts.list.map((a) => a.id)).toEqual(['a', 'b', 'c'])
    expect(accounts.groups.map((g) => g.tag)).toEqual(['内容', null])
    expect(accounts.ordered.map((a) => a.id)).toEqual(['b', 'a', 'c'])
    expect(accounts.selectedId).toBe('b')
    expect(accounts.loaded).toBe(true)
  })

  it('reopens on the account chosen last time, when it still exists', async () => {
    localStorage.clear()
    const first = await loaded([{ ...DEMO_ACCOUNT }, A, C])
    expect(first.accounts.selectedId).toBe(DEMO_ACCOUNT.id)
    first.accounts.select('c')
    const again = await loaded([{ ...DEMO_ACCOUNT }, A, C])
    expect(again.accounts.selectedId).toBe('c')
    // Gone since: back to a demo account.
    const gone = await loaded([{ ...DEMO_ACCOUNT }, A])
    expect(gone.accounts.selectedId).toBe(DEMO_ACCOUNT.id)
    localStorage.clear()
  })

  it('replaces the whole list on accounts:changed, keeping the selection while it exists', async () => {
    const { accounts, fake } = await loaded()
    accounts.select('c')
    const C2 = { ...C, name: '团购（新）', needsAction: 'ip_whitelist' as const }
    fake.emit('accounts:changed', [C2, A])
    expect(accounts.list).toEqual([C2, A])
    expect(accounts.selectedId).toBe('c')
    expect(accounts.selected?.name).toBe('团购（新）')
    expect(accounts.needingAction.map((a) => a.id)).toEqual(['c'])
  })

  it('keeps a pushed list that overtook the answer to the list call', async () => {
    const { fake } = harness()
    const answer = deferred<Envelope<AccountSummary[]>>()
    fake.bridge.accountsList.mockReturnValueOnce(answer.promise)
    const accounts = useAccountsStore()
    const loading = accounts.load()
    fake.emit('accounts:changed', [A, B])
    answer.resolve(ok([A]))
    await loading
    expect(accounts.list.map((a) => a.id)).toEqual(['a', 'b'])
    expect(accounts.loading).toBe(false)
  })

  it('falls back to the first remaining account when the selected one goes', async () => {
    const { accounts, fake } = await loaded()
    accounts.select('a')
    fake.setStoredAccounts([B, C])
    fake.emit('accounts:changed', [B, C])
    expect(accounts.selectedId).toBe('b')

    accounts.select('c')
    await accounts.remove('c')
    expect(fake.bridge.accountsRemove).toHaveBeenCalledWith({ id: 'c' })
    expect(accounts.list.map((a) => a.id)).toEqual(['b'])
    expect(accounts.selectedId).toBe('b')

    await accounts.remove('b')
    expect(accounts.list).toEqual([])
    expect(accounts.selectedId).toBeNull()
  })

  it('applies the answers of add and update even when no event comes', async () => {
    const { accounts, fake } = await loaded()
    // main's answer alone, without the push.
    fake.bridge.accountsAdd.mockResolvedValueOnce(ok(account({ id: 'new', name: '新账号' })))
    const added = await accounts.add({ name: '新账号', kind: 'authorizer', appId: 'x', secrets: { token: '45.secret' } })
    expect(added.id).toBe('new')
    expect(accounts.list.map((a) => a.id)).toEqual(['a', 'b', 'c', 'new'])

    fake.bridge.accountsUpdate.mockResolvedValueOnce(ok({ ...A, name: '商城（正式）' }))
    await accounts.update('a', { name: '商城（正式）' })
    expect(fake.bridge.accountsUpdate).toHaveBeenCalledWith({ id: 'a', change: { name: '商城（正式）' } })
    expect(accounts.list.find((a) => a.id === 'a')?.name).toBe('商城（正式）')
    expect(accounts.list).toHaveLength(4)
  })

  it('keeps no secret: the stored list holds only what main answered', async () => {
    const { accounts } = await loaded()
    await accounts.add({ name: '新账号', kind: 'authorizer', appId: 'x', secrets: { token: '45.very-secret-token' } })
    expect(JSON.stringify(accounts.$state)).not.toContain('very-secret')
    expect(accounts.list.at(-1)?.secrets).toEqual({ token: '••••oken' })
  })

  it('moves within a group and sends the whole new order', async () => {
    const { accounts, fake } = await loaded()
    expect(await accounts.move('c', -1)).toBe(true)
    expect(fake.bridge.accountsReorder).toHaveBeenCalledWith({ ids: ['b', 'c', 'a'] })
    expect(accounts.ordered.map((a) => a.id)).toEqual(['b', 'c', 'a'])
    // Already first of its group: nothing is sent.
    expect(await accounts.move('b', -1)).toBe(false)
    expect(fake.bridge.accountsReorder).toHaveBeenCalledTimes(1)
  })

  it('puts the order back when main refuses it', async () => {
    const { accounts, fake } = await loaded()
    fake.bridge.accountsReorder.mockResolvedValueOnce(fail('invalid_input'))
    await expect(accounts.move('a', 1)).rejects.toMatchObject({ code: 'invalid_input' })
    expect(accounts.list.map((a) => a.id)).toEqual(['a', 'b', 'c'])
  })

  it('asks for the list again after an import added accounts', async () => {
    const { accounts, fake } = await loaded([A])
    fake.bridge.accountsImport.mockImplementationOnce(async () => {
      fake.setStoredAccounts([A, B, C])
      return ok({ added: 2, skipped: ['商城'] })
    })
    const result = await accounts.importJson('{"format":"swanboard-accounts"}')
    expect(fake.bridge.accountsImport).toHaveBeenCalledWith({ json: '{"format":"swanboard-accounts"}' })
    expect(result).toEqual({ added: 2, skipped: ['商城'] })
    expect(accounts.list.map((a) => a.id)).toEqual(['a', 'b', 'c'])
  })

  it('restores the demo accounts and selects one when nothing was left', async () => {
    const { accounts } = await loaded([])
    expect(accounts.selectedId).toBeNull()
    await accounts.restoreDemo()
    expect(accounts.list).toEqual([DEMO_ACCOUNT])
    expect(accounts.selectedId).toBe('demo')
  })

  it('stops listening when disposed', async () => {
    const { accounts, fake } = await loaded()
    expect(fake.listenerCount('accounts:changed')).toBe(1)
    accounts.dispose()
    expect(fake.listenerCount('accounts:changed')).toBe(0)
  })
})

describe('account manager store', () => {
  it('keeps each connection test per account, including a call that failed outright', async () => {
    const { fake } = await loaded()
    const manager = useAccountManagerStore()
    fake.bridge.accountsTest.mockResolvedValueOnce(ok({ ok: false, latencyMs: 80, error: { code: 'ip_whitelist', message: 'x', errno: 40008 } }))
    fake.bridge.accountsTest.mockResolvedValueOnce(fail('not_found'))
    await manager.test('a')
    await manager.test('b')
    expect(manager.tests.get('a')).toMatchObject({ running: false, result: { ok: false, error: { errno: 40008 } }, error: null })
    expect(manager.tests.get('b')).toMatchObject({ running: false, result: null, error: { code: 'not_found' } })
    await manager.remove('a')
    expect(manager.tests.has('a')).toBe(false)
  })

  it('refuses an import file over the contract\'s limit without reading it', async () => {
    const { fake } = await loaded()
    const manager = useAccountManagerStore()
    const big = new Blob(['x'.repeat(5_000_001)])
    await expect(manager.importFile(big)).rejects.toMatchObject({ code: 'invalid_input' })
    expect(fake.bridge.accountsImport).not.toHaveBeenCalled()
  })
})
