// An ExportSource over made-up cached data: accounts with hostile names, a pages report of any
// size, a user trend with totals. For export specs that need control over size and content.
import type { AccountSummary } from '../../../src/shared/accounts'
import { addDays, eachDay, toSlashDate } from '../../../src/shared/calendar'
import type { MetricRow, PageRow } from '../../../src/shared/report-data'
import type { ExportSource } from '../../../src/main/export'
import { AppError } from '../../../src/main/app-error'
import { TREND_COLUMNS } from '../../../src/shared/reports'

export const FAKE_NOW = Date.UTC(2026, 10, 21, 4)

export function fakeAccount(id: string, name: string, kind: AccountSummary['kind'] = 'authorizer'): AccountSummary {
  return {
    id,
    name,
    kind,
    appId: kind === 'tp' ? null : `app-${id}`,
    demo: false,
    baseUrl: 'http://127.0.0.1:9',
    notes: '',
    tags: [],
    secrets: {},
    tokenExpiresAt: null,
    health: { lastOkAt: null, lastError: null },
    needsAction: null
  }
}

export function pageRows(n: number): PageRow[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `/pages/p${i}`,
    path: i % 97 === 0 ? `=HYPERLINK("http://evil.example/${i}")` : `/pages/p${i}/index`,
    alias: i % 5 === 0 ? '' : `页面${i}`,
    pageId: String(100000 + i),
    values: { pv_count: i * 3, pv_ratio: (i % 100) / 10, pv_user_count: i, average_stay_time: i % 600, stay_time_ratio: null, bounce_ratio: 12.5, entry_count: i % 7, exit_count: i % 11 }
  }))
}

export function trendRows(from: string, to: string): MetricRow[] {
  return eachDay({ from, to })
    .reverse()
    .map((day, i) => ({
      name: toSlashDate(day),
      values: Object.fromEntries(TREND_COLUMNS.map((c, j) => [c.key, c.unit === 'percent' ? 12.34 + j : 1000 + i * 10 + j]))
    }))
}

export interface FakeSourceOptions {
  accounts: AccountSummary[]
  /** Rows of the pages report per account id (absent: not cached). */
  pages?: Record<string, number>
  /** Accounts whose day trend is cached (with totals unless listed in noTotals). */
  trend?: string[]
  noTotals?: string[]
  /** Accounts whose activity report is cached. */
  activity?: string[]
}

export function activityRows(from: string, to: string): MetricRow[] {
  return eachDay({ from, to })
    .reverse()
    .map((day, i) => ({ name: toSlashDate(day), values: { user_count: 500 - i, accumulative_user_count: 90_000 - i * 37 } }))
}

export function fakeSource(options: FakeSourceOptions): ExportSource & { offlineCalls: number } {
  const source = {
    offlineCalls: 0,
    accounts: {
      list: () => options.accounts,
      get: (id: string) => {
        const summary = options.accounts.find((a) => a.id === id)
        if (!summary) throw new AppError('not_found', `no account ${id}`)
        return { summary }
      }
    },
    reports: {
      offline(query: { accountId: string; report: string; variant: Record<string, string>; from: string; to: string }) {
        source.offlineCalls++
        const answer = (rows: unknown[], sum: Record<string, number | null> | null) => ({
          data: { report: query.report, timeSpan: `${toSlashDate(query.from)} - ${toSlashDate(query.to)}`, total: rows.length, sum, rows },
          fetchedAt: FAKE_NOW - 3600_000,
          source: 'cache' as const,
          settled: query.to < addDays('20261121', -2),
          staleBecause: null
        })
        if (query.report === 'pages' && options.pages?.[query.accountId] !== undefined) return answer(pageRows(options.pages[query.accountId]!), null)
        if (query.report === 'trend' && query.variant['gran'] === 'day' && options.trend?.includes(query.accountId)) {
          const sum = options.noTotals?.includes(query.accountId) ? null : Object.fromEntries(TREND_COLUMNS.map((c, j) => [c.key, c.key === 'session_time_per_person' ? null : c.unit === 'percent' ? 50 + j : 90000 + j]))
          return answer(trendRows(query.from, query.to), sum)
        }
        if (query.report === 'activity' && options.activity?.includes(query.accountId)) return answer(activityRows(query.from, query.to), null)
        return null
      },
      /** What a tab loaded: the cache's answer (nothing here is fetched). */
      async get(query: { accountId: string; report: string; variant: Record<string, string>; from: string; to: string }, getOptions: { signal?: AbortSignal } = {}) {
        getOptions.signal?.throwIfAborted()
        const cached = source.reports.offline(query)
        if (!cached) throw new AppError('not_found', `nothing cached for ${query.report}`)
        return cached
      }
    },
    now: () => FAKE_NOW
  }
  return source as unknown as ExportSource & { offlineCalls: number }
}
