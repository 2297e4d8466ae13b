// Pure helpers of the sync store: folding full snapshots into what events already told us.
import type { SyncError, SyncProgress, SyncSummary, SyncTaskState, SyncTaskStatus } from '../../shared/sync'

/** A run's counters without its task list. */
export type SyncHead = Omit<SyncProgress, 'tasks'>

/** How a run ended, from sync:finished, or rebuilt from sync:status (which has no duration). */
export interface SyncOutcome extends Omit<SyncSummary, 'durationMs'> {
  durationMs: number | null
}

const RANK: Record<SyncTaskState, number> = { pending: 0, running: 1, done: 2, skipped: 2, error: 2 }

/**
 * The further along of two reports of one task. A snapshot (sync:status) can be older than an event
 * merged while it was on its way; a task's 'done' arrives once, so it must never be rolled back.
 */
export function furtherTask(known: SyncTaskStatus | undefined, next: SyncTaskStatus): SyncTaskStatus {
  if (!known) return next
  const a = RANK[known.state]
  const b = RANK[next.state]
  if (a !== b) return a > b ? known : next
  return known.requests > next.requests ? known : next
}

/** The further along of two heads of the same run (by requests done, then terminal state). */
export function furtherHead(known: SyncHead | null, next: SyncHead): SyncHead {
  if (!known || known.runId !== next.runId) return next
  if (known.state !== 'running' && next.state === 'running') return known
  if (next.state !== 'running') return next
  return known.requestsDone > next.requestsDone ? known : next
}

export function headOf(p: SyncProgress): SyncHead {
  const { tasks: _tasks, ...head } = p
  return head
}

export function taskErrors(tasks: Iterable<SyncTaskStatus>): SyncError[] {
  const out: SyncError[] = []
  for (const t of tasks) {
    if (t.state === 'error' && t.error) {
      out.push({ accountId: t.accountId, report: t.report, variant: t.variant, code: t.error.code, message: t.error.message })
    }
  }
  return out
}

/** The outcome of a finished run known only from sync:status. */
export function outcomeFromStatus(head: SyncHead, tasks: Iterable<SyncTaskStatus>): SyncOutcome {
  return {
    runId: head.runId,
    cancelled: head.state === 'cancelled',
    requests: head.requestsDone,
    rows: head.rows,
    snapshots: head.snapshotsDone,
    errors: taskErrors(tasks),
    durationMs: null
  }
}

/** The head a run starts with, before its first progress event arrives. */
export function emptyHead(runId: string, from: string, to: string, now: number): SyncHead {
  return {
    runId,
    state: 'running',
    from,
    to,
    startedAt: now,
    requestsDone: 0,
    requestsTotal: 0,
    rows: 0,
    snapshotsDone: 0,
    snapshotsTotal: 0,
    current: null,
    etaMs: null
  }
}
