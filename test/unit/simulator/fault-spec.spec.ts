import { describe, expect, it } from 'vitest'
import { faultPlanSchema } from '../../../src/main/simulator/faults/fault-plan'
import { parseFaultSpec } from '../../../src/main/simulator/faults/fault-spec'
import { simAt } from './sim-client'

describe('parseFaultSpec', () => {
  it('reads the CLI example into probabilistic rules, in order, with defaults for the rest', () => {
    const plan = parseFaultSpec('http500:0.05,errno1000:0.05,html:0.02,truncated:0.02,reset:0.02,slow-body:0.01,quota:0.01')
    expect(plan.rules).toEqual([
      { kind: 'http500', probability: 0.05 },
      { kind: 'errno1000', probability: 0.05 },
      { kind: 'html', probability: 0.02 },
      { kind: 'truncated', probability: 0.02 },
      { kind: 'reset', probability: 0.02 },
      { kind: 'slow-body', probability: 0.01 },
      { kind: 'quota', probability: 0.01 }
    ])
    expect(plan).toMatchObject({ seed: 1, latencyMs: 0, jitterMs: 0, slowBodyMs: 2000, next: [] })
  })

  it('reads settings, "the next N" counts, endpoint limits, aliases and stray whitespace', () => {
    const plan = parseFaultSpec(' seed=42 , latency=50, jitter=20,slow-body-ms=300, reset:x2@gettpdata, errno50029:1 @ oauth.refresh ,, http503:.5')
    expect(plan).toMatchObject({ seed: 42, latencyMs: 50, jitterMs: 20, slowBodyMs: 300 })
    expect(plan.next).toEqual([{ kind: 'reset', count: 2, endpoint: 'gettpdata' }])
    expect(plan.rules).toEqual([
      { kind: 'quota', probability: 1, endpoint: 'oauth.refresh' },
      { kind: 'http503', probability: 0.5 }
    ])
    expect(parseFaultSpec('')).toEqual(faultPlanSchema.parse({}))
  })

  it.each([
    ['an unknown fault', 'http404:0.1', /unknown fault http404/],
    ['a probability above 1', 'reset:1.5', /probability/],
    ['a count of zero', 'reset:x0', /count/],
    ['an unknown setting', 'speed=3', /unknown setting speed/],
    ['a negative setting', 'latency=-5', /latency|expected/],
    ['no amount', 'reset', /expected kind:probability/],
    ['a seed that is not an integer', 'seed=1.5', /fault spec/]
  ])('names the offending item for %s', (_, spec, message) => {
    expect(() => parseFaultSpec(spec)).toThrow(message)
  })

  it('feeds control.setFaultSpec, and setFaults validates its plan', () => {
    const sim = simAt()
    expect(sim.control.setFaultSpec('html:x1').next).toEqual([{ kind: 'html', count: 1 }])
    expect(() => sim.control.setFaults({ rules: [{ kind: 'reset', probability: 2 }] })).toThrow()
    expect(() => sim.control.setFaults({ rules: [{ kind: 'boom' as 'reset', probability: 0.1 }] })).toThrow()
  })
})
