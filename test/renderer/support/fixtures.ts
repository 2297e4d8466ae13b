import type { SyncProgress, SyncSummary, SyncTaskStatus } from '../../../src/shared/sync'
import type { TrendMetric } from '../../../src/shared/reports'
import { OFFICIAL_API_BASE_URL, type AccountSummary } from '../../../src/shared/accounts'

/** An account as main would list it: a pasted authorizer token, healthy, nothing to do. */
export function account(overrides: Partial<AccountSummary> & Pick<AccountSummary, 'id'>): AccountSummary {
  return {
    name: overrides.id,
    kind: 'authorizer',
    appId: `app-${overrides.id}`,
    demo: false,
    baseUrl: OFFICIAL_API_BASE_URL,
    notes: '',
    tags: [],
    secrets: { token: '••••a1b2' },
    tokenExpiresAt: null,
    health: { lastOkAt: null, lastError: null },
    needsAction: null,
    ...overrides
  }
}

/** `null` is "not available yet" (the API's "--"). */
type TrendValues = Record<TrendMetric, number | null>

export const SUM: TrendValues = {
  new_user_count: 5620,
  new_user_ratio: 82.19,
  old_user_count: 1218,
  old_user_ratio: 17.81,
  user_count: 6838,
  session_count: 7727,
  average_session_time: 54,
  session_time_per_person: null
}

/** Newest first, as the API sends them. */
export const ROWS: ({ name: string } & TrendValues)[] = [
  { name: '2019/04/15', ...SUM, user_count: 1474, new_user_count: 1150, session_time_per_person: 47 },
  { name: '2019/04/14', ...SUM, user_count: 1580, new_user_count: null, session_time_per_person: 60 },
  { name: '2019/04/13', ...SUM, user_count: 1210, new_user_count: 990, session_time_per_person: 52 }
]

export function syncTask(overrides: Partial<SyncTaskStatus> & Pick<SyncTaskStatus, 'id'>): SyncTaskStatus {
  return {
    accountId: 'demo',
    report: 'trend',
    variant: 'gran=day',
    state: 'pending',
    requests: 0,
    rows: 0,
    error: null,
    ...overrides
  }
}

export function syncProgress(overrides: Partial<SyncProgress> = {}): SyncProgress {
  return {
    runId: 'run-1',
    state: 'running',
    from: '20240101',
    to: '20240130',
    startedAt: Date.UTC(2024, 0, 31, 2, 0),
    requestsDone: 0,
    requestsTotal: 40,
    rows: 0,
    snapshotsDone: 0,
    snapshotsTotal: 10,
    current: null,
    etaMs: null,
    tasks: [],
    ...overrides
  }
}

export function syncSummary(overrides: Partial<SyncSummary> = {}): SyncSummary {
  return { runId: 'run-1', requests: 40, rows: 3456, snapshots: 10, errors: [], durationMs: 42_000, cancelled: false, ...overrides }
}
