// The connect timeout of the real transport (undici): a server that accepts TCP but never answers the
// TLS handshake leaves the connection unestablished, and the connect timeout, not the much longer
// whole-request timeout, ends the attempt as a network failure.
import { createServer, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBaiduClient, createHttpFetch, type ApiError } from '../../../src/main/baidu'

let silent: Server
const sockets = new Set<Socket>()
let port = 0
let accepted = 0

beforeAll(async () => {
  // Accepts, reads the ClientHello, and says nothing back.
  silent = createServer((socket) => {
    accepted++
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  port = (silent.address() as AddressInfo).port
})
afterAll(async () => {
  for (const s of sockets) s.destroy()
  await new Promise((resolve) => silent.close(resolve))
})

function causes(err: unknown): unknown[] {
  const chain: unknown[] = []
  for (let e = err; e instanceof Error; e = e.cause) chain.push(e)
  return chain
}

describe('connect timeout', () => {
  it('ends a handshake that never completes as a network error, long before the request timeout', async () => {
    const client = createBaiduClient({
      baseUrl: `https://127.0.0.1:${port}`,
      fetch: createHttpFetch({ connectTimeoutMs: 200 }),
      token: async () => '45.t',
      settings: { timeoutMs: 60_000, maxAttempts: 1 }
    })
    const err = await client.fetch({ report: 'activity', variant: {}, from: '20260901', to: '20260907' }).then(
      () => expect.fail('expected a connect timeout'),
      (e: unknown) => e as ApiError
    )
    expect(err).toMatchObject({ code: 'network', retryable: true })
    expect(err.message).toMatch(/Connect Timeout Error.*timeout: 200ms/)
    expect(causes(err).some((e) => (e as { code?: string }).code === 'UND_ERR_CONNECT_TIMEOUT')).toBe(true)
    // TCP did connect: it was the unfinished TLS handshake that timed out.
    expect(accepted).toBe(1)
  }, 20_000)
})
