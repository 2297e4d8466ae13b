// The real network: undici with an explicit connect timeout (global fetch has none to set).
import { Agent, fetch as undiciFetch } from 'undici'
import type { FetchLike } from './transport'

export interface HttpFetchOptions {
  connectTimeoutMs: number
}

export function createHttpFetch(options: HttpFetchOptions): FetchLike {
  const dispatcher = new Agent({ connect: { timeout: options.connectTimeoutMs }, keepAliveTimeout: 10_000 })
  return (url, init) =>
    undiciFetch(url, { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher }) as unknown as Promise<Response>
}
