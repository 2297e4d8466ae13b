// The built desktop app on a machine where safeStorage cannot encrypt at all: it falls back to the
// key file, and says so to the person adding an account (needs_consent, the consent dialog) rather
// than only in its log; with their consent the secret is sealed with the 0600 key file.
import BetterSqlite3 from 'better-sqlite3'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createElectronStub, type ElectronStub } from '../../support/electron-stub'
import { loadWithElectronStub } from '../../support/load-bundle'
import { tempDir } from '../../support/temp'

let electron: ElectronStub
const userData = tempDir()
const SECRET = '45.no-keychain-secret-token-51ab'

beforeAll(async () => {
  electron = createElectronStub(userData, { encryptionAvailable: false })
  loadWithElectronStub('main/index.js', electron.stub)
  const end = Date.now() + 5000
  while (electron.record.ipcHandlers.size === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 10))
})
afterAll(() => electron.stub.app.emit('will-quit', { preventDefault: () => undefined }))

const add = (input: Record<string, unknown>) =>
  electron.record.ipcHandlers.get('accounts:add')!({ senderFrame: electron.record.windows[0]!.webContents.mainFrame }, input) as Promise<{
    ok: boolean
    code?: string
    data?: { id: string }
  }>
const secretStorage = async () =>
  ((await electron.record.ipcHandlers.get('app:info')!({ senderFrame: electron.record.windows[0]!.webContents.mainFrame })) as { data: { secretStorage: unknown } }).data.secretStorage
const account = { name: '无钥匙串', kind: 'authorizer', appId: 'sim-1001', secrets: { token: SECRET } }

describe('the desktop app without safeStorage', () => {
  it('tells the window up front that secrets would be weakly kept, not yet agreed to', async () => {
    expect(await secretStorage()).toEqual({ protection: 'no_keychain', consented: false })
  })

  it('asks before saving a secret, and seals it with the 0600 key file once the user agrees', async () => {
    await expect(add(account)).resolves.toMatchObject({ ok: false, code: 'needs_consent' })
    const dir = join(userData, 'userData')
    const countSecrets = () => {
      const db = new BetterSqlite3(join(dir, 'swanboard.db'), { readonly: true })
      const n = db.prepare('SELECT count(*) FROM account_secrets').pluck().get()
      db.close()
      return n
    }
    expect(countSecrets()).toBe(0)
    // The log says it too, for whoever reads it later.
    expect(readFileSync(join(dir, 'logs', 'main.log'), 'utf8')).toMatch(/weakly protected here \(no_keychain\)/)

    const added = await add({ ...account, allowWeakStorage: true })
    expect(added.ok).toBe(true)
    const db = new BetterSqlite3(join(dir, 'swanboard.db'), { readonly: true })
    const row = db.prepare('SELECT scheme, ciphertext FROM account_secrets WHERE account_id = ?').get(added.data!.id) as { scheme: string; ciphertext: Buffer }
    db.close()
    expect(row.scheme).toBe('file-aes-gcm')
    expect(row.ciphertext.toString('latin1')).not.toContain('no-keychain-secret')
    expect(statSync(join(dir, 'swanboard.key')).mode & 0o777).toBe(0o600)
    expect(countSecrets()).toBe(1)
    expect(await secretStorage()).toEqual({ protection: 'no_keychain', consented: true })
  })
})
