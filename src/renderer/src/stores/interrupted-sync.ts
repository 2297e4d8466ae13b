// A sync a crash or quit cut short, as main offers it: resume it (the same sync again, which fetches
// only what is missing) or dismiss it. Main stops offering a run once a sync covering it starts.
import { defineStore } from 'pinia'
import { computed, shallowRef, watch } from 'vue'
import type { InterruptedSync } from '../../../shared/sync'
import { api } from '../api'
import { toAppError, type AppError } from '../app-error'
import { useSyncStore } from './sync'

export const useInterruptedSyncStore = defineStore('interrupted-sync', () => {
  const sync = useSyncStore()
  const run = shallowRef<InterruptedSync | null>(null)
  const error = shallowRef<AppError | null>(null)

  /** Hidden while a sync runs: it may be the resume, and only one runs at a time anyway. */
  const visible = computed(() => run.value !== null && !sync.busy)

  async function load(): Promise<void> {
    try {
      run.value = await api.syncInterrupted()
    } catch {
      // Not knowing about an old run is no reason to show an error; the next load asks again.
    }
  }

  /** Starts the same sync again, its progress in the sync panel; false when it did not start. */
  async function resume(): Promise<boolean> {
    const offer = run.value
    if (!offer || sync.busy) return false
    sync.openPanel()
    const started = await sync.start(offer.request)
    if (started) run.value = null
    return started
  }

  async function dismiss(): Promise<void> {
    const offer = run.value
    if (!offer) return
    run.value = null
    error.value = null
    try {
      await api.syncDismissInterrupted({ runId: offer.runId })
    } catch (e) {
      run.value = offer
      error.value = toAppError(e)
    }
  }

  // A run that ended may have covered the offered one (main then no longer offers it): ask again.
  watch(
    () => sync.phase,
    (phase) => {
      if (phase === 'done' || phase === 'cancelled') void load()
    }
  )

  return { run, error, visible, load, resume, dismiss }
})
