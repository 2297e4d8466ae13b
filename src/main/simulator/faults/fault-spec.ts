// The CLI's --faults text, parsed into a FaultPlan. Grammar:
//
//   spec    := item ("," item)*            whitespace around items is ignored, empty items too
//   item    := setting | rule
//   setting := name "=" number             seed=7  latency=50  jitter=20  slow-body-ms=3000
//   rule    := kind ":" amount ["@" endpoint]
//   amount  := probability                 0 … 1, e.g. 0.05: that share of matching requests
//            | "x" count                   e.g. x3: exactly the next 3 matching requests
//   kind    := http500 | http502 | http503 | errno1000 | errno5000 | quota | html | truncated
//            | slow-body | reset           (errno50029 is read as quota)
//   endpoint:= a data endpoint name (getanalysisregion …), oauth.refresh or oauth.client_credentials
//
// e.g. "http500:0.05,errno1000:0.05,html:0.02,truncated:0.02,reset:0.02,slow-body:0.01,quota:0.01"
// or   "seed=42,latency=50,jitter=25,reset:x2@gettpdata". Errors name the offending item.
import { FAULT_KINDS, faultPlanSchema, type FaultKind, type FaultNext, type FaultPlan, type FaultRule } from './fault-plan'

const SETTINGS: Record<string, 'seed' | 'latencyMs' | 'jitterMs' | 'slowBodyMs'> = {
  seed: 'seed',
  latency: 'latencyMs',
  jitter: 'jitterMs',
  'slow-body-ms': 'slowBodyMs'
}

const KIND_ALIASES: Record<string, FaultKind> = { errno50029: 'quota' }

function readKind(text: string, item: string): FaultKind {
  const kind = KIND_ALIASES[text] ?? FAULT_KINDS.find((k) => k === text)
  if (!kind) throw new Error(`fault spec "${item}": unknown fault ${text} (one of ${FAULT_KINDS.join(', ')})`)
  return kind
}

export function parseFaultSpec(text: string): FaultPlan {
  const plan: Record<string, unknown> = {}
  const rules: FaultRule[] = []
  const next: FaultNext[] = []
  for (const raw of text.split(',')) {
    const item = raw.trim()
    if (item === '') continue
    const setting = /^([a-z-]+)\s*=\s*(\S+)$/.exec(item)
    if (setting) {
      const key = SETTINGS[setting[1]!]
      const value = Number(setting[2])
      if (!key) throw new Error(`fault spec "${item}": unknown setting ${setting[1]} (one of ${Object.keys(SETTINGS).join(', ')})`)
      if (!Number.isFinite(value) || value < 0) throw new Error(`fault spec "${item}": ${setting[1]} must be a number ≥ 0`)
      plan[key] = value
      continue
    }
    const rule = /^([a-z0-9-]+)\s*:\s*(x\d+|\d*\.?\d+)\s*(?:@\s*([A-Za-z0-9_.]+))?$/.exec(item)
    if (!rule) throw new Error(`fault spec "${item}": expected kind:probability, kind:xN or name=value`)
    const kind = readKind(rule[1]!, item)
    const endpoint = rule[3] === undefined ? {} : { endpoint: rule[3] }
    const amount = rule[2]!
    if (amount.startsWith('x')) {
      const count = Number(amount.slice(1))
      if (!(count >= 1)) throw new Error(`fault spec "${item}": the count must be at least 1`)
      next.push({ kind, count, ...endpoint })
    } else {
      const probability = Number(amount)
      if (!(probability >= 0 && probability <= 1)) throw new Error(`fault spec "${item}": probability must be from 0 to 1`)
      rules.push({ kind, probability, ...endpoint })
    }
  }
  const parsed = faultPlanSchema.safeParse({ ...plan, rules, next })
  if (!parsed.success) throw new Error(`fault spec: ${parsed.error.issues.map((i) => i.message).join('; ')}`)
  return parsed.data
}
