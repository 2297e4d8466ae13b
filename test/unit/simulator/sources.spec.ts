import { describe, expect, it } from 'vitest'
import { SCENE_LABELS, SOURCE_GROUP_LABELS } from '../../../src/shared/scenes'
import { allRowsOf, APPS, dataOf, dates, hundredths, n, simAt, total, type Row } from './sim-client'

const sim = simAt()
const RANGE = dates('20230401', '20230430')
const METRICS = ['new_user_count', 'new_user_scale', 'user_count', 'user_scale', 'session_scale', 'session_count_per_user', 'average_session_time']
const scenesOf = (group: Row): Row[] => group['name'] as Row[]

describe('getanalysissource', () => {
  it('answers source groups whose name is an array of scene rows, with no sum', async () => {
    const data = await dataOf(sim, 'getanalysissource', { ...RANGE, start_index: '0' })
    expect(Object.keys(data)).toEqual(['time_span', 'offset', 'total', 'data_list'])
    const groups = data.data_list!
    expect(groups).toHaveLength(data.total!)
    for (const group of groups) {
      expect(Object.keys(group)).toEqual(['name', ...METRICS])
      expect(Array.isArray(group['name'])).toBe(true)
      for (const scene of scenesOf(group)) {
        expect(Object.keys(scene)).toEqual(['sceneId', 'source', 'name', ...METRICS])
        expect(scene['sceneId']).toMatch(/^\d+$/)
        expect(scene['source']).toMatch(/^\d+$/)
        expect(typeof scene['name']).toBe('string')
      }
      // One source per group.
      expect(new Set(scenesOf(group).map((s) => s['source'])).size).toBeLessThanOrEqual(1)
    }
    expect(groups.filter((g) => scenesOf(g).length === 0)).toHaveLength(1)
  })

  it('uses the catalogue ids, plus ids the catalogue does not know', async () => {
    const seen = new Set<string>()
    const sources = new Set<string>()
    for (const app of APPS) {
      for (const group of await allRowsOf(sim, 'getanalysissource', RANGE, { token: app.token })) {
        for (const scene of scenesOf(group)) {
          seen.add(String(scene['sceneId']))
          sources.add(String(scene['source']))
        }
      }
    }
    const known = [...seen].filter((id) => id in SCENE_LABELS)
    expect(known.length).toBeGreaterThan(15)
    expect([...seen].some((id) => !(id in SCENE_LABELS))).toBe(true)
    expect([...sources].filter((s) => s in SOURCE_GROUP_LABELS).length).toBeGreaterThanOrEqual(8)
    expect([...sources].some((s) => !(s in SOURCE_GROUP_LABELS))).toBe(true)
  })

  it('attributes every user to one source: group users add up to the trend users, scales to 100', async () => {
    for (const app of APPS) {
      const groups = await allRowsOf(sim, 'getanalysissource', RANGE, { token: app.token })
      const trend = (await dataOf(sim, 'getanalysisusertrend', { ...RANGE, gran: 'day' }, { token: app.token })).sum!
      expect(total(groups, 'user_count')).toBe(n(trend, 'user_count'))
      for (const key of ['user_scale', 'new_user_scale', 'session_scale']) expect(hundredths(groups, key)).toBe(10_000)
      const scenes = groups.flatMap(scenesOf)
      for (const group of groups.filter((g) => scenesOf(g).length > 0)) {
        for (const key of ['user_count', 'new_user_count']) expect(total(scenesOf(group), key)).toBe(n(group, key))
        expect(hundredths(scenesOf(group), 'user_scale')).toBe(Math.round(n(group, 'user_scale') * 100))
      }
      for (const row of [...groups, ...scenes]) {
        expect(n(row, 'new_user_count')).toBeLessThanOrEqual(n(row, 'user_count'))
        if (n(row, 'user_count') > 0) expect(n(row, 'session_count_per_user')).toBeGreaterThanOrEqual(1)
      }
      // Most new users first, as the reference orders its groups and scenes.
      const fresh = groups.map((g) => n(g, 'new_user_count'))
      expect(fresh).toEqual([...fresh].sort((a, b) => b - a))
    }
  })
})
