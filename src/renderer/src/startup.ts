// What the app does once on open: load what main knows, pick up a running sync (or offer to resume
// one a crash cut short), maybe start one.
import { useAccountsStore } from './stores/accounts'
import { useAppStore } from './stores/app'
import { useAppSettingsStore } from './stores/app-settings'
import { useExportJobsStore } from './stores/export-jobs'
import { useInterruptedSyncStore } from './stores/interrupted-sync'
import { useSyncStore } from './stores/sync'

export async function startApp(): Promise<void> {
  const accounts = useAccountsStore()
  const app = useAppStore()
  const settings = useAppSettingsStore()
  const sync = useSyncStore()
  // restore() first matters: a run already going (a reload mid-run) must not get a twin.
  await Promise.all([accounts.load(), app.load(), settings.load(), sync.restore(), useInterruptedSyncStore().load()])
  await sync.startAutomatic()
}

export function stopApp(): void {
  useAccountsStore().dispose()
  useAppStore().dispose()
  useSyncStore().dispose()
  useExportJobsStore().dispose()
}
