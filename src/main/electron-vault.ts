// The desktop app's vault: Electron's safeStorage (async API), keys in the system keychain.
import { safeStorage } from 'electron'
import { FileKeyVault, type SecretVault } from './accounts/vault'

/** safeStorage, or null when it cannot encrypt at all. */
export async function safeStorageVault(): Promise<SecretVault | null> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return null
  // On Linux without a keyring, safeStorage falls back to a hard-coded password: weak.
  const basicText = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'
  return {
    scheme: 'safe-storage',
    protection: basicText ? 'basic_text' : 'keychain',
    encrypt: (plain) => safeStorage.encryptStringAsync(plain),
    decrypt: async (cipher) => (await safeStorage.decryptStringAsync(cipher)).result
  }
}

/**
 * The desktop app's vault: safeStorage, or else the key file beside the cache. The key file is
 * weaker than the keychain the app promises, so it counts as weak: the user is told, and secrets are
 * saved only with their consent, as with basic_text.
 */
export async function desktopVault(keyPath: string | null): Promise<SecretVault> {
  return (await safeStorageVault()) ?? new FileKeyVault(keyPath, 'no_keychain')
}
