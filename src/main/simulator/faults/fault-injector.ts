// Decides, request by request, whether a fault strikes and how long to wait. Request k (counted
// from the last setFaults) draws from hash(seed, k), so a run repeats exactly for the same seed and
// the same order of requests. Queued "next N" faults go first; then the first probabilistic rule
// whose slice of [0, 1) the draw lands in (one draw per request, rules in the plan's order).
import { hashKeys, salt, unit } from '../hash'
import { faultPlanSchema, NO_FAULTS, type FaultKind, type FaultNext, type FaultPlan, type FaultPlanInput } from './fault-plan'

export interface FaultDecision {
  kind: FaultKind | null
  /** Latency plus jitter for this request. */
  delayMs: number
  /** Per-request randomness for the fault's details (where to cut a body …), in [0, 1). */
  detail: number
  slowBodyMs: number
}

export interface FaultInjector {
  setPlan(plan: FaultPlanInput): FaultPlan
  clear(): void
  failNext(kind: FaultKind, count: number, endpoint?: string): void
  decide(endpoint: string): FaultDecision
  plan(): FaultPlan
}

const S = { fault: salt('fault'), jitter: salt('jitter'), detail: salt('fault-detail') }

const matches = (endpoint: string, filter: string | undefined): boolean => filter === undefined || filter === endpoint

export function createFaultInjector(initial: FaultPlanInput = {}): FaultInjector {
  let plan: FaultPlan = NO_FAULTS
  let queue: FaultNext[] = []
  let sequence = 0

  function setPlan(input: FaultPlanInput): FaultPlan {
    plan = faultPlanSchema.parse(input)
    queue = plan.next.map((n) => ({ ...n }))
    sequence = 0
    return plan
  }
  setPlan(initial)

  function queued(endpoint: string): FaultKind | null {
    const entry = queue.find((n) => matches(endpoint, n.endpoint))
    if (!entry) return null
    entry.count--
    if (entry.count <= 0) queue = queue.filter((n) => n !== entry)
    return entry.kind
  }

  function drawn(endpoint: string, k: number): FaultKind | null {
    const u = unit(plan.seed, k, S.fault)
    let edge = 0
    for (const rule of plan.rules) {
      if (!matches(endpoint, rule.endpoint)) continue
      edge += rule.probability
      if (u < edge) return rule.kind
    }
    return null
  }

  return {
    setPlan,
    clear: () => void setPlan({}),
    failNext(kind, count, endpoint) {
      queue.push(endpoint === undefined ? { kind, count } : { kind, count, endpoint })
    },
    decide(endpoint) {
      const k = sequence++
      const jitter = plan.jitterMs > 0 ? (unit(plan.seed, k, S.jitter) * 2 - 1) * plan.jitterMs : 0
      return {
        kind: queued(endpoint) ?? drawn(endpoint, k),
        delayMs: Math.max(0, Math.round(plan.latencyMs + jitter)),
        detail: hashKeys(plan.seed, k, S.detail) / 0x100000000,
        slowBodyMs: plan.slowBodyMs
      }
    },
    plan: () => plan
  }
}
