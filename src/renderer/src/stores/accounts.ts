import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { AccountSummary } from '../../../shared/dto'
import { api } from '../api'
import { toAppError, type AppError } from '../app-error'

export const useAccountsStore = defineStore('accounts', () => {
  const list = ref<AccountSummary[]>([])
  const selectedId = ref<string | null>(null)
  const loading = ref(false)
  const loaded = ref(false)
  const error = shallowRef<AppError | null>(null)

  const selected = computed(() => list.value.find((a) => a.id === selectedId.value) ?? null)

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      const accounts = await api.accountsList()
      list.value = accounts
      if (!accounts.some((a) => a.id === selectedId.value)) {
        // Open on the demo account while it is the only one; later, the first saved account.
        selectedId.value = (accounts.find((a) => a.demo) ?? accounts[0])?.id ?? null
      }
      loaded.value = true
    } catch (e) {
      error.value = toAppError(e)
    } finally {
      loading.value = false
    }
  }

  function select(id: string): void {
    if (list.value.some((a) => a.id === id)) selectedId.value = id
  }

  return { list, selectedId, selected, loading, loaded, error, load, select }
})
