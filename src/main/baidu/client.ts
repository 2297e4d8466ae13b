// A client for one account's connection: its base URL, transport and token source.
import { fetchTrend, type TrendRequest, type TrendResult } from './trend'
import type { FetchLike, TransportOptions } from './transport'

export interface ClientOptions {
  baseUrl: string
  fetch: FetchLike
  /** Where the access token comes from; later a refreshing provider slots in here. */
  token: () => Promise<string>
  timeoutMs?: number
  /** Pages of one report fetched at once. */
  pageConcurrency?: number
}

export interface CallOptions {
  signal?: AbortSignal
  onProgress?: (pagesDone: number, pagesTotal: number) => void
}

export interface BaiduClient {
  trend(request: TrendRequest, options?: CallOptions): Promise<TrendResult>
}

export const DEFAULT_TIMEOUT_MS = 30_000
export const DEFAULT_PAGE_CONCURRENCY = 4

export function createBaiduClient(options: ClientOptions): BaiduClient {
  const transport: TransportOptions = {
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  }
  const concurrency = options.pageConcurrency ?? DEFAULT_PAGE_CONCURRENCY
  return {
    async trend(request, call = {}) {
      return fetchTrend(transport, await options.token(), request, { concurrency, ...call })
    }
  }
}
