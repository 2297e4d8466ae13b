import { describe, expect, it } from 'vitest'
import { notReadyCount } from '../../../src/main/reports/not-ready'

describe('notReadyCount', () => {
  it('counts nulls in metric rows, retention periods, source scenes, portrait ratios and the sum', () => {
    expect(notReadyCount('trend', [{ name: 'a', values: { x: 1, y: null } }], { s: null, t: 2 })).toBe(2)
    expect(notReadyCount('retention', [{ name: 'c', values: { active_user_count: 5 }, periods: [{ n: 2, value: 3 }, { n: 3, value: null }, { n: 4, value: null }] }], null)).toBe(2)
    expect(
      notReadyCount('sources', [{ name: 'g', source: '37', values: { u: null }, scenes: [{ name: 's', sceneId: '1', values: { u: null, v: 1 } }, { name: 't', sceneId: '2', values: {} }] }], null)
    ).toBe(2)
    expect(notReadyCount('portrait', [{ dimension: 'age', name: '18-24岁', attributeId: '1', ratio: null }, { dimension: 'sex', name: '男', attributeId: '2', ratio: 51.2 }], null)).toBe(1)
    expect(notReadyCount('trend', [], null)).toBe(0)
  })

  it('never counts labels or ids, even empty ones', () => {
    expect(notReadyCount('pages', [{ name: '', pageId: '', path: '', alias: '', values: { pv_count: 3 } }], null)).toBe(0)
  })

  it("skips retention's sum, which the API always answers \"--\", but still counts its unreached periods", () => {
    const settledRow = { name: '2025/01/01', values: { active_user_count: 900 }, periods: [{ n: 2, value: 21 }] }
    expect(notReadyCount('retention', [settledRow], { active_user_count: null })).toBe(0)
    const openRow = { ...settledRow, periods: [{ n: 2, value: 21 }, { n: 3, value: null }] }
    expect(notReadyCount('retention', [openRow], { active_user_count: null })).toBe(1)
    // The same key in another report's sum is a real gap.
    expect(notReadyCount('trend', [], { active_user_count: null })).toBe(1)
  })
})
