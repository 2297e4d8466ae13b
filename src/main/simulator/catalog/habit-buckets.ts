// The buckets of the habits report (getanalysisvisitcharacter), with the typical share of each. The
// depth labels are the reference example's; the others follow Baidu's console wording. Per
// api-facts.md, `interval` is the time since the previous launch (首次启动 for a first launch) and
// `frequency` the launches per user and day.
import type { CharacterType } from '../../../shared/reports'

export interface HabitBucket {
  name: string
  weight: number
}

const b = (name: string, weight: number): HabitBucket => ({ name, weight })

export const HABIT_BUCKETS: Record<CharacterType, readonly HabitBucket[]> = {
  depth: [b('1-2次', 70), b('3-5次', 20), b('6-9次', 6), b('10-19次', 3), b('20-49次', 0.8), b('50次以上', 0.2)],
  time: [
    b('0-2秒', 8),
    b('3-9秒', 16),
    b('10-29秒', 22),
    b('30-59秒', 18),
    b('1-3分', 18),
    b('3-10分', 11),
    b('10-30分', 5),
    b('30分以上', 2)
  ],
  // 首次启动 is not weighted: it is exactly the range's new users (their first launches).
  interval: [
    b('首次启动', 0),
    b('当日', 30),
    b('1天', 18),
    b('2天', 9),
    b('3天', 6),
    b('4天', 4.5),
    b('5天', 3.5),
    b('6天', 3),
    b('7天', 2.8),
    b('8-14天', 9),
    b('15-30天', 7),
    b('30天以上', 8)
  ],
  frequency: [b('1次', 80), b('2次', 12), b('3-5次', 6), b('6-9次', 1.3), b('10-19次', 0.5), b('20-49次', 0.15), b('50次以上', 0.05)]
}

/** Typical seconds of a session in each time bucket, to tilt the mix towards the app's average. */
export const TIME_BUCKET_SECONDS = [1, 6, 20, 45, 120, 390, 1200, 2400]
