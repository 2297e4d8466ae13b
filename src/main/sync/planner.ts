// A sync run's work: accounts × reports × variants over a range, minus what the cache already holds.
import type { Day } from '../../shared/calendar'
import { allVariants, variantKey, type ReportId, type Variant } from '../../shared/reports'
import { reportsForKind } from '../../shared/account-kinds'
import type { AccountEntry } from '../accounts'
import { dailySeries } from '../reports/daily-series'
import type { FetchPlan, ReportQuery } from '../reports/fetch-plan'

export interface SyncTask {
  id: string
  account: AccountEntry
  report: ReportId
  variant: Variant
  query: ReportQuery
  plan: Exclude<FetchPlan, { kind: 'cached' }>
  /** Requests this task will probably make. */
  estimate: number
}

export interface PlanInput {
  accounts: readonly AccountEntry[]
  /** Limit to these reports (each account still gets only the reports that apply to it). */
  reports?: readonly ReportId[]
  from: Day
  to: Day
  refresh: boolean
  plan: (query: ReportQuery, refresh: boolean) => FetchPlan
}

/** Every (account, report, variant) whose data the cache cannot answer yet, with its plan. */
export function planSync(input: PlanInput): SyncTask[] {
  const tasks: SyncTask[] = []
  for (const account of input.accounts) {
    for (const report of reportsForKind(account.summary.kind)) {
      if (input.reports && !input.reports.includes(report)) continue
      for (const variant of allVariants(report)) {
        const query: ReportQuery = { accountId: account.summary.id, report, variant, from: input.from, to: input.to }
        const plan = input.plan(query, input.refresh)
        if (plan.kind === 'cached') continue
        tasks.push({
          id: `${account.summary.id}|${report}|${variantKey(variant)}`,
          account,
          report,
          variant,
          query,
          plan,
          estimate: plan.kind === 'full' ? plan.requests : plan.offsets.length
        })
      }
    }
  }
  // Tasks whose length only page 1 can tell go first: their later pages are found sooner and
  // join the queue early instead of trailing at the end of the run.
  const discovers = (t: SyncTask): number => (t.plan.kind === 'full' && !dailySeries(t.report, t.variant) ? 0 : 1)
  return tasks.map((t, i) => ({ t, i })).sort((a, b) => discovers(a.t) - discovers(b.t) || a.i - b.i).map(({ t }) => t)
}
