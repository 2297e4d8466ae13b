// The renderer's one typed client. Only Pinia stores use it; components go through stores.
import {
  CALL_CHANNELS,
  EVENT_CHANNELS,
  listenerName,
  methodName,
  type Bridge,
  type CallArgs,
  type ListenerName,
  type MethodName
} from '../../shared/channels'
import type { CallChannel, CallOutput, EventChannel, EventMap } from '../../shared/contract'
import { AppError, fromEnvelope, toAppError } from './app-error'
import { createHttpBridge } from './bridge/http-bridge'

export type Api = {
  [C in CallChannel as MethodName<C>]: (...input: CallArgs<C>) => Promise<CallOutput<C>>
} & {
  [E in EventChannel as ListenerName<E>]: (listener: (payload: EventMap[E]) => void) => () => void
}

let installed: Bridge | null = null

/** Tests install a fake; null goes back to detecting the host on next use. */
export function installBridge(bridge: Bridge | null): void {
  installed = bridge
}

function bridge(): Bridge {
  installed ??= window.swanboard ?? createHttpBridge()
  return installed
}

type AnyCall = (...args: unknown[]) => Promise<unknown>
type AnySubscribe = (listener: (payload: unknown) => void) => () => void

function unwrap(envelope: unknown): unknown {
  if (typeof envelope !== 'object' || envelope === null || !('ok' in envelope)) {
    throw new AppError({ code: 'internal', message: 'The host answered without an envelope' })
  }
  if (envelope.ok === true && 'data' in envelope) return envelope.data
  throw fromEnvelope(envelope as Parameters<typeof fromEnvelope>[0])
}

function buildApi(): Api {
  const api: Record<string, unknown> = {}
  for (const channel of CALL_CHANNELS) {
    const name = methodName(channel)
    api[name] = async (...args: unknown[]) => {
      let envelope: unknown
      try {
        envelope = await (bridge()[name] as unknown as AnyCall)(...args)
      } catch (error) {
        throw toAppError(error)
      }
      return unwrap(envelope)
    }
  }
  for (const event of EVENT_CHANNELS) {
    const name = listenerName(event)
    api[name] = (listener: (payload: unknown) => void) => (bridge()[name] as unknown as AnySubscribe)(listener)
  }
  return api as Api
}

export const api: Api = buildApi()
