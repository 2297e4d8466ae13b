// A Bridge double: every call resolves to an envelope the test controls; events are emitted by hand.
import { vi } from 'vitest'
import type { Bridge } from '../../../src/shared/channels'
import type { EventMap } from '../../../src/shared/contract'
import type { AccountSummary, ExportResult, TrendQuery, TrendReport } from '../../../src/shared/dto'
import type { Envelope, ErrorEnvelope } from '../../../src/shared/errors'
import { trendReport } from './fixtures'

export const DEMO_ACCOUNT: AccountSummary = { id: 'demo', name: '演示小程序', kind: 'authorizer', appId: '1000001', demo: true }

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

type ProgressListener = (payload: EventMap['reports:progress']) => void

export function createFakeBridge() {
  const progressListeners = new Set<ProgressListener>()
  const bridge = {
    appInfo: vi.fn(async () => ok({ version: '0.1.0', host: 'web' as const, unsettledDays: 2 })),
    accountsList: vi.fn(async () => ok([DEMO_ACCOUNT])),
    reportsTrend: vi.fn(async (query: TrendQuery): Promise<Envelope<TrendReport>> => ok(trendReport(query))),
    exportTrend: vi.fn(async (): Promise<Envelope<ExportResult>> => ok({ status: 'cancelled' })),
    shellOpenExternal: vi.fn(async () => ok({ opened: true })),
    onReportsProgress: vi.fn((listener: ProgressListener) => {
      progressListeners.add(listener)
      return () => progressListeners.delete(listener)
    })
  } satisfies Bridge
  return {
    bridge,
    progress(payload: EventMap['reports:progress']): void {
      for (const listener of progressListeners) listener(payload)
    },
    listenerCount: () => progressListeners.size
  }
}

export type FakeBridge = ReturnType<typeof createFakeBridge>
