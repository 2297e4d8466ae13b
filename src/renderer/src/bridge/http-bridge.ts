// The Bridge over HTTP for the browser host: the same calls and events the Electron preload exposes.
import { CALL_CHANNELS, EVENT_CHANNELS, listenerName, methodName, type Bridge } from '../../../shared/channels'
import type { CallChannel } from '../../../shared/contract'
import type { Envelope, ErrorCode, ErrorEnvelope } from '../../../shared/errors'
import { RETRYABLE_CODES } from '../../../shared/errors'
import { createEventHub, type EventSourceFactory } from './event-hub'
import { takeSessionKey } from './session-key'

export const KEY_HEADER = 'x-swanboard-key'

export interface HttpBridgeOptions {
  /** Defaults to the key handed over in the page URL (or kept from it in sessionStorage). */
  key?: string
  fetch?: typeof fetch
  eventSource?: EventSourceFactory
}

export function callPath(channel: CallChannel): string {
  return `/api/call/${encodeURIComponent(channel)}`
}

function failure(code: ErrorCode, message: string): ErrorEnvelope {
  return { ok: false, code, message, retryable: RETRYABLE_CODES.has(code), detail: message }
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false
  const ok = (value as { ok?: unknown }).ok
  if (ok === true) return 'data' in value
  return ok === false && typeof (value as { code?: unknown }).code === 'string'
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

const defaultEventSource: EventSourceFactory = (url) => {
  if (typeof EventSource === 'undefined') return { addEventListener() {}, close() {} }
  return new EventSource(url)
}

export function createHttpBridge(options: HttpBridgeOptions = {}): Bridge {
  const key = options.key ?? takeSessionKey()
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const hub = createEventHub(`/api/events?k=${encodeURIComponent(key)}`, options.eventSource ?? defaultEventSource)

  async function call(channel: CallChannel, args: unknown[]): Promise<Envelope<unknown>> {
    let response: Response
    try {
      response = await doFetch(callPath(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [KEY_HEADER]: key },
        body: JSON.stringify(args.length > 0 ? { input: args[0] } : {}),
        cache: 'no-store',
        credentials: 'same-origin'
      })
    } catch (error) {
      return failure('network', describe(error))
    }
    let body: unknown
    try {
      body = await response.json()
    } catch {
      const code: ErrorCode = response.status === 401 || response.status === 403 ? 'forbidden' : 'internal'
      return failure(code, `HTTP ${response.status}: the host did not answer with JSON`)
    }
    return isEnvelope(body) ? body : failure('internal', `HTTP ${response.status}: not an envelope`)
  }

  const bridge: Record<string, unknown> = {}
  for (const channel of CALL_CHANNELS) {
    bridge[methodName(channel)] = (...args: unknown[]) => call(channel, args)
  }
  for (const event of EVENT_CHANNELS) {
    bridge[listenerName(event)] = (listener: (payload: unknown) => void) => hub.subscribe(event, listener)
  }
  return bridge as Bridge
}
