// What can go wrong, and how often. A plan holds probabilistic rules (drawn from a seeded hash of
// the request's sequence number, so a run is reproducible given its seed and request order) and a
// queue of "the next N matching requests" entries (deterministic, for tests). Either can be
// limited to one endpoint label (a data endpoint's name, "oauth.refresh" or
// "oauth.client_credentials").
import { z } from 'zod'

export const FAULT_KINDS = [
  'http500',
  'http502',
  'http503',
  'errno1000',
  'errno5000',
  'quota',
  'html',
  'truncated',
  'slow-body',
  'reset'
] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

const kind = z.enum(FAULT_KINDS)
const endpoint = z.string().min(1).optional()

export const faultRuleSchema = z.object({ kind, probability: z.number().min(0).max(1), endpoint })
export const faultNextSchema = z.object({ kind, count: z.number().int().min(1), endpoint })

export const faultPlanSchema = z.object({
  /** Seeds the per-request draws; the same seed and request order give the same faults. */
  seed: z.number().int().default(1),
  /** Added before every response, on top of the transport's own latency. */
  latencyMs: z.number().min(0).default(0),
  /** Uniform ± jitter around latencyMs (never below zero in total). */
  jitterMs: z.number().min(0).default(0),
  /** How long a slow-body fault takes to trickle the body out. */
  slowBodyMs: z.number().min(0).default(2000),
  rules: z.array(faultRuleSchema).default([]),
  next: z.array(faultNextSchema).default([])
})

export type FaultRule = z.output<typeof faultRuleSchema>
export type FaultNext = z.output<typeof faultNextSchema>
export type FaultPlan = z.output<typeof faultPlanSchema>
/** A plan as written by hand: every field optional. */
export type FaultPlanInput = z.input<typeof faultPlanSchema>

export const NO_FAULTS: FaultPlan = faultPlanSchema.parse({})
