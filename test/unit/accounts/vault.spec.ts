// Secrets at rest: AES-GCM with an owner-only key file; tampering and foreign schemes are refused.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FileKeyVault, tokenExpiry, tokenKind, VaultSet, type SecretVault } from '../../../src/main/accounts'
import { seal, unseal } from '../../../src/main/accounts/vault'
import { tempDir } from '../../support/temp'

describe('FileKeyVault', () => {
  it('creates its key file readable by its owner only, and round-trips secrets', async () => {
    const dir = tempDir()
    const vault = new FileKeyVault(join(dir, 'keys', 'swanboard.key'))
    const sealed = await vault.encrypt('45.secret-token-value')
    expect(statSync(join(dir, 'keys', 'swanboard.key')).mode & 0o777).toBe(0o600)
    expect(sealed.toString('latin1')).not.toContain('secret-token-value')
    expect(await vault.decrypt(sealed)).toBe('45.secret-token-value')
    // Another process (a new vault on the same file) reads it too.
    expect(await new FileKeyVault(join(dir, 'keys', 'swanboard.key')).decrypt(sealed)).toBe('45.secret-token-value')
    expect(readFileSync(join(dir, 'keys', 'swanboard.key'), 'utf8')).not.toContain('secret')
  })

  it('seals the same secret differently each time and refuses tampered bytes', async () => {
    const key = Buffer.alloc(32, 7)
    const a = seal(key, 'same')
    const b = seal(key, 'same')
    expect(a.equals(b)).toBe(false)
    expect(unseal(key, a).toString()).toBe('same')
    const tampered = Buffer.from(a)
    tampered[tampered.length - 1]! ^= 1
    expect(() => unseal(key, tampered)).toThrow()
    expect(() => unseal(Buffer.alloc(32, 8), a)).toThrow()
  })

  it('a different key cannot open a secret', async () => {
    const sealed = await new FileKeyVault(join(tempDir(), 'a.key')).encrypt('x')
    await expect(new FileKeyVault(join(tempDir(), 'b.key')).decrypt(sealed)).rejects.toThrow()
  })
})

describe('VaultSet', () => {
  const keychain: SecretVault = {
    scheme: 'safe-storage',
    protection: 'keychain',
    encrypt: async (p) => Buffer.from(p).reverse(),
    decrypt: async (c) => Buffer.from(c).reverse().toString()
  }

  it('seals with the primary vault, masks the tail, and opens any known scheme', async () => {
    const file = new FileKeyVault(null)
    const set = new VaultSet(keychain, [file])
    const sealed = await set.seal('42.abcdefgh1234')
    expect(sealed).toMatchObject({ scheme: 'safe-storage', masked: '••••1234' })
    expect(await set.open(sealed)).toBe('42.abcdefgh1234')
    expect(await set.open({ scheme: file.scheme, ciphertext: await file.encrypt('from the CLI') })).toBe('from the CLI')
  })

  it('says plainly when a secret is locked in a vault not available here (the desktop keychain, from the CLI)', async () => {
    const cli = new VaultSet(new FileKeyVault(null))
    await expect(cli.open({ scheme: 'safe-storage', ciphertext: Buffer.from('x') })).rejects.toMatchObject({ code: 'auth', detail: expect.stringContaining('--token') })
  })
})

describe('tokens', () => {
  it('tells the kind from the prefix', () => {
    expect(tokenKind('24.abc')).toBe('developer')
    expect(tokenKind('42.abc')).toBe('tp')
    expect(tokenKind('45.abc')).toBe('authorizer')
    expect(tokenKind('46.abc')).toBe('refresh')
    expect(tokenKind('abc')).toBe('unknown')
  })

  it('reads the expiry of the reference’s token format, and nothing from others', () => {
    expect(tokenExpiry('45.262dcf08e4ac06bb3fd657741a540d40.2592000.1568538447.YaEGtZv0CrUcnG0OokJV4w-1W3JTSQkkj5RZ9lgfC')).toBe(1568538447000)
    expect(tokenExpiry('45.swanboard-demo.sim-1001')).toBeNull()
    expect(tokenExpiry('45.a.b.12.c')).toBeNull()
  })
})
