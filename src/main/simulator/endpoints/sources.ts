// POST /rest/2.0/smartapp/data/getanalysissource (来源分析). Each data_list item is a source group
// whose `name` is the ARRAY of its scene rows; the unattributed group answers `name: []`. Every user
// of the range is attributed to exactly one scene, so groups' user_count add up to the trend's users.
// new_user_count is "first launch within 90 days": the range's new users plus the returning users
// who arrived in the 90 days before it. Scales of all scenes, and of all groups, add up to 100 (a
// group's scale is the sum of its scenes'). Groups and scenes come most new users first (the
// reference's order), then most users. No `sum`.
import { rangeEndpoint } from '../range-endpoint'
import type { DayRange } from '../../../shared/calendar'
import { cappedRemainder, largestRemainder, percentShares } from '../apportion'
import { bucketStats } from '../bucket-model'
import { shiftDay } from '../day-index'
import { gaussian, salt } from '../hash'
import { perUnit, round2 } from '../metric-format'
import { newUsersBefore } from '../timeline'
import type { SimApp } from '../types'
import { leafWeights, sourceLeaves } from './source-mix'

export interface SourceMetrics {
  new_user_count: number
  new_user_scale: number
  user_count: number
  user_scale: number
  session_scale: number
  session_count_per_user: number
  average_session_time: number
}
export type SceneRow = { sceneId: string; source: string; name: string } & SourceMetrics
export type GroupRow = { name: SceneRow[] } & SourceMetrics

interface Leaf {
  newUsers: number
  users: number
  sessions: number
  time: number
  newScale: number
  userScale: number
  sessionScale: number
}

function metrics(leaves: readonly Leaf[]): SourceMetrics {
  const add = (pick: (l: Leaf) => number): number => leaves.reduce((a, l) => a + pick(l), 0)
  // Scales are summed in hundredths so a group's scale is exactly the sum of its scenes'.
  const scale = (pick: (l: Leaf) => number): number => Math.round(add((l) => Math.round(pick(l) * 100))) / 100
  const [users, sessions] = [add((l) => l.users), add((l) => l.sessions)]
  return {
    new_user_count: add((l) => l.newUsers),
    new_user_scale: scale((l) => l.newScale),
    user_count: users,
    user_scale: scale((l) => l.userScale),
    session_scale: scale((l) => l.sessionScale),
    session_count_per_user: users > 0 ? round2(sessions / users) : 0,
    average_session_time: perUnit(add((l) => l.time), sessions)
  }
}

/** Users who first launched within 90 days: new in the range, or arrived in the 90 days before. */
function newWithin90Days(app: SimApp, range: DayRange): number {
  const total = bucketStats(app, range)
  const before = newUsersBefore(app, range.from)
  const recent = before - newUsersBefore(app, shiftDay(range.from, -90))
  return Math.min(total.users, total.newUsers + (before > 0 ? Math.round((total.oldUsers * recent) / before) : 0))
}

function byNewThenUsers(a: SourceMetrics, b: SourceMetrics): number {
  return b.new_user_count - a.new_user_count || b.user_count - a.user_count
}

function sourceRows(app: SimApp, range: DayRange): GroupRow[] {
  const total = bucketStats(app, range)
  const kinds = sourceLeaves(app)
  const weights = leafWeights(app, range)
  const tilt = (label: string, sd: number, base: readonly number[]): number[] =>
    base.map((w, i) => w * Math.exp(sd * gaussian(app.seed, salt(label), i)))
  const users = largestRemainder(total.users, weights)
  const freshness = users.map((u, i) => u * kinds[i]!.group.fresh)
  const newUsers = cappedRemainder(newWithin90Days(app, range), tilt('source-new', 0.15, freshness), users)
  // Every user launched at least once from their scene; the remaining sessions are repeats.
  const repeats = largestRemainder(total.sessions - total.users, tilt('source-repeat', 0.4, users))
  const sessions = users.map((u, i) => u + (repeats[i] ?? 0))
  const times = largestRemainder(total.totalTime, tilt('source-time', 0.6, sessions))
  const [newScale, userScale, sessionScale] = [percentShares(newUsers), percentShares(users), percentShares(sessions)]
  const leaves: Leaf[] = kinds.map((_, i) => ({
    newUsers: newUsers[i] ?? 0,
    users: users[i] ?? 0,
    sessions: sessions[i] ?? 0,
    time: times[i] ?? 0,
    newScale: newScale[i] ?? 0,
    userScale: userScale[i] ?? 0,
    sessionScale: sessionScale[i] ?? 0
  }))
  const groups = new Map<(typeof kinds)[number]['group'], number[]>()
  kinds.forEach((leaf, i) => groups.set(leaf.group, [...(groups.get(leaf.group) ?? []), i]))
  const rows: GroupRow[] = []
  for (const [group, members] of groups) {
    const own = members.map((i) => leaves[i]!)
    const sum = metrics(own)
    // The unattributed group is always listed; others only when someone came through them.
    if (group.source !== null && sum.user_count === 0) continue
    const scenes: SceneRow[] = []
    for (const i of members) {
      const scene = kinds[i]!.scene
      if (!scene || leaves[i]!.users === 0) continue
      scenes.push({ sceneId: scene.sceneId, source: group.source ?? '', name: scene.name, ...metrics([leaves[i]!]) })
    }
    rows.push({ name: scenes.sort(byNewThenUsers), ...sum })
  }
  return rows.sort(byNewThenUsers)
}


export const sourcesEndpoint = rangeEndpoint({
  name: 'getanalysissource',
  variant: () => null,
  variantKey: () => '',
  answer: (app, range) => ({ rows: sourceRows(app, range) })
})
