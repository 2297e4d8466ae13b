// Sync runs as jobs: start answers a run id, progress arrives as events carrying only the tasks that
// changed, sync:finished closes the run. Tasks live in a map keyed by task id; entries are replaced,
// never mutated, so a shallowReactive map is enough to redraw exactly what changed.
import { defineStore } from 'pinia'
import { computed, ref, shallowReactive, shallowRef, watch } from 'vue'
import type { ReportId } from '../../../shared/reports'
import type { SyncProgress, SyncRequest, SyncSummary, SyncTaskState, SyncTaskStatus } from '../../../shared/sync'
import { api } from '../api'
import { toAppError, type AppError } from '../app-error'
import { emptyHead, furtherHead, furtherTask, headOf, outcomeFromStatus, type SyncHead, type SyncOutcome } from '../sync-merge'
import { useAccountsStore } from './accounts'
import { useAppStore } from './app'
import { useAppSettingsStore } from './app-settings'
import { useRangeStore } from './range'
import { useReportsStore } from './reports'

export type SyncScope = 'current' | 'all'
export type SyncPhase = 'idle' | 'starting' | 'running' | 'done' | 'cancelled'

/** Without an event for this long, a running run is asked for again (an event stream can drop). */
export const SYNC_SILENCE_MS = 15_000

