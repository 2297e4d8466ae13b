import { describe, expect, it, vi } from 'vitest'
import { api, installBridge } from '../../src/renderer/src/api'
import type { EventSourceLike } from '../../src/renderer/src/bridge/event-hub'
import { createHttpBridge, KEY_HEADER } from '../../src/renderer/src/bridge/http-bridge'
import { SESSION_KEY_STORAGE, takeSessionKey } from '../../src/renderer/src/bridge/session-key'
import { reportView } from './support/report-fixtures'

const QUERY = { accountId: 'demo', report: 'trend' as const, variant: { gran: 'day' }, from: '20240101', to: '20240107' }

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}

function fakeFetch(respond: () => Response | Promise<Response>) {
  return vi.fn<typeof fetch>(async () => respond())
}

describe('session key', () => {
  it('moves ?k= from the address bar into sessionStorage, keeping the rest of the URL', () => {
    history.replaceState(null, '', '/index.html?lang=zh&k=s3cret&x=1#top')
    expect(takeSessionKey()).toBe('s3cret')
    expect(sessionStorage.getItem(SESSION_KEY_STORAGE)).toBe('s3cret')
    expect(location.search).toBe('?lang=zh&x=1')
    expect(location.hash).toBe('#top')
    expect(location.href).not.toContain('s3cret')

    // A reload of the tab has no ?k= any more: the stored key is used.
    expect(takeSessionKey()).toBe('s3cret')
  })

  it('is read by createHttpBridge and sent with every call', async () => {
    history.replaceState(null, '', '/?k=from-url')
    const fetch = fakeFetch(() => jsonResponse({ ok: true, data: [] }))
    const bridge = createHttpBridge({ fetch })
    expect(location.search).toBe('')
    await bridge.accountsList()
    const init = fetch.mock.calls[0]?.[1]
    expect((init?.headers as Record<string, string>)[KEY_HEADER]).toBe('from-url')
  })
})

describe('http bridge calls', () => {
  it('posts {input} to /api/call/<encoded channel> with the key header', async () => {
    const report = reportView(QUERY)
    const fetch = fakeFetch(() => jsonResponse({ ok: true, data: report }))
    const bridge = createHttpBridge({ key: 'k1', fetch })
    const envelope = await bridge.reportsGet(QUERY)

    expect(envelope).toEqual({ ok: true, data: report })
    const [url, init] = fetch.mock.calls[0] ?? []
    expect(url).toBe('/api/call/reports%3Aget')
    expect(init?.method).toBe('POST')
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json', [KEY_HEADER]: 'k1' })
    expect(JSON.parse(String(init?.body))).toEqual({ input: QUERY })
  })

  it('omits input for calls without one', async () => {
    const fetch = fakeFetch(() => jsonResponse({ ok: true, data: { opened: false } }))
    const bridge = createHttpBridge({ key: 'k1', fetch })
    await bridge.appInfo()
    await bridge.shellOpenExternal({ url: 'https://github.com/' })
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/call/app%3Ainfo')
    expect(JSON.parse(String(fetch.mock.calls[0]?.[1]?.body))).toEqual({})
    expect(fetch.mock.calls[1]?.[0]).toBe('/api/call/shell%3Aopen-external')
  })

  it('passes error envelopes through untouched, whatever the HTTP status', async () => {
    const envelope = { ok: false, code: 'auth', message: 'token expired', retryable: false, errno: 44003 }
    const bridge = createHttpBridge({ key: 'k', fetch: fakeFetch(() => jsonResponse(envelope, 502)) })
    expect(await bridge.reportsGet(QUERY)).toEqual(envelope)
  })

  it('turns a failed fetch into a network error, which api.ts throws as AppError', async () => {
    const failing = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch')
    })
    const bridge = createHttpBridge({ key: 'k', fetch: failing })
    expect(await bridge.reportsGet(QUERY)).toMatchObject({ ok: false, code: 'network', retryable: true })

    installBridge(bridge)
    await expect(api.reportsGet(QUERY)).rejects.toMatchObject({ name: 'AppError', code: 'network', retryable: true })
  })

  it('reports a non-JSON answer as internal, or forbidden for a bad key', async () => {
    const html = () => new Response('<html>Bad gateway</html>', { status: 502 })
    const bridge = createHttpBridge({ key: 'k', fetch: fakeFetch(html) })
    expect(await bridge.accountsList()).toMatchObject({ ok: false, code: 'internal' })
    const denied = createHttpBridge({ key: 'bad', fetch: fakeFetch(() => new Response('no', { status: 401 })) })
    expect(await denied.accountsList()).toMatchObject({ ok: false, code: 'forbidden' })
  })
})

describe('http bridge events', () => {
  it('subscribes over one EventSource, parses payloads, and closes with the last listener', () => {
    const handlers = new Map<string, (event: MessageEvent) => void>()
    const source: EventSourceLike & { closed: boolean } = {
      closed: false,
      addEventListener: (type, listener) => handlers.set(type, listener),
      close() {
        this.closed = true
      }
    }
    const open = vi.fn(() => source)
    const bridge = createHttpBridge({ key: 'a b', fetch: fakeFetch(() => jsonResponse({})), eventSource: open })
    const got: unknown[] = []
    const off = bridge.onReportsProgress((p) => got.push(p))
    const off2 = bridge.onReportsProgress(() => {})

    expect(open).toHaveBeenCalledTimes(1)
    expect(open).toHaveBeenCalledWith('/api/events?k=a%20b')
    const payload = { key: 'demo|trend|day|20240101|20240107', report: 'trend', pagesDone: 1, pagesTotal: 3 }
    handlers.get('reports:progress')?.(new MessageEvent('reports:progress', { data: JSON.stringify(payload) }))
    handlers.get('reports:progress')?.(new MessageEvent('reports:progress', { data: '{oops' }))
    expect(got).toEqual([payload])

    off()
    expect(source.closed).toBe(false)
    off2()
    expect(source.closed).toBe(true)
  })
})
