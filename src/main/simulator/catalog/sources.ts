// The source groups and scenes of the source report. Scene ids and group source ids are those of
// src/shared/scenes.ts; names are the reference example's where it shows the scene (it words some
// differently from the console table), else the table's. Two ids on purpose are not in that table,
// so clients meet unknown ones: scene 12010042 (the example's "智能小程序") and group source 38
// (feed scenes; the example never shows their group). The group with source null answers with
// `name: []`, like the example's unattributed row.
import { SCENE_LABELS } from '../../../shared/scenes'

export interface SceneEntry {
  sceneId: string
  name: string
  /** Typical share of the group's users. */
  weight: number
}

export interface SourceGroup {
  source: string | null
  /** Typical share of all users. */
  weight: number
  /** How much more (or less) likely than average a user from here is new: search and ads bring
   * strangers, the history list, multitasking and home-screen shortcuts bring people back. */
  fresh: number
  scenes: readonly SceneEntry[]
}

const EXAMPLE_NAMES: Readonly<Record<string, string>> = {
  '10810083': '小程序tab',
  '12010042': '智能小程序',
  '12110047': '推荐',
  '12110048': '历史',
  '11700000': '小程序'
}

function scene(sceneId: string, weight: number): SceneEntry {
  return { sceneId, name: EXAMPLE_NAMES[sceneId] ?? SCENE_LABELS[sceneId]?.zh ?? sceneId, weight }
}

export const SOURCE_GROUPS: readonly SourceGroup[] = [
  { source: '37', fresh: 1.15, weight: 38, scenes: [scene('10810012', 50), scene('10810014', 8), scene('10810008', 20), scene('10810083', 3), scene('10810009', 12), scene('10810013', 3)] },
  { source: '39', fresh: 1.2, weight: 18, scenes: [scene('11010020', 55), scene('11010018', 8), scene('11010019', 10), scene('11010061', 20), scene('11010072', 7)] },
  { source: '38', fresh: 1.15, weight: 12, scenes: [scene('10910015', 70), scene('10910016', 30)] },
  { source: '45', fresh: 0.45, weight: 7, scenes: [scene('12010044', 40), scene('12010042', 15), scene('12010045', 20), scene('12010043', 18), scene('12010046', 7)] },
  { source: '46', fresh: 0.5, weight: 4, scenes: [scene('12110047', 70), scene('12110048', 30)] },
  { source: '13', fresh: 0.9, weight: 5, scenes: [scene('11600000', 1)] },
  { source: '40', fresh: 1.1, weight: 4, scenes: [scene('11110029', 1)] },
  { source: '48', fresh: 0.1, weight: 3, scenes: [scene('12500000', 1)] },
  { source: '44', fresh: 0.8, weight: 2, scenes: [scene('11700000', 1)] },
  { source: '6', fresh: 0.08, weight: 2, scenes: [scene('12300000', 1)] },
  { source: '10', fresh: 0.6, weight: 1.5, scenes: [scene('0', 1)] },
  { source: null, fresh: 1, weight: 1, scenes: [] }
]

/** The share scene: the TP summary's shares and back-flows come through it. */
export const SHARE_SCENE_ID = '11600000'
