// A sync run's counters, its tasks' states, and events throttled to a pace a UI can follow.
import type { Day } from '../../shared/calendar'
import type { ReportId } from '../../shared/reports'
import type { SyncProgress, SyncRunState, SyncTaskStatus } from '../../shared/sync'

const EMIT_EVERY_MS = 100

export class ProgressTracker {
  private readonly tasks = new Map<string, SyncTaskStatus>()
  private readonly planned = new Map<string, number>()
  private readonly changed = new Set<string>()
  private requestsDone = 0
  private rows = 0
  private snapshotsDone = 0
  private current: SyncProgress['current'] = null
  private state: SyncRunState = 'running'
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(
    readonly runId: string,
    private readonly range: { from: Day; to: Day },
    private readonly startedAt: number,
    private readonly now: () => number,
    private readonly emit: (p: SyncProgress) => void
  ) {}

  add(task: SyncTaskStatus, estimatedRequests: number): void {
    this.tasks.set(task.id, task)
    this.planned.set(task.id, estimatedRequests)
    this.changed.add(task.id)
  }

  update(id: string, change: Partial<SyncTaskStatus>): void {
    const task = this.tasks.get(id)
    if (!task) return
    Object.assign(task, change)
    this.changed.add(id)
    this.schedule()
  }

  /** One HTTP attempt by a task (retries count too: they are real requests). */
  attempt(id: string): void {
    const task = this.tasks.get(id)
    if (!task) return
    task.requests++
    this.requestsDone++
    this.planned.set(id, Math.max(this.planned.get(id) ?? 0, task.requests))
    this.current = { accountId: task.accountId, report: task.report as ReportId, variant: task.variant }
    this.changed.add(id)
    this.schedule()
  }

  /** Paging learned how many pages a task really has. */
  pagesKnown(id: string, pagesTotal: number): void {
    const task = this.tasks.get(id)
    if (!task) return
    this.planned.set(id, Math.max(this.planned.get(id) ?? 0, pagesTotal, task.requests))
    this.schedule()
  }

  snapshotWritten(id: string, rows: number): void {
    this.snapshotsDone++
    this.rows += rows
    this.update(id, { state: 'done', rows })
  }

  /** The whole state, every task included (for sync:status and the final event). */
  snapshot(all = true): SyncProgress {
    let requestsTotal = 0
    for (const [id, planned] of this.planned) {
      const task = this.tasks.get(id)!
      // A task that ended without its planned requests (error, skip, fewer pages) needs no more.
      requestsTotal += task.state === 'pending' || task.state === 'running' ? planned : task.requests
    }
    const elapsed = this.now() - this.startedAt
    const left = Math.max(0, requestsTotal - this.requestsDone)
    return {
      runId: this.runId,
      state: this.state,
      from: this.range.from,
      to: this.range.to,
      startedAt: this.startedAt,
      requestsDone: this.requestsDone,
      requestsTotal: Math.max(requestsTotal, this.requestsDone),
      rows: this.rows,
      snapshotsDone: this.snapshotsDone,
      snapshotsTotal: this.tasks.size,
      current: this.current,
      etaMs: this.requestsDone >= 3 && this.state === 'running' ? Math.round((elapsed / this.requestsDone) * left) : null,
      tasks: (all ? [...this.tasks.values()] : [...this.changed].map((id) => this.tasks.get(id)!)).map((t) => ({ ...t }))
    }
  }

  finish(state: SyncRunState): void {
    this.state = state
    this.flush()
  }

  get totals(): { requests: number; rows: number; snapshots: number } {
    return { requests: this.requestsDone, rows: this.rows, snapshots: this.snapshotsDone }
  }

  private schedule(): void {
    // The final event is sent: a page that was still in flight when its task failed may report
    // back later, after the run's cache has perhaps been closed, and must not emit again.
    if (this.state !== 'running') return
    this.timer ??= setTimeout(() => this.flush(), EMIT_EVERY_MS)
  }

  flush(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.emit(this.snapshot(false))
    this.changed.clear()
  }
}
