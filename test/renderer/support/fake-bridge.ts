// A Bridge double: every call resolves to an envelope the test controls; events are emitted by hand.
import { vi } from 'vitest'
import type { Bridge } from '../../../src/shared/channels'
import type { EventChannel, EventMap } from '../../../src/shared/contract'
import type { AccountSummary, AppInfo, ExportResult, TrendQuery, TrendReport } from '../../../src/shared/dto'
import type { Envelope, ErrorEnvelope } from '../../../src/shared/errors'
import { DEFAULT_APP_SETTINGS, type AppSettings, type SyncProgress, type SyncRequest } from '../../../src/shared/sync'
import { trendReport } from './fixtures'

export const DEMO_ACCOUNT: AccountSummary = { id: 'demo', name: '演示小程序', kind: 'authorizer', appId: '1000001', demo: true }

export const APP_INFO: AppInfo = {
  version: '0.1.0',
  host: 'web',
  unsettledDays: 2,
  connectivity: { online: true, since: 1_000, reason: null },
  cacheRecovery: null
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

  const bridge = {
    appInfo: vi.fn(async (): Promise<Envelope<AppInfo>> => ok(APP_INFO)),
    accountsList: vi.fn(async () => ok([DEMO_ACCOUNT])),
    reportsTrend: vi.fn(async (query: TrendQuery): Promise<Envelope<TrendReport>> => ok(trendReport(query))),
    exportTrend: vi.fn(async (): Promise<Envelope<ExportResult>> => ok({ status: 'cancelled' })),
    shellOpenExternal: vi.fn(async () => ok({ opened: true })),
    syncStart: vi.fn(async (_request: SyncRequest): Promise<Envelope<{ runId: string }>> => ok({ runId: `run-${++runs}` })),
    syncCancel: vi.fn(async (_input: { runId: string }): Promise<Envelope<{ cancelled: boolean }>> => ok({ cancelled: true })),
    syncStatus: vi.fn(async (): Promise<Envelope<SyncProgress | null>> => ok(null)),
    settingsGet: vi.fn(async (): Promise<Envelope<AppSettings>> => ok({ ...settings })),
    settingsSet: vi.fn(async (patch: Partial<AppSettings>): Promise<Envelope<AppSettings>> => {
      settings = { ...settings, ...patch }
      return ok({ ...settings })
    }),
    onReportsProgress: vi.fn((listener: Listener<'reports:progress'>) => subscribe('reports:progress', listener)),
    onSyncProgress: vi.fn((listener: Listener<'sync:progress'>) => subscribe('sync:progress', listener)),
    onSyncFinished: vi.fn((listener: Listener<'sync:finished'>) => subscribe('sync:finished', listener)),
    onAppConnectivity: vi.fn((listener: Listener<'app:connectivity'>) => subscribe('app:connectivity', listener))
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
    }
  }
}

export type FakeBridge = ReturnType<typeof createFakeBridge>
