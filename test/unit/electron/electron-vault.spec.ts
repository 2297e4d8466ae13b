// The desktop vault on each safeStorage backend: the keychain; basic_text (Linux without a keyring),
// which is weak; and no encryption at all, where the key file stands in and is weak too. Weak means
// no secret is stored until the user agrees.
import BetterSqlite3 from 'better-sqlite3'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createCore, keyFilePath } from '../../../src/main/core'
import { desktopVault } from '../../../src/main/electron-vault'
import { silentLogger } from '../../../src/main/log'
import { createElectronStub, type SafeStorageOptions } from '../../support/electron-stub'
import { tempDir } from '../../support/temp'

const electron = vi.hoisted(() => ({ safeStorage: undefined as unknown }))
vi.mock('electron', () => ({
  get safeStorage() {
    return electron.safeStorage
  }
}))

const SECRET = '45.desktop-vault-secret-7c1d'
const input = { name: '桌面账号', kind: 'authorizer' as const, appId: 'sim-1002', baseUrl: 'http://127.0.0.1:9', secrets: { token: SECRET } }

/** A desktop app's cache on a machine whose safeStorage behaves as given. */
async function desktop(options: SafeStorageOptions) {
  electron.safeStorage = createElectronStub(tempDir(), options).stub.safeStorage
  const dbPath = join(tempDir(), 'swanboard.db')
  const vault = await desktopVault(keyFilePath(dbPath))
  return { vault, dbPath, core: createCore({ dbPath, logger: silentLogger, vault }) }
}

function stored(dbPath: string): { scheme: string; ciphertext: Buffer }[] {
  const db = new BetterSqlite3(dbPath, { readonly: true })
  try {
    return db.prepare("SELECT scheme, ciphertext FROM account_secrets WHERE account_id IN (SELECT id FROM accounts WHERE name = '桌面账号')").all() as { scheme: string; ciphertext: Buffer }[]
  } finally {
    db.close()
  }
}

describe('the desktop vault', () => {
  it('with a keyring: the keychain, saved without asking', async () => {
    const { vault, core, dbPath } = await desktop({})
    expect(vault).toMatchObject({ scheme: 'safe-storage', protection: 'keychain' })
    await expect(core.accounts.add(input)).resolves.toMatchObject({ secrets: { token: '••••7c1d' } })
    expect(stored(dbPath).map((r) => r.scheme)).toEqual(['safe-storage'])
    core.close()
  })

  it.each([
    { what: 'basic_text (Linux without a keyring)', options: { backend: 'basic_text' }, protection: 'basic_text', scheme: 'safe-storage' },
    { what: 'no encryption at all', options: { encryptionAvailable: false }, protection: 'no_keychain', scheme: 'file-aes-gcm' }
  ])('with $what: weak, and nothing stored until the user agrees', async ({ options, protection, scheme }) => {
    const { vault, core, dbPath } = await desktop(options)
    expect(vault.protection).toBe(protection)
    await expect(core.accounts.add(input)).rejects.toMatchObject({ code: 'needs_consent' })
    expect(core.accounts.list().some((a) => a.name === input.name)).toBe(false)
    expect(stored(dbPath)).toEqual([])
    core.db.pragma('wal_checkpoint(TRUNCATE)')
    expect(readFileSync(dbPath).includes(SECRET.slice(3))).toBe(false)

    await expect(core.accounts.add({ ...input, allowWeakStorage: true })).resolves.toMatchObject({ secrets: { token: '••••7c1d' } })
    const rows = stored(dbPath)
    expect(rows.map((r) => r.scheme)).toEqual([scheme])
    expect(rows[0]!.ciphertext.toString('latin1')).not.toContain(SECRET.slice(3))
    if (scheme === 'file-aes-gcm') expect(statSync(keyFilePath(dbPath)!).mode & 0o777).toBe(0o600)
    // The secret is readable back for use.
    expect(await vault.decrypt(rows[0]!.ciphertext)).toBe(SECRET)
    core.close()
  })
})
