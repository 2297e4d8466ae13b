// Every export runs as a job (a tab, the overview, a whole account, a portfolio): start answers a
// job id, progress arrives as events, export:finished closes the job with the file (saved, or a
// download to start) or an error. One job at a time from this window; its events may overtake
// start's answer, so they wait for it.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { ExportResult } from '../../../shared/dto'
import type { ExportFinished, ExportFormat, ExportJobRequest, ExportProgress, TabExport } from '../../../shared/export-jobs'
import { api } from '../api'
import { fromEnvelope, toAppError, type AppError } from '../app-error'
import { triggerDownload } from '../download'
import { useAccountsStore } from './accounts'
import { useRangeStore } from './range'
import { useSettingsStore } from './settings'

export type JobPhase = 'starting' | 'running' | 'done' | 'cancelled' | 'failed'

export interface ExportJob {
  kind: ExportJobRequest['kind']
  /** The tab whose export buttons started it; null for Export all and Export portfolio. */
  tab: string | null
  format: ExportFormat
  jobId: string | null
  phase: JobPhase
  progress: ExportProgress | null
  result: ExportResult | null
  error: AppError | null
}

export const useExportJobsStore = defineStore('export-jobs', () => {
  const accounts = useAccountsStore()
  const range = useRangeStore()
  const settings = useSettingsStore()

  const job = shallowRef<ExportJob | null>(null)
  const cancelling = ref(false)
  const portfolioOpen = ref(false)
  // Events for a job id this window has not been told yet (start's answer still on its way).
  const early = new Map<string, { progress?: ExportProgress; finished?: ExportFinished }>()
  let unsubscribe: (() => void) | null = null

  const busy = computed(() => job.value?.phase === 'starting' || job.value?.phase === 'running')

  function update(change: Partial<ExportJob>): void {
    if (job.value) job.value = { ...job.value, ...change }
  }

  function onProgress(p: ExportProgress): void {
    if (job.value?.jobId === p.jobId) {
      if (job.value.phase === 'running') update({ progress: p })
    } else if (job.value?.phase === 'starting') {
      early.set(p.jobId, { ...early.get(p.jobId), progress: p })
    }
  }

  function onFinished(f: ExportFinished): void {
    if (job.value?.jobId === f.jobId) finish(f)
    else if (job.value?.phase === 'starting') early.set(f.jobId, { ...early.get(f.jobId), finished: f })
  }

  function finish(f: ExportFinished): void {
    cancelling.value = false
    if (f.error || !f.result) {
      update({ phase: 'failed', error: f.error ? fromEnvelope({ ok: false, ...f.error }) : toAppError(new Error('export ended without a file')) })
      return
    }
    if (f.result.status === 'cancelled') return update({ phase: 'cancelled', result: f.result })
    try {
      if (f.result.status === 'download') triggerDownload(f.result.url, f.result.fileName)
      update({ phase: 'done', result: f.result })
    } catch (e) {
      update({ phase: 'failed', error: toAppError(e) })
    }
  }

  function listen(): void {
    if (unsubscribe) return
    const offProgress = api.onExportProgress(onProgress)
    const offFinished = api.onExportFinished(onFinished)
    unsubscribe = () => {
      offProgress()
      offFinished()
    }
  }

  /** Starts a job unless one is running; false when it did not start. */
  async function start(request: ExportJobRequest, tab: string | null = null): Promise<boolean> {
    if (busy.value) return false
    listen()
    early.clear()
    cancelling.value = false
    const format = 'format' in request ? request.format : 'xlsx'
    job.value = { kind: request.kind, tab, format, jobId: null, phase: 'starting', progress: null, result: null, error: null }
    try {
      const { jobId } = await api.exportStart(request)
      const seen = early.get(jobId)
      early.clear()
      update({ jobId, phase: 'running', progress: seen?.progress ?? null })
      if (seen?.finished) finish(seen.finished)
      return true
    } catch (e) {
      update({ phase: 'failed', error: toAppError(e) })
      return false
    }
  }

  /** What a tab shows (its report, or the overview), as the tab's buttons ask for it. */
  function startTab(tab: string, what: TabExport, format: ExportFormat): Promise<boolean> {
    return start({ ...what, format, locale: settings.locale }, tab)
  }

  /** Every report of the selected account over the header's range. */
  function startAccount(): Promise<boolean> {
    const accountId = accounts.selectedId
    if (!accountId) return Promise.resolve(false)
    return start({ kind: 'account', accountId, ...range.range, locale: settings.locale })
  }

  /** Several accounts compared (and, if asked, each account's own sheets) over the header's range. */
  function startPortfolio(chosen: string[] | 'all', perAccountSheets: boolean): Promise<boolean> {
    if (chosen !== 'all' && chosen.length === 0) return Promise.resolve(false)
    portfolioOpen.value = false
    return start({ kind: 'portfolio', accounts: chosen, ...range.range, perAccountSheets, locale: settings.locale })
  }

  async function cancel(): Promise<void> {
    const jobId = job.value?.jobId
    if (!jobId || job.value?.phase !== 'running' || cancelling.value) return
    cancelling.value = true
    try {
      await api.exportCancel({ jobId })
      // Either way export:finished follows (cancelled, or the file if it was already written).
    } catch (e) {
      cancelling.value = false
      update({ error: toAppError(e) })
    }
  }

  function dismiss(): void {
    if (!busy.value) job.value = null
  }

  function dispose(): void {
    unsubscribe?.()
    unsubscribe = null
  }

  return { job, busy, cancelling, portfolioOpen, listen, start, startTab, startAccount, startPortfolio, cancel, dismiss, dispose }
})
