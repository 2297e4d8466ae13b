// The trend client against the HTTP simulator: paging, concurrency, errors, timeouts, cancellation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBaiduClient, createHttpFetch, type ApiError, type CallOptions } from '../../../src/main/baidu'
import { createSimulator, DEMO_APPS, startSimulatorServer, type SimulatorServer } from '../../../src/main/simulator'
import { countingFetch, startIndexes } from '../../support/counting-fetch'

const NOW = Date.UTC(2026, 10, 21, 4) // 2026-11-21 12:00 Beijing
const app = DEMO_APPS[0]!
let server: SimulatorServer
let slow: SimulatorServer

beforeAll(async () => {
  const simulator = createSimulator({ now: () => NOW })
  server = await startSimulatorServer({ simulator })
  slow = await startSimulatorServer({ simulator, latencyMs: 1500 })
})
afterAll(async () => {
  await server.close()
  await slow.close()
})

function client(baseUrl = server.url, token = app.token, timeoutMs = 30_000) {
  const counter = countingFetch(createHttpFetch({ connectTimeoutMs: 2000 }))
  const settings = { timeoutMs, accountConcurrency: 3, maxAttempts: 1 }
  const c = createBaiduClient({ baseUrl, fetch: counter.fetch, token: async () => token, settings })
  const trend = async (q: { gran: string; from: string; to: string }, options: CallOptions = {}) => {
    const fetched = await c.fetch({ report: 'trend', variant: { gran: q.gran }, from: q.from, to: q.to }, options)
    const flat = (r: { name: string; values: Record<string, number | null> }) => ({ name: r.name, ...r.values })
    return { ...fetched.data, sum: fetched.data.sum ?? {}, rows: fetched.data.rows.map(flat), pages: fetched.pages }
  }
  return { counter, client: { trend } }
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (err) {
    return err as ApiError
  }
  throw new Error('expected a failure')
}

describe('trend client over HTTP', () => {
  it('fetches page 1, then every other page concurrently, and returns all rows in API order', async () => {
    const { client: c, counter } = client()
    const result = await c.trend({ gran: 'day', from: '20260101', to: '20260330' })
    expect(result.total).toBe(89)
    expect(result.rows).toHaveLength(89)
    expect(result.rows[0]!.name).toBe('2026/03/30')
    expect(result.rows.at(-1)!.name).toBe('2026/01/01')
    expect(new Set(result.rows.map((r) => r.name)).size).toBe(89)
    expect(startIndexes(counter)[0]).toBe(0)
    expect([...startIndexes(counter)].sort((a, b) => a - b)).toEqual([0, 20, 40, 60, 80])
    expect(counter.maxInFlight).toBe(3)
    expect(result.pages.map((p) => p.startIndex)).toEqual([0, 20, 40, 60, 80])
    expect(JSON.parse(result.pages[0]!.body)).toMatchObject({ errno: 0, data: { offset: 0, total: 89 } })
  })

  it('sends the token in the query string and the parameters as a form body', async () => {
    const { client: c, counter } = client()
    await c.trend({ gran: 'week', from: '20190401', to: '20190415' })
    const call = counter.calls[0]!
    expect(call.url.pathname).toBe('/rest/2.0/smartapp/data/getanalysisusertrend')
    expect(call.url.searchParams.get('access_token')).toBe(app.token)
    expect(Object.fromEntries(call.body)).toEqual({ start_index: '0', start_date: '20190401', end_date: '20190415', gran: 'week' })
  })

  it('normalises values to numbers and "--" to null', async () => {
    const { client: c } = client()
    const past = await c.trend({ gran: 'day', from: '20190410', to: '20190415' })
    for (const row of [past.sum, ...past.rows]) {
      for (const v of Object.values(row).filter((x) => typeof x !== 'string')) expect(typeof v).toBe('number')
    }
    const future = await c.trend({ gran: 'day', from: '20261121', to: '20261125' })
    expect(future.total).toBe(0)
    expect(future.rows).toEqual([])
    expect(Object.values(future.sum).every((v) => v === null)).toBe(true)
  })

  it('maps an unknown token to an auth error with its errno, without the token in the message', async () => {
    const { client: c } = client(server.url, '45.not-a-known-token-xyz')
    const err = await failure(c.trend({ gran: 'day', from: '20190410', to: '20190415' }))
    expect(err).toMatchObject({ code: 'auth', errno: 44004, retryable: false })
    expect(err.message).not.toContain('not-a-known-token')
  })

  it('maps a rejected parameter to invalid_param (errno 40001)', async () => {
    const { client: c } = client()
    const err = await failure(c.trend({ gran: 'day', from: '20190415', to: '20190410' }))
    expect(err).toMatchObject({ code: 'invalid_param', errno: 40001 })
    expect(err.detail).toContain('参数错误')
  })

  it('gives up after its timeout with a timeout error', async () => {
    const { client: c } = client(slow.url, app.token, 200)
    const started = Date.now()
    const err = await failure(c.trend({ gran: 'day', from: '20190410', to: '20190415' }))
    expect(err).toMatchObject({ code: 'timeout', retryable: true })
    expect(Date.now() - started).toBeLessThan(1400)
  })

  it('stops when its caller aborts', async () => {
    const { client: c } = client(slow.url)
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 100)
    const err = await failure(c.trend({ gran: 'day', from: '20190410', to: '20190415' }, { signal: controller.signal }))
    expect(err.code).toBe('cancelled')
  })

  it('reports a refused connection as a network error', async () => {
    const closed = await startSimulatorServer({ simulator: createSimulator() })
    await closed.close()
    const { client: c } = client(closed.url)
    const err = await failure(c.trend({ gran: 'day', from: '20190410', to: '20190415' }))
    expect(err).toMatchObject({ code: 'network', retryable: true })
  })

  it('reports page progress', async () => {
    const { client: c } = client()
    const progress: [number, number][] = []
    await c.trend({ gran: 'day', from: '20260101', to: '20260330' }, { onProgress: (d, t) => progress.push([d, t]) })
    expect(progress[0]).toEqual([1, 5])
    expect(progress.at(-1)).toEqual([5, 5])
  })
})
