// One EventSource for all push events, opened on the first subscription and closed with the last.
import { EVENT_CHANNELS } from '../../../shared/channels'
import type { EventChannel } from '../../../shared/contract'

export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent) => void): void
  close(): void
}

export type EventSourceFactory = (url: string) => EventSourceLike

type Listener = (payload: unknown) => void

export interface EventHub {
  subscribe(channel: EventChannel, listener: Listener): () => void
}

export function createEventHub(url: string, open: EventSourceFactory): EventHub {
  const listeners = new Map<EventChannel, Set<Listener>>()
  let source: EventSourceLike | null = null

  function total(): number {
    let n = 0
    for (const set of listeners.values()) n += set.size
    return n
  }

  function dispatch(channel: EventChannel, event: MessageEvent): void {
    let payload: unknown
    try {
      payload = JSON.parse(String(event.data))
    } catch {
      return // A malformed event is dropped rather than breaking every listener.
    }
    for (const listener of [...(listeners.get(channel) ?? [])]) listener(payload)
  }

  function ensureOpen(): void {
    if (source) return
    source = open(url)
    for (const channel of EVENT_CHANNELS) {
      source.addEventListener(channel, (event) => dispatch(channel, event))
    }
  }

  return {
    subscribe(channel, listener) {
      let set = listeners.get(channel)
      if (!set) {
        set = new Set()
        listeners.set(channel, set)
      }
      set.add(listener)
      ensureOpen()
      return () => {
        set.delete(listener)
        if (total() === 0 && source) {
          source.close()
          source = null
        }
      }
    }
  }
}
