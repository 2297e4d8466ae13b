// Secrets at rest. A vault encrypts and decrypts strings; each stored secret records the vault's
// scheme, so whoever opens the cache knows whether it can read it (the CLI cannot open what the
// desktop app locked in the system keychain).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { maskSecret } from '../../shared/accounts'
import { isWeakProtection, type SecretProtection } from '../../shared/secret-storage'
import { AppError } from '../app-error'

export type { SecretProtection }

export interface SecretVault {
  readonly scheme: string
  readonly protection: SecretProtection
  encrypt(plain: string): Promise<Buffer>
  decrypt(cipher: Buffer): Promise<string>
}

export interface Sealed {
  scheme: string
  ciphertext: Buffer
  /** '••••' + the last four characters (shown in the UI without opening the vault). */
  masked?: string
}

const IV_BYTES = 12
const TAG_BYTES = 16

/** AES-256-GCM, synchronous: iv ‖ tag ‖ ciphertext. */
export function seal(key: Buffer, plain: string | Buffer): Buffer {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const body = Buffer.concat([cipher.update(plain), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body])
}

export function unseal(key: Buffer, blob: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, blob.subarray(0, IV_BYTES))
  decipher.setAuthTag(blob.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
  return Buffer.concat([decipher.update(blob.subarray(IV_BYTES + TAG_BYTES)), decipher.final()])
}

/**
 * Outside Electron (CLI, browser host): AES-256-GCM with a random key kept in a file only its
 * owner may read (0600), beside the cache. Without a path (tests) the key lives in memory.
 */
export class FileKeyVault implements SecretVault {
  static readonly SCHEME = 'file-aes-gcm'
  readonly scheme = FileKeyVault.SCHEME
  private key: Buffer | undefined

  constructor(
    private readonly keyPath: string | null,
    readonly protection: 'key_file' | 'no_keychain' = 'key_file'
  ) {}

  private material(): Buffer {
    if (this.key) return this.key
    if (this.keyPath === null) return (this.key = randomBytes(32))
    if (existsSync(this.keyPath)) {
      this.key = Buffer.from(readFileSync(this.keyPath, 'utf8').trim(), 'base64')
      if (this.key.length !== 32) throw new AppError('io', `the secret key file ${this.keyPath} is not a valid key`)
      return this.key
    }
    mkdirSync(dirname(this.keyPath), { recursive: true, mode: 0o700 })
    const key = randomBytes(32)
    // 'wx': never overwrite a key another process created meanwhile (its secrets would be lost).
    writeFileSync(this.keyPath, key.toString('base64'), { mode: 0o600, flag: 'wx' })
    chmodSync(this.keyPath, 0o600)
    return (this.key = key)
  }

  async encrypt(plain: string): Promise<Buffer> {
    return seal(this.material(), plain)
  }

  async decrypt(cipher: Buffer): Promise<string> {
    return unseal(this.material(), cipher).toString('utf8')
  }
}

/** Vaults by scheme: new secrets go to the primary one; any known scheme can be read. */
export class VaultSet {
  constructor(readonly primary: SecretVault, private readonly readers: readonly SecretVault[] = []) {}

  get weak(): boolean {
    return isWeakProtection(this.primary.protection)
  }

  async seal(plain: string): Promise<Sealed> {
    return { scheme: this.primary.scheme, ciphertext: await this.primary.encrypt(plain), masked: maskSecret(plain) }
  }

  async open(sealed: Sealed): Promise<string> {
    const vault = [this.primary, ...this.readers].find((v) => v.scheme === sealed.scheme)
    if (!vault) {
      throw new AppError('auth', `this secret is locked by "${sealed.scheme}", which is not available here`, {
        detail: 'The desktop app keeps it in the system keychain; add the account here again, or pass the token with --token / SWANBOARD_TOKEN.'
      })
    }
    return vault.decrypt(sealed.ciphertext)
  }
}
