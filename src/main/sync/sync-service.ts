// Sync as a job: start returns an id, progress arrives as events, cancel stops it, status recovers it;
// a run a crash or quit cut short is offered for resuming until resumed, covered or dismissed.
import { randomUUID } from 'node:crypto'
import type { InterruptedSync, SyncProgress, SyncRequest, SyncSummary } from '../../shared/sync'
import type { ErrorCode } from '../../shared/errors'
import type { AccountService } from '../accounts'
import { AppError } from '../app-error'
import { shareSignal } from '../baidu'
import type { Logger } from '../log'
import type { ReportService } from '../reports/report-service'
import type { SnapshotRepository, SyncRunRepository } from '../store'
import { planSync } from './planner'
import { ProgressTracker } from './progress'
import { coversRequest, resumeRequest } from './resume'
import { runSync } from './runner'

export interface SyncServiceDeps {
  accounts: AccountService
  reports: ReportService
  snapshots: SnapshotRepository
  runs: SyncRunRepository
  now: () => number
  logger: Logger
  retryBudget: () => number
  onProgress: (p: SyncProgress) => void
  onFinished: (s: SyncSummary) => void
  onNetworkOutcome?: (error: ErrorCode | null) => void
  /** Called when a run ends: a good moment to fold the WAL back into the database. */
  checkpoint?: () => void
}

interface ActiveRun {
  id: string
  controller: AbortController
  progress: ProgressTracker
  done: Promise<SyncSummary>
  /** Stopped because the app is closing: left unfinished in the record, to be offered next time. */
  closing: boolean
}

export class SyncService {
  private active: ActiveRun | null = null
  private last: { progress: ProgressTracker; summary: SyncSummary } | null = null

  constructor(private readonly deps: SyncServiceDeps) {}

  /** Plans and starts a run; the summary promise settles when it ends (the CLI awaits it). */
  start(request: SyncRequest): { runId: string; done: Promise<SyncSummary> } {
    if (this.active) throw new AppError('busy', 'a sync is already running')
    const { deps } = this
    const accounts = request.accounts === 'all' ? deps.accounts.entries() : request.accounts.map((id) => deps.accounts.get(id))
    const tasks = planSync({
      accounts,
      reports: request.reports,
      from: request.from,
      to: request.to,
      refresh: request.refresh === true,
      plan: (q, refresh) => deps.reports.plan(q, refresh)
    })
    const id = randomUUID()
    const startedAt = deps.now()
    const controller = new AbortController()
    shareSignal(controller.signal)
    const progress = new ProgressTracker(id, request, startedAt, deps.now, (p) => {
      // How far the work got, not the stopping: once cancelled, skipped tasks drop out of the total.
      if (!controller.signal.aborted) deps.runs.progressed(id, p.requestsDone, p.requestsTotal)
      deps.onProgress(p)
    })
    // This run fetches whatever an interrupted run it covers still lacked: stop offering that one.
    const covered = deps.runs.unfinished().filter((r) => coversRequest(request, r.request))
    deps.runs.abandon(covered.map((r) => r.id), startedAt)
    deps.runs.started(id, startedAt, request)
    const done = runSync(tasks, {
      snapshots: deps.snapshots,
      now: deps.now,
      retryBudget: deps.retryBudget(),
      signal: controller.signal,
      progress,
      onNetworkOutcome: deps.onNetworkOutcome
    }).then((result) => {
      const summary: SyncSummary = { runId: id, ...result, durationMs: deps.now() - startedAt }
      progress.finish(result.cancelled ? 'cancelled' : 'done')
      // After the run has reported back, not before: nobody waits on the checkpoint.
      if (deps.checkpoint) setImmediate(deps.checkpoint)
      // A run stopped by a quit stays unfinished in the record: the next start offers to resume it.
      if (!this.active?.closing) deps.runs.finished(summary, deps.now())
      deps.onFinished(summary)
      this.last = { progress, summary }
      this.active = null
      return summary
    })
    this.active = { id, controller, progress, done, closing: false }
    return { runId: id, done }
  }

  cancel(runId: string): boolean {
    if (this.active?.id !== runId) return false
    this.active.controller.abort(new AppError('cancelled', 'sync cancelled'))
    return true
  }

  /** The running run, else the last one of this session (with its summary), with every task. */
  status(): SyncProgress | null {
    if (this.active) return this.active.progress.snapshot(true)
    return this.last ? { ...this.last.progress.snapshot(true), summary: this.last.summary } : null
  }

  /** Stops whatever runs (the app is quitting); written snapshots stay, and the run is offered next time. */
  cancelAll(): void {
    if (!this.active) return
    this.active.closing = true
    this.active.controller.abort(new AppError('cancelled', 'the app is closing'))
  }

  /** The newest run a crash or quit cut short (not the one running, not one the user cancelled). */
  interrupted(): InterruptedSync | null {
    const saved = new Set(this.deps.accounts.list().map((a) => a.id))
    for (const run of this.deps.runs.unfinished()) {
      if (run.id === this.active?.id) continue
      const request = resumeRequest(run.request, saved)
      if (request) return { runId: run.id, request, startedAt: run.startedAt, requestsDone: run.requestsDone, requestsTotal: run.requestsTotal }
    }
    return null
  }

  /** Stops offering an interrupted run; false when it was not on offer. */
  dismissInterrupted(runId: string): boolean {
    if (runId === this.active?.id) return false
    return this.deps.runs.abandon([runId], this.deps.now()) > 0
  }

  /** Waits for the running run, if any (clean shutdown). */
  async idle(): Promise<void> {
    await this.active?.done
  }
}
