// Saved accounts as main describes them (secrets only as masked tails), the selection, and every
// change to the list. main pushes the whole list on accounts:changed; each answer is applied too,
// so the screen never waits for the event. Secrets pass through add/update and are never kept.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { AccountInput, AccountSummary } from '../../../shared/accounts'
import { displayOrder, groupAccounts, moveAccount } from '../accounts/groups'
import { api } from '../api'
import { toAppError, type AppError } from '../app-error'

/** The account last chosen, so the app reopens on it (an id is not a secret). */
const LAST_ACCOUNT = 'swanboard.account'

function remembered(): string | null {
  try {
    return localStorage.getItem(LAST_ACCOUNT)
  } catch {
    return null
  }
}

function remember(id: string): void {
  try {
    localStorage.setItem(LAST_ACCOUNT, id)
  } catch {
    // Storage may be unavailable (private mode): the app then opens on a demo account.
  }
}

export const useAccountsStore = defineStore('accounts', () => {
  const list = ref<AccountSummary[]>([])
  const selectedId = ref<string | null>(null)
  const loading = ref(false)
  const loaded = ref(false)
  const error = shallowRef<AppError | null>(null)
  let unsubscribe: (() => void) | null = null
  // Counts pushes, so a list answer older than a push that overtook it is not applied.
  let pushes = 0

  const selected = computed(() => list.value.find((a) => a.id === selectedId.value) ?? null)
  const groups = computed(() => groupAccounts(list.value))
  const ordered = computed(() => displayOrder(list.value))
  const needingAction = computed(() => list.value.filter((a) => a.needsAction !== null))

  /** The selection survives while its account exists; otherwise the first one shown takes over. */
  function keepSelection(): void {
    if (list.value.some((a) => a.id === selectedId.value)) return
    selectedId.value = ordered.value[0]?.id ?? null
  }

  function replace(next: AccountSummary[]): void {
    list.value = next
    loaded.value = true
    keepSelection()
  }

  function upsert(account: AccountSummary): void {
    const i = list.value.findIndex((a) => a.id === account.id)
    list.value = i < 0 ? [...list.value, account] : list.value.map((a) => (a.id === account.id ? account : a))
    loaded.value = true
    keepSelection()
  }

  function onChanged(next: AccountSummary[]): void {
    pushes++
    replace(next)
  }

  function listen(): void {
    unsubscribe ??= api.onAccountsChanged(onChanged)
  }

  async function load(): Promise<void> {
    listen()
    loading.value = true
    error.value = null
    const seen = pushes
    try {
      const accounts = await api.accountsList()
      if (pushes !== seen) return
      if (selectedId.value === null) {
        // The account chosen last time; on a first open, a demo account, so there is something to see.
        const last = remembered()
        selectedId.value = (accounts.find((a) => a.id === last) ?? accounts.find((a) => a.demo) ?? displayOrder(accounts)[0])?.id ?? null
      }
      replace(accounts)
    } catch (e) {
      error.value = toAppError(e)
    } finally {
      loading.value = false
    }
  }

  function select(id: string): void {
    if (!list.value.some((a) => a.id === id)) return
    selectedId.value = id
    remember(id)
  }

  async function add(input: AccountInput): Promise<AccountSummary> {
    const account = await api.accountsAdd(input)
    upsert(account)
    return account
  }

  async function update(id: string, change: Partial<AccountInput>): Promise<AccountSummary> {
    const account = await api.accountsUpdate({ id, change })
    upsert(account)
    return account
  }

  async function remove(id: string): Promise<boolean> {
    const { removed } = await api.accountsRemove({ id })
    list.value = list.value.filter((a) => a.id !== id)
    keepSelection()
    return removed
  }

  /** Shown at once in the new order, put back if main refuses. */
  async function reorder(ids: string[]): Promise<void> {
    const before = list.value
    const byId = new Map(before.map((a) => [a.id, a]))
    list.value = ids.flatMap((id) => byId.get(id) ?? [])
    try {
      replace(await api.accountsReorder({ ids }))
    } catch (e) {
      list.value = before
      throw toAppError(e)
    }
  }

  /** One step up or down within its group; false when it is already at that end. */
  async function move(id: string, step: -1 | 1): Promise<boolean> {
    const ids = moveAccount(list.value, id, step)
    if (!ids) return false
    await reorder(ids)
    return true
  }

  async function importJson(json: string): Promise<{ added: number; skipped: string[] }> {
    const result = await api.accountsImport({ json })
    if (result.added > 0) replace(await api.accountsList())
    return result
  }

  async function restoreDemo(): Promise<void> {
    replace(await api.accountsRestoreDemo())
  }

  function dispose(): void {
    unsubscribe?.()
    unsubscribe = null
  }

  return {
    list,
    selectedId,
    selected,
    groups,
    ordered,
    needingAction,
    loading,
    loaded,
    error,
    listen,
    load,
    select,
    add,
    update,
    remove,
    reorder,
    move,
    importJson,
    restoreDemo,
    dispose
  }
})
