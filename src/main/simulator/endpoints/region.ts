// POST /rest/2.0/smartapp/data/getanalysisregion (地域分布). All 34 provincial divisions, most
// sessions first. Sessions add up exactly to the trend's sessions for the range; users per region
// add up to the range's users (the reference: 跨地域不去重), new users to its new users; each ratio
// column adds up to exactly 100. Every app has a home province where it is far stronger.
import { rangeEndpoint } from '../range-endpoint'
import type { DayRange } from '../../../shared/calendar'
import { largestRemainder, percentShares } from '../apportion'
import { bucketStats } from '../bucket-model'
import { PROVINCES } from '../catalog/provinces'
import { gaussian, salt, unit } from '../hash'
import { perUnit } from '../metric-format'
import type { SimApp } from '../types'
import { appMix } from '../weights'

export interface RegionRow {
  name: string
  session_count_district: number
  session_count_district_ratio: number
  new_user_count_district_ratio: number
  user_count_district_ratio: number
  average_session_time_district: number
}

type RegionSum = Omit<RegionRow, 'name'>

function regionAnswer(app: SimApp, range: DayRange): { rows: RegionRow[]; sum: RegionSum } {
  const total = bucketStats(app, range)
  const weights = appMix(app.seed, 'region', PROVINCES.map(([, w]) => w), range, { spread: 0.25, drift: 0.05 })
  const home = Math.floor(unit(app.seed, salt('home-province')) * PROVINCES.length)
  weights[home] = (weights[home] ?? 0) * (3 + 5 * unit(app.seed, salt('home-strength')))
  const tilt = (label: string, sd: number): number[] =>
    weights.map((w, i) => w * Math.exp(sd * gaussian(app.seed, salt(label), i)))
  const sessions = largestRemainder(total.sessions, weights)
  const users = largestRemainder(total.users, tilt('region-users', 0.08))
  const newUsers = largestRemainder(total.newUsers, tilt('region-new', 0.12))
  // Time follows sessions, with a per-province session length, so averages differ by province.
  const times = largestRemainder(
    total.totalTime,
    sessions.map((s, i) => s * Math.exp(0.25 * gaussian(app.seed, salt('region-time'), i)))
  )
  const [sessionRatio, userRatio, newRatio] = [percentShares(sessions), percentShares(users), percentShares(newUsers)]
  const rows = PROVINCES.map(([name], i) => ({
    name,
    session_count_district: sessions[i] ?? 0,
    session_count_district_ratio: sessionRatio[i] ?? 0,
    new_user_count_district_ratio: newRatio[i] ?? 0,
    user_count_district_ratio: userRatio[i] ?? 0,
    average_session_time_district: perUnit(times[i] ?? 0, sessions[i] ?? 0)
  }))
  // Array.prototype.sort is stable: equal sessions keep the catalogue's order.
  rows.sort((a, b) => b.session_count_district - a.session_count_district)
  const full = (n: number): number => (n > 0 ? 100 : 0)
  return {
    rows,
    sum: {
      session_count_district: total.sessions,
      session_count_district_ratio: full(total.sessions),
      new_user_count_district_ratio: full(total.newUsers),
      user_count_district_ratio: full(total.users),
      average_session_time_district: perUnit(total.totalTime, total.sessions)
    }
  }
}

const SUM_KEYS = ['session_count_district', 'session_count_district_ratio', 'new_user_count_district_ratio', 'user_count_district_ratio', 'average_session_time_district']

export const regionEndpoint = rangeEndpoint({
  name: 'getanalysisregion',
  variant: () => null,
  variantKey: () => '',
  emptySum: () => SUM_KEYS,
  answer: regionAnswer
})
