// How secrets are kept at rest on this machine, as main's vaults report it: the renderer warns
// before anyone types a secret that would be only weakly protected.

/**
 * In the system keychain; with safeStorage's `basic_text` backend (Linux without a keyring: a
 * hard-coded password); with the key file because the desktop app found safeStorage unavailable;
 * or with the key file by design (CLI, browser host: see the README).
 */
export type SecretProtection = 'keychain' | 'basic_text' | 'no_keychain' | 'key_file'

/** Where the desktop app promised the keychain and cannot keep it: saving needs the user's consent. */
export function isWeakProtection(protection: SecretProtection): boolean {
  return protection === 'basic_text' || protection === 'no_keychain'
}

export interface SecretStorage {
  protection: SecretProtection
  /** The user already agreed to weak storage (asked once, remembered in the cache). */
  consented: boolean
}
