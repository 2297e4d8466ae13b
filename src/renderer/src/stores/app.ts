// The running app as main describes it: version, connectivity, a cache recovered at start-up, and
// how secrets are kept at rest.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { AppInfo } from '../../../shared/dto'
import type { ErrorCode } from '../../../shared/errors'
import type { Connectivity } from '../../../shared/sync'
import { api } from '../api'
import { toAppError, type AppError } from '../app-error'

function browserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false
}

export const useAppStore = defineStore('app', () => {
  const info = shallowRef<AppInfo | null>(null)
  const error = shallowRef<AppError | null>(null)
  /** Main's view, from the last requests it made: the authority. */
  const connectivity = shallowRef<Connectivity | null>(null)
  /** The browser's own view: a quick hint that the network went away, before any request fails. */
  const browserUp = ref(browserOnline())
  const recoveryDismissed = ref(false)
  let unsubscribe: (() => void) | null = null

  const online = computed(() => browserUp.value && connectivity.value?.online !== false)
  const offline = computed(() => !online.value)
  const offlineReason = computed<ErrorCode | null>(() => {
    if (connectivity.value && !connectivity.value.online) return connectivity.value.reason
    return browserUp.value ? null : 'network'
  })
  const cacheRecovery = computed(() => (recoveryDismissed.value ? null : (info.value?.cacheRecovery ?? null)))

  function onConnectivity(next: Connectivity): void {
    // Events and the app:info answer can cross; the newer state wins.
    if (connectivity.value && next.since < connectivity.value.since) return
    connectivity.value = next
  }

  function onBrowserOffline(): void {
    browserUp.value = false
  }
  function onBrowserOnline(): void {
    browserUp.value = true
    // The browser only knows the link is back; main knows whether Baidu answers.
    void load()
  }

  function listen(): void {
    if (unsubscribe) return
    const off = api.onAppConnectivity(onConnectivity)
    window.addEventListener('offline', onBrowserOffline)
    window.addEventListener('online', onBrowserOnline)
    unsubscribe = () => {
      off()
      window.removeEventListener('offline', onBrowserOffline)
      window.removeEventListener('online', onBrowserOnline)
    }
  }

  async function load(): Promise<void> {
    listen()
    try {
      const next = await api.appInfo()
      info.value = next
      error.value = null
      onConnectivity(next.connectivity)
    } catch (e) {
      error.value = toAppError(e)
    }
  }

  /** Main remembers the user's consent to weak secret storage; so does this window's copy. */
  function noteWeakStorageConsent(): void {
    if (info.value) info.value = { ...info.value, secretStorage: { ...info.value.secretStorage, consented: true } }
  }

  function dismissRecovery(): void {
    recoveryDismissed.value = true
  }

  function dispose(): void {
    unsubscribe?.()
    unsubscribe = null
  }

  return { info, error, connectivity, online, offline, offlineReason, cacheRecovery, load, listen, noteWeakStorageConsent, dismissRecovery, dispose }
})
