import { describe, expect, it } from 'vitest'
import { eachDay } from '../../../src/shared/calendar'
import { dayStats } from '../../../src/main/simulator/day-model'
import { DEMO_APPS, DEMO_TP, DEMO_TP_TOKEN } from '../../../src/main/simulator/demo-apps'
import { createSimulator } from '../../../src/main/simulator/simulator'

const averageUsers2025 = (app: (typeof DEMO_APPS)[number]): number => {
  const days = eachDay({ from: '20250101', to: '20251231' })
  return days.reduce((a, d) => a + dayStats(app, d).users, 0) / days.length
}

describe('demo data', () => {
  it('keeps the first three apps as they were', () => {
    expect(DEMO_APPS.slice(0, 3).map((a) => [a.appId, a.token, a.seed, a.baseUsers])).toEqual([
      ['sim-1001', '45.swanboard-demo.sim-1001', 1001, 1500],
      ['sim-1002', '45.swanboard-demo.sim-1002', 7302, 12000],
      ['sim-1003', '45.swanboard-demo.sim-1003', 52917, 300]
    ])
  })

  it('has an app per order of magnitude of daily users: hundreds to hundreds of thousands', () => {
    const magnitudes = DEMO_APPS.map((a) => Math.floor(Math.log10(averageUsers2025(a))))
    for (const m of [2, 3, 4, 5]) expect(magnitudes).toContain(m)
  })

  it('gives every app fake credentials that say so, and one TP owning them all', () => {
    const all = new Set<string>()
    for (const app of DEMO_APPS) {
      expect(app.token).toMatch(/^45\.swanboard-demo\./)
      expect(app.refreshToken).toMatch(/^46\.swanboard-demo\./)
      expect(app.appKey).toMatch(/swanboard-demo/)
      expect(app.appSecret).toMatch(/swanboard-demo/)
      for (const secret of [app.token, app.refreshToken!, app.appKey!, app.appSecret!]) {
        // Real tokens carry 32 hex digits; none of ours looks like that.
        expect(secret).not.toMatch(/[0-9a-f]{32}/i)
        all.add(secret)
      }
    }
    expect(all.size).toBe(DEMO_APPS.length * 4)
    expect(DEMO_TP_TOKEN).toBe('42.swanboard-demo.tp-01')
    expect(DEMO_TP.appIds).toEqual(DEMO_APPS.map((a) => a.appId))
    const sim = createSimulator()
    expect(sim.tps.map((t) => t.token)).toEqual([DEMO_TP_TOKEN])
    expect(sim.apps).toBe(DEMO_APPS)
  })
})
