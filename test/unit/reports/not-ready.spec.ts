import { describe, expect, it } from 'vitest'
import { notReadyCount } from '../../../src/main/reports/not-ready'

describe('notReadyCount', () => {
  it('counts nulls in metric rows, retention periods, source scenes, portrait ratios and the sum', () => {
    expect(notReadyCount([{ name: 'a', values: { x: 1, y: null } }], { s: null, t: 2 })).toBe(2)
    expect(notReadyCount([{ name: 'c', values: { active_user_count: 5 }, periods: [{ n: 2, value: 3 }, { n: 3, value: null }, { n: 4, value: null }] }], null)).toBe(2)
    expect(
      notReadyCount([{ name: 'g', source: '37', values: { u: null }, scenes: [{ name: 's', sceneId: '1', values: { u: null, v: 1 } }, { name: 't', sceneId: '2', values: {} }] }], null)
    ).toBe(2)
    expect(notReadyCount([{ dimension: 'age', name: '18-24岁', attributeId: '1', ratio: null }, { dimension: 'sex', name: '男', attributeId: '2', ratio: 51.2 }], null)).toBe(1)
    expect(notReadyCount([], null)).toBe(0)
  })

  it('never counts labels or ids, even empty ones', () => {
    expect(notReadyCount([{ name: '', pageId: '', path: '', alias: '', values: { pv_count: 3 } }], null)).toBe(0)
  })
})
