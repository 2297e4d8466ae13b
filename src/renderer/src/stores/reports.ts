// Report data keyed by query (reportQueryKey), `{loading, error, data}` per key (Directus-style),
// for every tab. Entries are replaced, never mutated, inside a shallowReactive map, and the data
// itself is markRaw: Chart.js and deep Vue proxies recurse into each other otherwise.
import { defineStore } from 'pinia'
import { markRaw, ref, shallowReactive } from 'vue'
import { reportsForKind } from '../../../shared/account-kinds'
import type { DayRange } from '../../../shared/calendar'
import { reportQueryKey, type ReportProgress, type ReportQuery, type ReportView } from '../../../shared/dto'
import { resolveVariant, variantKey, type ReportId, type Variant } from '../../../shared/reports'
import { api } from '../api'
import { toAppError, type AppError } from '../app-error'
import { useAccountsStore } from './accounts'
import { useRangeStore } from './range'

export interface Progress {
  done: number
  total: number
}

export interface ReportEntry {
  loading: boolean
  error: AppError | null
  data: ReportView | null
  progress: Progress | null
  /** A sync wrote newer data for this query since it loaded: ask again when next shown. */
  stale: boolean
}

/** Which cached queries a sync may have changed; absent fields match everything. */
export interface InvalidateScope {
  accountId?: string
  report?: ReportId
  /** Canonical variant text of the synced task, e.g. 'gran=day'. */
  variant?: string
}

export const IDLE_ENTRY: ReportEntry = Object.freeze({ loading: false, error: null, data: null, progress: null, stale: false })

function matches(q: ReportQuery, scope: InvalidateScope): boolean {
  if (scope.accountId !== undefined && scope.accountId !== q.accountId) return false
  if (scope.report !== undefined && scope.report !== q.report) return false
  if (scope.variant !== undefined && scope.variant !== '' && scope.variant !== variantKey(q.variant ?? {})) return false
  return true
}

export const useReportsStore = defineStore('reports', () => {
  const accounts = useAccountsStore()
  const range = useRangeStore()

  const entries = shallowReactive(new Map<string, ReportEntry>())
  const queries = new Map<string, ReportQuery>()
  /** Keys some mounted, active tab shows, with how many show each. */
  const shown = new Map<string, number>()
  /** The variant each tab has chosen (missing parameters take their defaults). */
  const variants = ref<Partial<Record<ReportId, Variant>>>({})
  // The newest request per key; a response from any older one is dropped.
  const latest = new Map<string, number>()
  let sequence = 0
  let unsubscribe: (() => void) | null = null

  /**
   * The query a tab asks for: the selected account, the header's range unless given, the variant
   * resolved (so its key is the one sync tasks and progress events use). Null when there is no
   * account or its kind has no such report.
   */
  function queryFor(report: ReportId, options: { variant?: Variant; range?: DayRange } = {}): ReportQuery | null {
    const account = accounts.selected
    if (!account || !reportsForKind(account.kind).includes(report)) return null
    const { from, to } = options.range ?? range.range
    return { accountId: account.id, report, variant: { ...resolveVariant(report, options.variant ?? variants.value[report] ?? {}) }, from, to }
  }

  function variantOf(report: ReportId): Variant {
    return resolveVariant(report, variants.value[report] ?? {})
  }

  function setVariant(report: ReportId, param: string, value: string): void {
    variants.value = { ...variants.value, [report]: { ...variantOf(report), [param]: value } }
  }

  function entry(query: ReportQuery | null): ReportEntry {
    return (query ? entries.get(reportQueryKey(query)) : undefined) ?? IDLE_ENTRY
  }

  function patch(key: string, change: Partial<ReportEntry>): void {
    entries.set(key, { ...(entries.get(key) ?? IDLE_ENTRY), ...change })
  }

  function onProgress(p: ReportProgress): void {
    const current = entries.get(p.key)
    if (current?.loading) patch(p.key, { progress: { done: p.pagesDone, total: p.pagesTotal } })
  }

  function listen(): void {
    unsubscribe ??= api.onReportsProgress(onProgress)
  }

  async function load(query: ReportQuery, options: { refresh?: boolean } = {}): Promise<void> {
    const key = reportQueryKey(query)
    const id = ++sequence
    latest.set(key, id)
    queries.set(key, query)
    listen()
    patch(key, { loading: true, error: null, progress: null, stale: false })
    try {
      const view = await api.reportsGet(options.refresh ? { ...query, refresh: true } : query)
      if (latest.get(key) !== id) return
      patch(key, { loading: false, data: markRaw(view), progress: null })
    } catch (e) {
      if (latest.get(key) !== id) return
      patch(key, { loading: false, error: toAppError(e), progress: null })
    }
  }

  /** Load unless loaded or loading already (switching back to a tab is instant). */
  function ensure(query: ReportQuery): Promise<void> {
    const current = entry(query)
    if (current.loading || (current.data && !current.error && !current.stale)) return Promise.resolve()
    return load(query)
  }

  /** A tab shows this query from now on: a sync that touches it reloads it at once. */
  function show(query: ReportQuery): () => void {
    const key = reportQueryKey(query)
    queries.set(key, query)
    shown.set(key, (shown.get(key) ?? 0) + 1)
    let released = false
    return () => {
      if (released) return
      released = true
      const n = (shown.get(key) ?? 1) - 1
      if (n > 0) shown.set(key, n)
      else shown.delete(key)
    }
  }

  /**
   * After a sync wrote to the cache: matching entries are marked stale (kept on screen), and the
   * shown ones are asked again at once. Main answers from the cache, so this costs no requests.
   */
  function invalidate(scope: InvalidateScope = {}): void {
    for (const [key, current] of entries) {
      const query = queries.get(key)
      if (query && matches(query, scope) && !current.stale) entries.set(key, { ...current, stale: true })
    }
    for (const key of shown.keys()) {
      const query = queries.get(key)
      if (query && entries.has(key) && matches(query, scope)) void load(query)
    }
  }

  function dispose(): void {
    unsubscribe?.()
    unsubscribe = null
  }

  return { entries, variants, queryFor, variantOf, setVariant, entry, load, ensure, show, invalidate, dispose }
})