export const useSyncStore = defineStore('sync', () => {
  const accounts = useAccountsStore()
  const range = useRangeStore()
  const reports = useReportsStore()

  const head = shallowRef<SyncHead | null>(null)
  const tasks = shallowReactive(new Map<string, SyncTaskStatus>())
  const outcome = shallowRef<SyncOutcome | null>(null)
  const starting = ref(false)
  const cancelling = ref(false)
  const error = shallowRef<AppError | null>(null)
  const panelOpen = ref(false)
  /** The current run was started by auto-sync on open, not by the user. */
  const automatic = ref(false)

  let unsubscribe: (() => void) | null = null
  let lastEventAt = 0
  let watchdog: ReturnType<typeof setInterval> | undefined

  const phase = computed<SyncPhase>(() => {
    if (starting.value) return 'starting'
    const h = head.value
    if (h && h.state === 'running' && outcome.value?.runId !== h.runId) return 'running'
    if (outcome.value) return outcome.value.cancelled ? 'cancelled' : 'done'
    return 'idle'
  })
  const busy = computed(() => phase.value === 'starting' || phase.value === 'running')
  const taskList = computed(() => [...tasks.values()])
  const counts = computed(() => {
    const out: Record<SyncTaskState, number> = { pending: 0, running: 0, done: 0, skipped: 0, error: 0 }
    for (const t of tasks.values()) out[t.state]++
    return out
  })

  /** A run this window has not seen yet replaces whatever was shown. */
  function adoptRun(runId: string): void {
    if (head.value?.runId === runId || outcome.value?.runId === runId) return
    tasks.clear()
    outcome.value = null
    head.value = null
  }

  function taskDone(task: SyncTaskStatus): void {
    // A task answered from the cache (no requests) wrote nothing new.
    if (task.requests > 0) reports.invalidate({ accountId: task.accountId, report: task.report, variant: task.variant })
  }

  function onProgress(p: SyncProgress): void {
    lastEventAt = Date.now()
    adoptRun(p.runId)
    const finished = outcome.value?.runId === p.runId
    const next = headOf(p)
    head.value = finished && head.value ? { ...next, state: head.value.state, etaMs: null, current: null } : next
    for (const task of p.tasks) {
      const before = tasks.get(task.id)
      tasks.set(task.id, task)
      if (task.state === 'done' && before?.state !== 'done') taskDone(task)
    }
    // The last progress event says the run ended; sync:finished (with the duration) follows.
    if (p.state !== 'running' && !finished) finish(outcomeFromStatus(head.value, tasks.values()))
  }

  function finish(result: SyncOutcome): void {
    outcome.value = result
    cancelling.value = false
    const h = head.value
    if (h?.runId === result.runId) {
      head.value = { ...h, state: result.cancelled ? 'cancelled' : 'done', requestsDone: result.requests, rows: result.rows, etaMs: null, current: null }
    }
    const touched = new Set([...tasks.values()].map((t) => t.accountId))
    if (touched.size === 0) reports.invalidate()
    for (const accountId of touched) reports.invalidate({ accountId })
  }

  function onFinished(summary: SyncSummary): void {
    lastEventAt = Date.now()
    adoptRun(summary.runId)
    if (outcome.value?.runId === summary.runId) {
      // Already closed by its last progress event or a snapshot: only the figures get better.
      outcome.value = summary
      cancelling.value = false
      return
    }
    finish(summary)
    // Deltas can be lost on a dropped stream; the final list comes from the full snapshot.
    void restore(summary.runId)
  }

  /** Folds a full snapshot (sync:status) into what events already said. */
  function applyStatus(status: SyncProgress): void {
    adoptRun(status.runId)
    const wasRunning = head.value?.runId === status.runId && head.value.state === 'running'
    head.value = furtherHead(head.value, headOf(status))
    for (const task of status.tasks) tasks.set(task.id, furtherTask(tasks.get(task.id), task))
    if (head.value.state !== 'running' && outcome.value?.runId !== status.runId) {
      // Ended while this window was away or its finished event was lost; main keeps the summary.
      const ended = status.summary ?? outcomeFromStatus(head.value, tasks.values())
      if (wasRunning) finish(ended)
      else outcome.value = ended
    }
  }

  function listen(): void {
    if (unsubscribe) return
    const offProgress = api.onSyncProgress(onProgress)
    const offFinished = api.onSyncFinished(onFinished)
    unsubscribe = () => {
      offProgress()
      offFinished()
    }
  }

  /**
   * Picks up a run in progress (a window opened or reloaded mid-run), or the last one. With
   * `runId`, only that run's snapshot is folded in (a reconciliation must not swap runs).
   */
  async function restore(runId?: string): Promise<void> {
    listen()
    try {
      const status = await api.syncStatus()
      lastEventAt = Date.now()
      if (status && (runId === undefined || status.runId === runId)) applyStatus(status)
    } catch {
      // Nothing to restore is not worth an error on screen; the next event brings the run back.
    }
  }

  /** Starts a run unless one is going; false when it did not start. */
  async function start(request: SyncRequest, options: { automatic?: boolean } = {}): Promise<boolean> {
    if (busy.value) return false
    listen()
    starting.value = true
    error.value = null
    try {
      const { runId } = await api.syncStart(request)
      adoptRun(runId)
      automatic.value = options.automatic === true
      lastEventAt = Date.now()
      if (!head.value && outcome.value?.runId !== runId) head.value = emptyHead(runId, request.from, request.to, Date.now())
      return true
    } catch (e) {
      const failure = toAppError(e)
      if (failure.code === 'busy') {
        // Another window (or the CLI's host) started one first: follow that run instead.
        starting.value = false
        await restore()
        if (phase.value === 'running') return false
      }
      error.value = failure
      return false
    } finally {
      starting.value = false
    }
  }

  /** The panel's start: the header's range, this account or all, the chosen reports. */
  function startWith(choice: { scope: SyncScope; reports: readonly ReportId[]; allReports: boolean; refresh?: boolean }): Promise<boolean> {
    const accountId = accounts.selectedId
    if (choice.scope === 'current' && !accountId) return Promise.resolve(false)
    if (choice.reports.length === 0) return Promise.resolve(false)
    const request: SyncRequest = {
      accounts: choice.scope === 'all' ? 'all' : [accountId as string],
      ...range.range,
      // Every report means "all that apply to each account": a platform account has only tp.
      ...(choice.allReports ? {} : { reports: [...choice.reports] }),
      ...(choice.refresh ? { refresh: true } : {})
    }
    return start(request)
  }

  /** The header's "sync all accounts": every account, every report, the visible range. */
  async function startAll(): Promise<boolean> {
    panelOpen.value = true
    return start({ accounts: 'all', ...range.range })
  }

  /** Sync of the visible range for the current account when the app opens, if allowed and online. */
  async function startAutomatic(): Promise<boolean> {
    const settings = useAppSettingsStore()
    const app = useAppStore()
    const accountId = accounts.selectedId
    if (!settings.values?.autoSyncOnOpen || !app.online || !accountId || busy.value) return false
    return start({ accounts: [accountId], ...range.range }, { automatic: true })
  }

  async function cancel(): Promise<void> {
    const runId = head.value?.runId
    if (!runId || phase.value !== 'running' || cancelling.value) return
    cancelling.value = true
    error.value = null
    try {
      const { cancelled } = await api.syncCancel({ runId })
      // Already over: the finished event is on its way, or was lost; either way ask.
      if (!cancelled) {
        cancelling.value = false
        await restore()
      }
    } catch (e) {
      cancelling.value = false
      error.value = toAppError(e)
    }
  }

  function openPanel(): void {
    panelOpen.value = true
  }
  function closePanel(): void {
    panelOpen.value = false
  }

  watch(phase, (p) => {
    clearInterval(watchdog)
    watchdog = undefined
    if (p !== 'running') return
    watchdog = setInterval(() => {
      if (Date.now() - lastEventAt > SYNC_SILENCE_MS) void restore()
    }, SYNC_SILENCE_MS / 3)
  })

  function dispose(): void {
    unsubscribe?.()
    unsubscribe = null
    clearInterval(watchdog)
    watchdog = undefined
  }

  return {
    head,
    tasks,
    outcome,
    starting,
    cancelling,
    error,
    panelOpen,
    automatic,
    phase,
    busy,
    taskList,
    counts,
    listen,
    restore,
    start,
    startWith,
    startAll,
    startAutomatic,
    cancel,
    openPanel,
    closePanel,
    dispose
  }
})
