// Runs a sync's tasks: all at once, bounded by each account's gate and the shared global limit;
// every task writes its snapshot whole or not at all; one failure never stops the others.
import type { ErrorCode } from '../../shared/errors'
import type { SyncError, SyncSummary } from '../../shared/sync'
import { variantKey } from '../../shared/reports'
import { toErrorEnvelope } from '../app-error'
import { RetryBudget, shareSignal, type RunContext } from '../baidu'
import { executePlan } from '../reports/execute-plan'
import type { SnapshotRepository } from '../store'
import type { SyncTask } from './planner'
import type { ProgressTracker } from './progress'

/** Failures that will fail every request of the account alike: stop asking for it. */
const ACCOUNT_WIDE: ReadonlySet<ErrorCode> = new Set(['auth', 'ip_whitelist'])

export interface RunDeps {
  snapshots: SnapshotRepository
  now: () => number
  retryBudget: number
  signal: AbortSignal
  progress: ProgressTracker
  /** Told about each request outcome, so the app knows whether it is online. */
  onNetworkOutcome?: (error: ErrorCode | null) => void
}

export async function runSync(tasks: readonly SyncTask[], deps: RunDeps): Promise<Omit<SyncSummary, 'runId' | 'durationMs'>> {
  const { progress } = deps
  const errors: SyncError[] = []
  const accountFailure = new Map<string, { code: ErrorCode; message: string }>()
  const budget = new RetryBudget(deps.retryBudget)
  // One stop per account: an account-wide failure cancels that account's queued requests too.
  const accountStops = new Map<string, AbortController>()
  const accountSignal = (accountId: string): AbortSignal => {
    let stop = accountStops.get(accountId)
    if (!stop) {
      stop = new AbortController()
      accountStops.set(accountId, stop)
    }
    return shareSignal(AbortSignal.any([deps.signal, stop.signal]))
  }

  for (const t of tasks) {
    progress.add(
      { id: t.id, accountId: t.account.summary.id, report: t.report, variant: variantKey(t.variant), state: 'pending', requests: 0, rows: 0, error: null },
      t.estimate
    )
  }
  progress.flush()

  const fail = (t: SyncTask, code: ErrorCode, message: string, state: 'error' | 'skipped'): void => {
    progress.update(t.id, { state, error: { code, message } })
    errors.push({ accountId: t.account.summary.id, report: t.report, variant: variantKey(t.variant), code, message })
  }

  await Promise.all(
    tasks.map(async (t) => {
      const skipBecause = (): { code: ErrorCode; message: string } | undefined =>
        deps.signal.aborted ? { code: 'cancelled', message: 'cancelled' } : accountFailure.get(t.account.summary.id)
      let why = skipBecause()
      if (why) return fail(t, why.code, why.message, 'skipped')
      progress.update(t.id, { state: 'running' })
      const run: RunContext = { budget, signal: accountSignal(t.account.summary.id), onAttempt: () => progress.attempt(t.id) }
      try {
        const done = await executePlan(t.query, t.plan, {
          client: t.account.client,
          snapshots: deps.snapshots,
          run,
          now: deps.now,
          onProgress: (_done, total) => progress.pagesKnown(t.id, total)
        })
        deps.onNetworkOutcome?.(null)
        progress.snapshotWritten(t.id, done.data.rows.length)
      } catch (err) {
        const { code, message } = toErrorEnvelope(err)
        if (code === 'network' || code === 'timeout') deps.onNetworkOutcome?.(code)
        if (ACCOUNT_WIDE.has(code) && !accountFailure.has(t.account.summary.id)) {
          accountFailure.set(t.account.summary.id, { code, message })
          accountStops.get(t.account.summary.id)?.abort(err)
        }
        why = skipBecause()
        // Tasks cut short by a cancel or by their account's failure are skipped, not failed themselves.
        if (code === 'cancelled' && why) fail(t, why.code, why.message, 'skipped')
        else fail(t, code, message, 'error')
      }
    })
  )
  const totals = progress.totals
  return { ...totals, errors, cancelled: deps.signal.aborted }
}
