// The desktop app's vault: Electron's safeStorage (async API), keys in the system keychain.
import { safeStorage } from 'electron'
import type { SecretVault } from './accounts/vault'

export async function safeStorageVault(): Promise<SecretVault | null> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return null
  // On Linux without a keyring, safeStorage falls back to a hard-coded password: weak.
  const weak = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'
  return {
    scheme: 'safe-storage',
    weak,
    encrypt: (plain) => safeStorage.encryptStringAsync(plain),
    decrypt: async (cipher) => (await safeStorage.decryptStringAsync(cipher)).result
  }
}
