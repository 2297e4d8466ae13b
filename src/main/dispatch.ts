// The one path every call takes in every host: known channel, validated input, envelope out.
import { CALL_INPUTS, type CallChannel } from '../shared/contract'
import type { Envelope } from '../shared/errors'
import { toErrorEnvelope } from './app-error'
import type { CallContext, Handlers } from './handlers'
import type { Logger } from './log'

export function isCallChannel(channel: string): channel is CallChannel {
  return Object.hasOwn(CALL_INPUTS, channel)
}

export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
  ctx: CallContext,
  logger: Logger
): Promise<Envelope<unknown>> {
  if (!isCallChannel(channel)) {
    return { ok: false, code: 'not_found', message: `unknown call ${channel.slice(0, 80)}`, retryable: false }
  }
  const parsed = CALL_INPUTS[channel].safeParse(rawInput)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
    return { ok: false, code: 'invalid_input', message: `${channel}: ${issue?.message ?? 'invalid'}${where}`, retryable: false }
  }
  try {
    // The cast is sound: the schema for `channel` produced this input.
    const handler = handlers[channel] as (input: unknown, ctx: CallContext) => Promise<unknown>
    return { ok: true, data: await handler(parsed.data, ctx) }
  } catch (err) {
    const envelope = toErrorEnvelope(err)
    logger.log(envelope.code === 'internal' ? 'error' : 'warn', `${channel} failed: ${envelope.code}`, err)
    return envelope
  }
}
