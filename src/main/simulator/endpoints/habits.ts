// POST /rest/2.0/smartapp/data/getanalysisvisitcharacter (用户习惯); character_type is required.
// depth, time and interval split the range's sessions (session_count / session_count_ratio) and
// frequency its users (user_count / user_count_ratio), per api-facts.md; the reference's own depth
// example uses the users' keys, the catalogue reads either. Buckets come in their natural order,
// empty ones included (as in the example); ratios add up to exactly 100.
import { rangeEndpoint } from '../range-endpoint'
import type { DayRange } from '../../../shared/calendar'
import { CHARACTER_TYPES, type CharacterType } from '../../../shared/reports'
import { largestRemainder, percentShares } from '../apportion'
import { appTraits } from '../app-traits'
import { bucketStats } from '../bucket-model'
import { HABIT_BUCKETS, TIME_BUCKET_SECONDS } from '../catalog/habit-buckets'
import { pagesPerSession } from '../page-views'
import { readChoice } from '../param-validation'
import type { SimApp } from '../types'
import { appMix } from '../weights'

export type HabitRow = { name: string } & Record<string, number | string>

/** Tilts the typical mix towards this app: deeper sessions, longer sessions, more repeat launches. */
function habitWeights(app: SimApp, range: DayRange, type: CharacterType): number[] {
  const base = HABIT_BUCKETS[type].map((b) => b.weight)
  const traits = appTraits(app)
  const tilted = base.map((w, i) => {
    if (type === 'depth') return w * Math.exp((pagesPerSession(app) - 2) * 0.45 * i)
    if (type === 'time') {
      const distance = Math.log((TIME_BUCKET_SECONDS[i] ?? 1) / traits.secondsPerSession)
      return w * (0.35 + Math.exp(-(distance * distance) / 3))
    }
    if (type === 'frequency') return w * Math.exp((traits.sessionsPerUser - 1.2) * 2.5 * i)
    return w
  })
  return appMix(app.seed, `habit-${type}`, tilted, range, { spread: 0.15, drift: 0.05 })
}

function habitAnswer(app: SimApp, range: DayRange, type: CharacterType): { rows: HabitRow[]; sum: Record<string, number> } {
  const total = bucketStats(app, range)
  const weights = habitWeights(app, range, type)
  let counts: number[]
  if (type === 'frequency') counts = largestRemainder(total.users, weights)
  else if (type === 'interval') {
    // Each new user's first session is a 首次启动; the other sessions had a previous launch.
    counts = [total.newUsers, ...largestRemainder(total.sessions - total.newUsers, weights.slice(1))]
  } else counts = largestRemainder(total.sessions, weights)
  const ratios = percentShares(counts)
  const [countKey, ratioKey] = type === 'frequency' ? ['user_count', 'user_count_ratio'] : ['session_count', 'session_count_ratio']
  const rows = HABIT_BUCKETS[type].map((b, i) => ({ name: b.name, [countKey]: counts[i] ?? 0, [ratioKey]: ratios[i] ?? 0 }))
  const whole = type === 'frequency' ? total.users : total.sessions
  return { rows, sum: { [countKey]: whole, [ratioKey]: whole > 0 ? 100 : 0 } }
}


export const habitsEndpoint = rangeEndpoint({
  name: 'getanalysisvisitcharacter',
  variant: (params) => readChoice(params, 'character_type', CHARACTER_TYPES),
  variantKey: (type) => type,
  emptySum: (type) => (type === 'frequency' ? ['user_count', 'user_count_ratio'] : ['session_count', 'session_count_ratio']),
  answer: habitAnswer
})
