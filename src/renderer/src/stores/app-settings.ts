// The app's own settings, kept by main (cache window, auto-sync, concurrency, rate limit). The
// local UI preferences (language, theme, chart metrics) stay in the settings store.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { AppSettings } from '../../../shared/sync'
import { api } from '../api'
import { toAppError, type AppError } from '../app-error'

export type SettingsPatch = Partial<AppSettings>

/** The fields of `next` that differ from `base`: what a save sends. */
export function settingsDiff(base: AppSettings, next: AppSettings): SettingsPatch {
  const patch: Record<string, unknown> = {}
  for (const key of Object.keys(next) as Array<keyof AppSettings>) {
    if (next[key] !== base[key]) patch[key] = next[key]
  }
  return patch as SettingsPatch
}

export const useAppSettingsStore = defineStore('app-settings', () => {
  const values = shallowRef<AppSettings | null>(null)
  const loading = ref(false)
  const saving = ref(false)
  const error = shallowRef<AppError | null>(null)
  const dialogOpen = ref(false)

  async function load(): Promise<AppSettings | null> {
    loading.value = true
    error.value = null
    try {
      values.value = await api.settingsGet()
    } catch (e) {
      error.value = toAppError(e)
    } finally {
      loading.value = false
    }
    return values.value
  }

  /** Sends the patch; main answers the whole new set. Throws an AppError on failure. */
  async function save(patch: SettingsPatch): Promise<AppSettings> {
    saving.value = true
    try {
      const next = await api.settingsSet(patch)
      values.value = next
      return next
    } catch (e) {
      throw toAppError(e)
    } finally {
      saving.value = false
    }
  }

  function openDialog(): void {
    dialogOpen.value = true
  }

  return { values, loading, saving, error, dialogOpen, load, save, openDialog }
})
