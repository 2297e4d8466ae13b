// A Bridge double: every call resolves to an envelope the test controls; events are emitted by hand.
import { vi } from 'vitest'
import type { Bridge } from '../../../src/shared/channels'
import type { EventChannel, EventMap } from '../../../src/shared/contract'
import { maskSecret, OFFICIAL_API_BASE_URL, type AccountInput, type AccountSummary, type ConnectionTest, type SecretField } from '../../../src/shared/accounts'
import type { AppInfo, ExportResult, ReportQuery, ReportView } from '../../../src/shared/dto'
import type { ExportJobRequest } from '../../../src/shared/export-jobs'
import type { Envelope, ErrorEnvelope } from '../../../src/shared/errors'
import { DEFAULT_APP_SETTINGS, type AppSettings, type InterruptedSync, type SyncProgress, type SyncRequest } from '../../../src/shared/sync'
import { account } from './fixtures'
import { reportView } from './report-fixtures'

export const DEMO_ACCOUNT: AccountSummary = account({ id: 'demo', name: '演示小程序', appId: '1000001', demo: true })

export const APP_INFO: AppInfo = {
  version: '0.1.0',
  host: 'web',
  unsettledDays: 2,
  connectivity: { online: true, since: 1_000, reason: null },
  cacheRecovery: null,
  secretStorage: { protection: 'key_file', consented: false }
}

export function ok<T>(data: T): Envelope<T> {
  return { ok: true, data }
}

export function fail(code: ErrorEnvelope['code'], extra: Partial<ErrorEnvelope> = {}): ErrorEnvelope {
  return { ok: false, code, message: `failed: ${code}`, retryable: false, ...extra }
}

