// Report data keyed by query, `{loading, error, data}` per key (Directus-style). Entries are
// replaced, never mutated, inside a shallowReactive map, and the data itself is markRaw: Chart.js
// and deep Vue proxies recurse into each other otherwise.
import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowReactive } from 'vue'
import { reportsForKind } from '../../../shared/account-kinds'
import { trendQueryKey, type ReportProgress, type TrendQuery, type TrendReport } from '../../../shared/dto'
import type { Gran, ReportId } from '../../../shared/reports'
import { api } from '../api'
import { toAppError, type AppError } from '../app-error'
import { useAccountsStore } from './accounts'
import { useRangeStore } from './range'

export interface Progress {
  done: number
  total: number
}

export interface ReportEntry<T> {
  loading: boolean
  error: AppError | null
  data: T | null
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

const IDLE: ReportEntry<never> = Object.freeze({ loading: false, error: null, data: null, progress: null, stale: false })

/** Trend keys are `account|trend|gran|from|to` (trendQueryKey). */
function trendKeyMatches(key: string, scope: InvalidateScope): boolean {
  const [accountId, report, gran] = key.split('|')
  if (scope.accountId !== undefined && scope.accountId !== accountId) return false
  if (scope.report !== undefined && scope.report !== report) return false
  if (scope.variant !== undefined && scope.variant !== '' && scope.variant !== `gran=${gran}`) return false
  return true
}

export const useReportsStore = defineStore('reports', () => {
  const accounts = useAccountsStore()
  const range = useRangeStore()

  const trendGran = ref<Gran>('day')
  const entries = shallowReactive(new Map<string, ReportEntry<TrendReport>>())
  // The newest request per key; a response from any older one is dropped.
  const latest = new Map<string, number>()
  let sequence = 0
  let unsubscribe: (() => void) | null = null

  const trendQuery = computed<TrendQuery | null>(() => {
    const account = accounts.selected
    // A platform account has no per-app trend: asking would only earn an error.
    if (!account || !reportsForKind(account.kind).includes('trend')) return null
    const accountId = account.id
    return { accountId, gran: trendGran.value, from: range.range.from, to: range.range.to }
  })
  const trendKey = computed(() => (trendQuery.value ? trendQueryKey(trendQuery.value) : null))
  const trend = computed<ReportEntry<TrendReport>>(() => (trendKey.value ? entries.get(trendKey.value) : undefined) ?? IDLE)

  function patch(key: string, change: Partial<ReportEntry<TrendReport>>): void {
    entries.set(key, { ...(entries.get(key) ?? IDLE), ...change })
  }

  function onProgress(p: ReportProgress): void {
    const entry = entries.get(p.key)
    if (entry?.loading) patch(p.key, { progress: { done: p.pagesDone, total: p.pagesTotal } })
  }

  function listen(): void {
    unsubscribe ??= api.onReportsProgress(onProgress)
  }

  async function loadTrend(options: { refresh?: boolean } = {}): Promise<void> {
    const query = trendQuery.value
    if (!query) return
    const key = trendQueryKey(query)
    const id = ++sequence
    latest.set(key, id)
    listen()
    patch(key, { loading: true, error: null, progress: null, stale: false })
    try {
      const report = await api.reportsTrend(options.refresh ? { ...query, refresh: true } : query)
      if (latest.get(key) !== id) return
      patch(key, { loading: false, data: markRaw(report), progress: null })
    } catch (e) {
      if (latest.get(key) !== id) return
      patch(key, { loading: false, error: toAppError(e), progress: null })
    }
  }

  /** Load the current query unless it is loaded or loading already (switching back is instant). */
  function ensureTrend(): Promise<void> {
    const entry = trend.value
    if (!trendKey.value || entry.loading || (entry.data && !entry.error && !entry.stale)) return Promise.resolve()
    return loadTrend()
  }

  /**
   * After a sync wrote to the cache: matching entries are marked stale (kept on screen), and the
   * visible one is asked again at once. Main answers from the cache, so this costs no requests.
   */
  function invalidate(scope: InvalidateScope = {}): void {
    for (const [key, entry] of entries) {
      if (trendKeyMatches(key, scope) && !entry.stale) entries.set(key, { ...entry, stale: true })
    }
    const visible = trendKey.value
    if (visible && entries.has(visible) && trendKeyMatches(visible, scope)) void loadTrend()
  }

  function setTrendGran(gran: Gran): void {
    trendGran.value = gran
  }

  function dispose(): void {
    unsubscribe?.()
    unsubscribe = null
  }

  return { trendGran, entries, trendQuery, trendKey, trend, loadTrend, ensureTrend, invalidate, setTrendGran, dispose }
})
