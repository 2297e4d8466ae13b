// Channel lists and bridge method names, free of zod so the preload bundle stays tiny.
import type { CallChannel, CallInput, CallOutput, EventChannel, EventMap } from './contract'
import type { Envelope } from './errors'

// `satisfies Record<…, true>` makes a channel missing here (or an extra one) a compile error.
const CALLS = {
  'app:info': true,
  'accounts:list': true,
  'accounts:add': true,
  'accounts:update': true,
  'accounts:remove': true,
  'accounts:reorder': true,
  'accounts:test': true,
  'accounts:export': true,
  'accounts:import': true,
  'accounts:restore-demo': true,
  'reports:get': true,
  'export:start': true,
  'export:cancel': true,
  'shell:open-external': true,
  'sync:start': true,
  'sync:cancel': true,
  'sync:status': true,
  'sync:interrupted': true,
  'sync:dismiss-interrupted': true,
  'settings:get': true,
  'settings:set': true
} as const satisfies Record<CallChannel, true>

const EVENTS = {
  'reports:progress': true,
  'sync:progress': true,
  'sync:finished': true,
  'app:connectivity': true,
  'accounts:changed': true,
  'export:progress': true,
  'export:finished': true
} as const satisfies Record<EventChannel, true>

export const CALL_CHANNELS = Object.keys(CALLS) as CallChannel[]
export const EVENT_CHANNELS = Object.keys(EVENTS) as EventChannel[]

type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S
/** 'reports:get' → 'reportsGet'; 'shell:open-external' → 'shellOpenExternal'. */
export type MethodName<C extends string> = C extends `${infer NS}:${infer Name}`
  ? `${NS}${Capitalize<Camel<Name>>}`
  : never
/** 'reports:progress' → 'onReportsProgress'. */
export type ListenerName<E extends string> = `on${Capitalize<MethodName<E>>}`

function camel(part: string): string {
  return part.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())
}
function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

export function methodName<C extends string>(channel: C): MethodName<C> {
  const [ns = '', name = ''] = channel.split(':')
  return `${ns}${capitalize(camel(name))}` as MethodName<C>
}

export function listenerName<E extends string>(event: E): ListenerName<E> {
  return `on${capitalize(methodName(event))}` as ListenerName<E>
}

/** Calls without input take no argument. */
export type CallArgs<C extends CallChannel> = CallInput<C> extends undefined ? [] : [input: CallInput<C>]

/**
 * What the preload exposes as `window.swanboard` (and what the browser host's client mimics):
 * one function per call, resolving to the envelope, and one subscribe function per event.
 */
export type Bridge = {
  [C in CallChannel as MethodName<C>]: (...input: CallArgs<C>) => Promise<Envelope<CallOutput<C>>>
} & {
  [E in EventChannel as ListenerName<E>]: (listener: (payload: EventMap[E]) => void) => () => void
}
