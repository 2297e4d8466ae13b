// Where an app's users come from: the leaves of the source report (every scene of every group,
// plus the unattributed group with no scenes), each weighted for this app. Some apps buy no ads and
// some are not in the feed; the mix is drawn once from the seed.
import type { DayRange } from '../../../shared/calendar'
import { SOURCE_GROUPS, type SceneEntry, type SourceGroup } from '../catalog/sources'
import { gaussian, salt, unit } from '../hash'
import { createLruCache } from '../lru-cache'
import type { SimApp } from '../types'
import { appMix } from '../weights'

export interface SourceLeaf {
  group: SourceGroup
  /** Null for the unattributed group, which has no scenes. */
  scene: SceneEntry | null
  weight: number
}

/** Chance that an app has no traffic at all from a group that depends on its own choices. */
const OPTIONAL_GROUPS: Readonly<Record<string, number>> = { '39': 0.35, '38': 0.3, '40': 0.4 }

function drawLeaves(seed: number): SourceLeaf[] {
  const leaves: SourceLeaf[] = []
  SOURCE_GROUPS.forEach((group, g) => {
    const skip = group.source !== null && unit(seed, salt('source-skip'), g) < (OPTIONAL_GROUPS[group.source] ?? 0)
    const groupWeight = skip ? 0 : group.weight * Math.exp(0.9 * gaussian(seed, salt('source-group'), g))
    if (group.scenes.length === 0) {
      leaves.push({ group, scene: null, weight: groupWeight })
      return
    }
    const own = group.scenes.map((s, i) => s.weight * Math.exp(0.5 * gaussian(seed, salt('source-scene'), g, i)))
    const total = own.reduce((a, w) => a + w, 0)
    group.scenes.forEach((scene, i) => leaves.push({ group, scene, weight: (groupWeight * (own[i] ?? 0)) / total }))
  })
  return leaves
}

const memo = createLruCache<SourceLeaf[]>(256)

/** The app's typical leaves and weights (no drift). */
export function sourceLeaves(app: Pick<SimApp, 'seed'>): readonly SourceLeaf[] {
  return memo.get(String(app.seed), () => drawLeaves(app.seed))
}

/** Leaf weights for a range: the typical mix, drifting slowly. */
export function leafWeights(app: SimApp, range: DayRange): number[] {
  return appMix(app.seed, 'sources', sourceLeaves(app).map((l) => l.weight), range, { spread: 0, drift: 0.08 })
}

/** The typical share (0 … 1) of an app's users that arrive through `sceneId`; 0 for a scene it lacks. */
export function sceneShare(app: SimApp, sceneId: string): number {
  const leaves = sourceLeaves(app)
  const total = leaves.reduce((a, l) => a + l.weight, 0)
  const own = leaves.filter((l) => l.scene?.sceneId === sceneId).reduce((a, l) => a + l.weight, 0)
  return total > 0 ? own / total : 0
}
