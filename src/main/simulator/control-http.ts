// POST /__simulator/control on the HTTP server: the control API for a simulator in another process
// (a spawned `swanboard simulator`). JSON in, JSON out: one command object or an array of them, e.g.
//   {"command": "failNext", "kind": "reset", "count": 2, "endpoint": "getanalysisregion"}
//   [{"command": "expireToken", "token": "45.…"}, {"command": "stats"}]
// Only loopback callers are served, and only with content-type application/json (which a web page
// cannot send cross-origin without a preflight this server never grants) and a loopback Host (no
// DNS rebinding): a test hook must not be a way in for anyone else.
import { z } from 'zod'
import type { SimulatorControl } from './control-types'
import { FAULT_KINDS, faultPlanSchema } from './faults/fault-plan'

export const CONTROL_PATH = '/__simulator/control'

const token = z.object({ token: z.string() })
const commandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.literal('setFaults'), plan: faultPlanSchema }),
  z.object({ command: z.literal('setFaultSpec'), spec: z.string() }),
  z.object({ command: z.literal('clearFaults') }),
  z.object({
    command: z.literal('failNext'),
    kind: z.enum(FAULT_KINDS),
    count: z.number().int().min(1).default(1),
    endpoint: z.string().min(1).optional()
  }),
  token.extend({ command: z.literal('expireToken') }),
  token.extend({ command: z.literal('revokeToken') }),
  token.extend({ command: z.literal('forgetToken') }),
  token.extend({ command: z.literal('tokenInfo') }),
  z.object({ command: z.literal('setIpWhitelisted'), whitelisted: z.boolean() }),
  z.object({ command: z.literal('setDeveloperTokensReachData'), allowed: z.boolean() }),
  z.object({ command: z.literal('issueRefreshToken'), appId: z.string() }),
  z.object({ command: z.literal('advanceClock'), ms: z.number().min(0) }),
  z.object({ command: z.literal('stats') }),
  z.object({ command: z.literal('resetStats') })
])
export type ControlCommand = z.input<typeof commandSchema>

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 ("::ffff:127.0.0.1"). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4)
}

/** A Host header naming this machine (or none, as from a raw client). */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined || host === '') return true
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '')
  return name === 'localhost' || name === '[::1]' || isLoopbackAddress(name)
}

function run(control: SimulatorControl, c: z.output<typeof commandSchema>): unknown {
  switch (c.command) {
    case 'setFaults':
      return control.setFaults(c.plan)
    case 'setFaultSpec':
      return control.setFaultSpec(c.spec)
    case 'clearFaults':
      return control.clearFaults()
    case 'failNext':
      return control.failNext(c.kind, c.count, c.endpoint)
    case 'expireToken':
      return control.tokens.expire(c.token)
    case 'revokeToken':
      return control.tokens.revoke(c.token)
    case 'forgetToken':
      return control.tokens.forget(c.token)
    case 'tokenInfo':
      return control.tokens.info(c.token) ?? null
    case 'setIpWhitelisted':
      return control.setIpWhitelisted(c.whitelisted)
    case 'setDeveloperTokensReachData':
      return control.setDeveloperTokensReachData(c.allowed)
    case 'issueRefreshToken':
      return control.issueRefreshToken(c.appId)
    case 'advanceClock':
      return control.advanceClock(c.ms)
    case 'stats':
      return control.stats()
    case 'resetStats':
      return control.resetStats()
  }
}

export interface ControlAnswer {
  status: number
  body: { ok: true; result: unknown } | { ok: false; error: string }
}

/** Runs a parsed JSON body (a command or an array of them); a bad command runs nothing. */
export function runControlBody(control: SimulatorControl, body: unknown): ControlAnswer {
  const parsed = z.union([commandSchema, z.array(commandSchema)]).safeParse(body)
  if (!parsed.success) {
    return { status: 400, body: { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') } }
  }
  try {
    const result = Array.isArray(parsed.data) ? parsed.data.map((c) => run(control, c)) : run(control, parsed.data)
    return { status: 200, body: { ok: true, result: result ?? null } }
  } catch (error) {
    return { status: 400, body: { ok: false, error: error instanceof Error ? error.message : String(error) } }
  }
}
