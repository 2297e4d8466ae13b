// Interrupted runs: which later run makes one whole, and what resuming one asks for.
import type { SyncRequest } from '../../shared/sync'

/** Whether a run of `next` fetches everything `earlier` set out to (so `earlier` needs no resume). */
export function coversRequest(next: SyncRequest, earlier: SyncRequest): boolean {
  const { accounts, reports } = next
  const allAccounts = accounts === 'all' || (earlier.accounts !== 'all' && earlier.accounts.every((id) => accounts.includes(id)))
  const allReports = reports === undefined || (earlier.reports !== undefined && earlier.reports.every((r) => reports.includes(r)))
  return allAccounts && allReports && next.from <= earlier.from && next.to >= earlier.to
}

/**
 * The request that resumes an interrupted run: the same accounts (those still saved), reports and
 * range. Never a refresh, even if the run was one: resuming fetches only what is missing.
 * Null when none of its accounts is left.
 */
export function resumeRequest(request: SyncRequest, savedAccountIds: ReadonlySet<string>): SyncRequest | null {
  const { refresh: _refresh, ...rest } = request
  if (rest.accounts === 'all') return rest
  const accounts = rest.accounts.filter((id) => savedAccountIds.has(id))
  return accounts.length > 0 ? { ...rest, accounts } : null
}