export interface Deferred<T> {
  promise: Promise<T>
  resolve(value: T): void
  reject(error: unknown): void
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

type Listener<E extends EventChannel> = (payload: EventMap[E]) => void

export function createFakeBridge() {
  const listeners = new Map<EventChannel, Set<(payload: never) => void>>()
  function subscribe<E extends EventChannel>(event: E, listener: Listener<E>): () => void {
    let set = listeners.get(event)
    if (!set) {
      set = new Set()
      listeners.set(event, set)
    }
    set.add(listener as (payload: never) => void)
    return () => set.delete(listener as (payload: never) => void)
  }
  // What main keeps: settings:set merges into it and answers the whole set.
  let settings: AppSettings = { ...DEFAULT_APP_SETTINGS }
  let runs = 0
  let jobs = 0
  // What main keeps of the accounts: the calls change it and push accounts:changed, as main does.
  let accounts: AccountSummary[] = [DEMO_ACCOUNT]
  let nextId = 0
  function changed(): void {
    emit('accounts:changed', accounts.map((a) => ({ ...a })))
  }
  function masked(secrets: AccountInput['secrets'], before: AccountSummary['secrets'] = {}): AccountSummary['secrets'] {
    const out = { ...before }
    for (const [field, value] of Object.entries(secrets ?? {}) as [SecretField, string | undefined][]) {
      if (value !== undefined) out[field] = value === '' ? null : maskSecret(value)
    }
    return out
  }
  function apply(a: AccountSummary, change: Partial<AccountInput>): AccountSummary {
    const { secrets, allowWeakStorage: _consent, ...fields } = change
    return { ...a, ...fields, appId: fields.appId === undefined ? a.appId : fields.appId, secrets: masked(secrets, a.secrets) }
  }

  const bridge = {
    appInfo: vi.fn(async (): Promise<Envelope<AppInfo>> => ok(APP_INFO)),
    accountsList: vi.fn(async (): Promise<Envelope<AccountSummary[]>> => ok(accounts.map((a) => ({ ...a })))),
    accountsAdd: vi.fn(async (input: AccountInput): Promise<Envelope<AccountSummary>> => {
      const created = apply(account({ id: `acc-${++nextId}`, name: input.name, kind: input.kind, appId: input.appId ?? null, baseUrl: input.baseUrl ?? OFFICIAL_API_BASE_URL }), input)
      accounts = [...accounts, created]
      changed()
      return ok(created)
    }),
    accountsUpdate: vi.fn(async ({ id, change }: { id: string; change: Partial<AccountInput> }): Promise<Envelope<AccountSummary>> => {
      const before = accounts.find((a) => a.id === id)
      if (!before) return fail('not_found')
      const after = apply(before, change)
      accounts = accounts.map((a) => (a.id === id ? after : a))
      changed()
      return ok(after)
    }),
    accountsRemove: vi.fn(async ({ id }: { id: string }): Promise<Envelope<{ removed: boolean }>> => {
      const removed = accounts.some((a) => a.id === id)
      accounts = accounts.filter((a) => a.id !== id)
      if (removed) changed()
      return ok({ removed })
    }),
    accountsReorder: vi.fn(async ({ ids }: { ids: string[] }): Promise<Envelope<AccountSummary[]>> => {
      accounts = [...accounts].sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
      changed()
      return ok(accounts.map((a) => ({ ...a })))
    }),
    accountsTest: vi.fn(async (_input: { id: string }): Promise<Envelope<ConnectionTest>> => ok({ ok: true, latencyMs: 230, error: null })),
    accountsExport: vi.fn(async (): Promise<Envelope<ExportResult>> => ok({ status: 'cancelled' })),
    accountsImport: vi.fn(async (_input: { json: string }): Promise<Envelope<{ added: number; skipped: string[] }>> => ok({ added: 0, skipped: [] })),
    accountsRestoreDemo: vi.fn(async (): Promise<Envelope<AccountSummary[]>> => {
      if (!accounts.some((a) => a.id === DEMO_ACCOUNT.id)) accounts = [...accounts, DEMO_ACCOUNT]
      changed()
      return ok(accounts.map((a) => ({ ...a })))
    }),
    reportsGet: vi.fn(async (query: ReportQuery): Promise<Envelope<ReportView>> => ok(reportView(query))),
    exportStart: vi.fn(async (_request: ExportJobRequest): Promise<Envelope<{ jobId: string }>> => ok({ jobId: `job-${++jobs}` })),
    exportCancel: vi.fn(async (_input: { jobId: string }): Promise<Envelope<{ cancelled: boolean }>> => ok({ cancelled: true })),
    shellOpenExternal: vi.fn(async () => ok({ opened: true })),
    syncStart: vi.fn(async (_request: SyncRequest): Promise<Envelope<{ runId: string }>> => ok({ runId: `run-${++runs}` })),
    syncCancel: vi.fn(async (_input: { runId: string }): Promise<Envelope<{ cancelled: boolean }>> => ok({ cancelled: true })),
    syncStatus: vi.fn(async (): Promise<Envelope<SyncProgress | null>> => ok(null)),
    syncInterrupted: vi.fn(async (): Promise<Envelope<InterruptedSync | null>> => ok(null)),
    syncDismissInterrupted: vi.fn(async (_input: { runId: string }): Promise<Envelope<{ dismissed: boolean }>> => ok({ dismissed: true })),
    settingsGet: vi.fn(async (): Promise<Envelope<AppSettings>> => ok({ ...settings })),
    settingsSet: vi.fn(async (patch: Partial<AppSettings>): Promise<Envelope<AppSettings>> => {
      settings = { ...settings, ...patch }
      return ok({ ...settings })
    }),
    onReportsProgress: vi.fn((listener: Listener<'reports:progress'>) => subscribe('reports:progress', listener)),
    onSyncProgress: vi.fn((listener: Listener<'sync:progress'>) => subscribe('sync:progress', listener)),
    onSyncFinished: vi.fn((listener: Listener<'sync:finished'>) => subscribe('sync:finished', listener)),
    onAppConnectivity: vi.fn((listener: Listener<'app:connectivity'>) => subscribe('app:connectivity', listener)),
    onAccountsChanged: vi.fn((listener: Listener<'accounts:changed'>) => subscribe('accounts:changed', listener)),
    onExportProgress: vi.fn((listener: Listener<'export:progress'>) => subscribe('export:progress', listener)),
    onExportFinished: vi.fn((listener: Listener<'export:finished'>) => subscribe('export:finished', listener))
  } satisfies Bridge

  function emit<E extends EventChannel>(event: E, payload: EventMap[E]): void {
    for (const listener of [...(listeners.get(event) ?? [])]) (listener as Listener<E>)(payload)
  }

  return {
    bridge,
    emit,
    progress(payload: EventMap['reports:progress']): void {
      emit('reports:progress', payload)
    },
    listenerCount: (event: EventChannel = 'reports:progress') => listeners.get(event)?.size ?? 0,
    /** Replaces what settings:get answers from now on. */
    setStoredSettings(next: AppSettings): void {
      settings = { ...next }
    },
    /** Replaces the accounts main holds (no event: as if they were there from the start). */
    setStoredAccounts(next: AccountSummary[]): void {
      accounts = next.map((a) => ({ ...a }))
    },
    storedAccounts: (): AccountSummary[] => accounts
  }
}

export type FakeBridge = ReturnType<typeof createFakeBridge>
