// app:info says how secrets are kept on this machine, from the vault the core was given, so the
// account form can warn before a secret is typed; and it says once the user has agreed to weak storage.
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createCore, keyFilePath } from '../../../src/main/core'
import { desktopVault } from '../../../src/main/electron-vault'
import { createHandlers } from '../../../src/main/handlers'
import { silentLogger } from '../../../src/main/log'
import type { SecretVault } from '../../../src/main/accounts'
import { createElectronStub, type SafeStorageOptions } from '../../support/electron-stub'
import { tempDir } from '../../support/temp'

const electron = vi.hoisted(() => ({ safeStorage: undefined as unknown }))
vi.mock('electron', () => ({
  get safeStorage() {
    return electron.safeStorage
  }
}))

const input = { name: '存储说明', kind: 'authorizer' as const, appId: 'sim-1002', baseUrl: 'http://127.0.0.1:9', secrets: { token: '45.storage-info-token-9e2f' } }

/** app:info of a core on a machine whose safeStorage behaves as given (no vault: the CLI / browser host). */
async function appInfo(options: SafeStorageOptions | null) {
  const dbPath = join(tempDir(), 'swanboard.db')
  let vault: SecretVault | undefined
  if (options) {
    electron.safeStorage = createElectronStub(tempDir(), options).stub.safeStorage
    vault = await desktopVault(keyFilePath(dbPath))
  }
  const core = createCore({ dbPath, logger: silentLogger, vault })
  const handlers = createHandlers(core, { kind: options ? 'electron' : 'web', saveExport: async () => ({ status: 'cancelled' }), openExternal: async () => false })
  const ctx = { emit: () => undefined }
  return { core, info: () => handlers['app:info'](undefined, ctx) }
}

describe('app:info’s secret storage', () => {
  it.each([
    { what: 'a keyring', options: {}, protection: 'keychain' },
    { what: 'basic_text (Linux without a keyring)', options: { backend: 'basic_text' }, protection: 'basic_text' },
    { what: 'no safeStorage encryption at all', options: { encryptionAvailable: false }, protection: 'no_keychain' },
    { what: 'no Electron (CLI, browser host)', options: null, protection: 'key_file' }
  ])('with $what: $protection, not yet consented', async ({ options, protection }) => {
    const { core, info } = await appInfo(options)
    expect((await info()).secretStorage).toEqual({ protection, consented: false })
    core.close()
  })

  it('reports the consent once the user agreed to weak storage, and keeps it across restarts', async () => {
    const { core, info } = await appInfo({ backend: 'basic_text' })
    await expect(core.accounts.add(input)).rejects.toMatchObject({ code: 'needs_consent' })
    expect((await info()).secretStorage).toEqual({ protection: 'basic_text', consented: false })
    await core.accounts.add({ ...input, allowWeakStorage: true })
    expect((await info()).secretStorage).toEqual({ protection: 'basic_text', consented: true })

    const dbPath = core.db.name
    core.close()
    const vault = await desktopVault(keyFilePath(dbPath))
    const again = createCore({ dbPath, logger: silentLogger, vault })
    expect(again.accounts.secretStorage()).toEqual({ protection: 'basic_text', consented: true })
    again.close()
  })
})
