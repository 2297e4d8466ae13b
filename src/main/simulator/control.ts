// simulator.control: the test hooks over a simulator's state and fault injector.
import type { SimulatorControl } from './control-types'
import type { FaultInjector } from './faults/fault-injector'
import { parseFaultSpec } from './faults/fault-spec'
import { clock, emptyStats, tpOfApp, type SimState } from './state'

export function createControl(state: SimState, faults: FaultInjector): SimulatorControl {
  return {
    setFaults: (plan) => faults.setPlan(plan),
    setFaultSpec: (spec) => faults.setPlan(parseFaultSpec(spec)),
    clearFaults: () => faults.clear(),
    failNext: (kind, count = 1, endpoint) => faults.failNext(kind, count, endpoint),
    tokens: {
      expire: (token) => state.tokens.expire(token, clock(state)),
      revoke: (token) => state.tokens.revoke(token),
      forget: (token) => state.tokens.forget(token),
      info: (token) => {
        const record = state.tokens.get(token)
        return record ? { ...record } : undefined
      }
    },
    setIpWhitelisted(whitelisted) {
      state.ipWhitelisted = whitelisted
    },
    setDeveloperTokensReachData(allowed) {
      state.developerTokensReachData = allowed
    },
    issueRefreshToken(appId) {
      if (!state.appsById.has(appId)) throw new Error(`no app ${appId}`)
      const tpId = tpOfApp(state, appId)?.tpId
      return state.tokens.mint('refresh', { appId, tpId }, null, clock(state)).token
    },
    advanceClock(ms) {
      state.clockOffsetMs += ms
    },
    stats: () => structuredClone(state.stats),
    resetStats() {
      state.stats = emptyStats()
    }
  }
}
