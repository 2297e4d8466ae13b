// The account manager's own state: whether it is open, which form is showing, connection tests,
// and the list's import / export. No secret is ever held here; the form keeps its inputs itself.
import { defineStore } from 'pinia'
import { ref, shallowReactive } from 'vue'
import type { ConnectionTest } from '../../../shared/accounts'
import type { ExportResult } from '../../../shared/dto'
import { api } from '../api'
import { AppError, toAppError } from '../app-error'
import { useAccountsStore } from './accounts'
import { triggerDownload } from '../download'

export type FormTarget = { mode: 'add' } | { mode: 'edit'; id: string }

export interface TestEntry {
  running: boolean
  result: ConnectionTest | null
  /** The call itself failed (the account is gone, the host is down), as opposed to a failed test. */
  error: AppError | null
}

/** The contract's limit for accounts:import; bigger files are refused before reading. */
export const IMPORT_MAX_BYTES = 5_000_000

export const useAccountManagerStore = defineStore('account-manager', () => {
  const accounts = useAccountsStore()
  const open = ref(false)
  const form = ref<FormTarget | null>(null)
  const tests = shallowReactive(new Map<string, TestEntry>())
  const exporting = ref(false)
  const importing = ref(false)
  const restoring = ref(false)

  function openManager(): void {
    open.value = true
  }
  function closeManager(): void {
    open.value = false
  }

  function startAdd(): void {
    open.value = true
    form.value = { mode: 'add' }
  }
  function startEdit(id: string): void {
    open.value = true
    form.value = { mode: 'edit', id }
  }
  function closeForm(): void {
    form.value = null
  }

  async function test(id: string): Promise<TestEntry> {
    tests.set(id, { running: true, result: tests.get(id)?.result ?? null, error: null })
    let entry: TestEntry
    try {
      entry = { running: false, result: await api.accountsTest({ id }), error: null }
    } catch (e) {
      entry = { running: false, result: null, error: toAppError(e) }
    }
    tests.set(id, entry)
    return entry
  }

  async function remove(id: string): Promise<boolean> {
    const removed = await accounts.remove(id)
    tests.delete(id)
    if (form.value?.mode === 'edit' && form.value.id === id) form.value = null
    return removed
  }

  /** Like the trend export: a save dialog in Electron, a download in the browser host. */
  async function exportList(): Promise<ExportResult> {
    exporting.value = true
    try {
      const result = await api.accountsExport()
      if (result.status === 'download') triggerDownload(result.url, result.fileName)
      return result
    } catch (e) {
      throw toAppError(e)
    } finally {
      exporting.value = false
    }
  }

  async function importFile(file: Blob): Promise<{ added: number; skipped: string[] }> {
    if (file.size > IMPORT_MAX_BYTES) throw new AppError({ code: 'invalid_input', message: `The file has ${file.size} bytes` })
    importing.value = true
    try {
      return await accounts.importJson(await file.text())
    } catch (e) {
      throw toAppError(e)
    } finally {
      importing.value = false
    }
  }

  async function restoreDemo(): Promise<void> {
    restoring.value = true
    try {
      await accounts.restoreDemo()
    } catch (e) {
      throw toAppError(e)
    } finally {
      restoring.value = false
    }
  }

  return {
    open,
    form,
    tests,
    exporting,
    importing,
    restoring,
    openManager,
    closeManager,
    startAdd,
    startEdit,
    closeForm,
    test,
    remove,
    exportList,
    importFile,
    restoreDemo
  }
})
