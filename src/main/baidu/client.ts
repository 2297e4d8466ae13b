// A client for one account's connection: any report through the same gate, retries and paging.
import type { ReportId } from '../../shared/reports'
import { createConnection, type CallObserver, type Connection, type RunContext, type TokenSource } from './connection'
import { fetchReport, type FetchedReport, type ReportRequest } from './fetch-report'
import { DEFAULT_NETWORK_SETTINGS, type NetworkSettings } from './network-settings'
import { RetryBudget } from './retry'
import type { FetchLike } from './transport'

export interface ClientOptions {
  baseUrl: string
  fetch: FetchLike
  token: TokenSource
  settings?: Partial<NetworkSettings>
  now?: () => number
  /** Told how each call ended (an account's health). */
  observer?: CallObserver
}

export interface CallOptions {
  signal?: AbortSignal
  onProgress?: (pagesDone: number, pagesTotal: number) => void
  /** The run this call belongs to (shared retry budget); a fresh one when absent. */
  run?: RunContext
  pageConcurrency?: number
  /** See FetchReportOptions.predict. */
  predict?: boolean
}

export interface BaiduClient {
  readonly connection: Connection
  /** A new run: its own retry budget, optionally cancellable. */
  newRun(signal?: AbortSignal): RunContext
  fetch<R extends ReportId>(request: ReportRequest<R>, options?: CallOptions): Promise<FetchedReport<R>>
}

export function createBaiduClient(options: ClientOptions): BaiduClient {
  const settings: NetworkSettings = { ...DEFAULT_NETWORK_SETTINGS, ...options.settings }
  const connection = createConnection({ baseUrl: options.baseUrl, fetch: options.fetch, token: options.token, settings, now: options.now, observer: options.observer })
  const newRun = (signal?: AbortSignal): RunContext => ({ budget: new RetryBudget(settings.retryBudget), signal })
  return {
    connection,
    newRun,
    fetch(request, call = {}) {
      const run = call.run ? { ...call.run, signal: call.signal ?? call.run.signal } : newRun(call.signal)
      return fetchReport(connection, request, run, { onProgress: call.onProgress, pageConcurrency: call.pageConcurrency, predict: call.predict, now: options.now })
    }
  }
}
