// getanalysisterminal's rows for one terminal_type: the range's sessions, users and new users split
// over brands / devices / OS versions / screens / networks. Devices, OS versions and screens follow
// their release eras; terminals without a session in the range are not listed (the API lists what
// it saw). Network rows and their sum carry only three metrics (the reference says so).
import type { DayRange } from '../../../shared/calendar'
import type { TerminalType } from '../../../shared/reports'
import { largestRemainder, percentShares } from '../apportion'
import { bucketStats } from '../bucket-model'
import { ERA_HALF_LIFE, networkWeights, TERMINAL_ENTRIES } from '../catalog/terminals'
import { gaussian, salt } from '../hash'
import { perUnit } from '../metric-format'
import type { SimApp } from '../types'
import { appMix, eraWeight, midYear } from '../weights'

export interface TerminalMetrics {
  accumulative_session_count: number
  accumulative_session_count_ratio: number
  accumulative_new_user_count_ratio?: number
  accumulative_user_count_ratio?: number
  average_use_time: number
}
export type TerminalRow = { name: string } & TerminalMetrics

function terminalWeights(app: SimApp, range: DayRange, type: TerminalType): number[] {
  const entries = TERMINAL_ENTRIES[type]
  const year = midYear(range)
  const base =
    type === 'terminal_network'
      ? networkWeights(year)
      : entries.map((e) => e.weight * (e.release === undefined ? 1 : eraWeight(e.release, year, ERA_HALF_LIFE[type])))
  return appMix(app.seed, type, base, range, { spread: 0.3, drift: 0.05 })
}

/** Network rows keep only these three, in this order (also for the sum). */
function networkOnly(m: TerminalMetrics): TerminalMetrics {
  return {
    accumulative_session_count: m.accumulative_session_count,
    accumulative_session_count_ratio: m.accumulative_session_count_ratio,
    average_use_time: m.average_use_time
  }
}

export function terminalAnswer(app: SimApp, range: DayRange, type: TerminalType): { rows: TerminalRow[]; sum: TerminalMetrics } {
  const total = bucketStats(app, range)
  const entries = TERMINAL_ENTRIES[type]
  const weights = terminalWeights(app, range, type)
  const tilt = (label: string, sd: number): number[] =>
    weights.map((w, i) => w * Math.exp(sd * gaussian(app.seed, salt(`${type}-${label}`), i)))
  const sessions = largestRemainder(total.sessions, weights)
  // Users and new users can only sit where sessions are: weights of terminals with none are zeroed.
  const seen = (w: number[]): number[] => w.map((x, i) => ((sessions[i] ?? 0) > 0 ? x : 0))
  const users = largestRemainder(total.users, seen(tilt('users', 0.08)))
  const newUsers = largestRemainder(total.newUsers, seen(tilt('new', 0.15)))
  const times = largestRemainder(total.totalTime, sessions.map((s, i) => s * Math.exp(0.2 * gaussian(app.seed, salt(`${type}-time`), i))))
  const [sessionRatio, userRatio, newRatio] = [percentShares(sessions), percentShares(users), percentShares(newUsers)]
  const shape = type === 'terminal_network' ? networkOnly : (m: TerminalMetrics): TerminalMetrics => m
  const rows: TerminalRow[] = []
  entries.forEach((entry, i) => {
    const count = sessions[i] ?? 0
    if (count === 0) return
    rows.push({
      name: entry.name,
      ...shape({
        accumulative_session_count: count,
        accumulative_session_count_ratio: sessionRatio[i] ?? 0,
        accumulative_new_user_count_ratio: newRatio[i] ?? 0,
        accumulative_user_count_ratio: userRatio[i] ?? 0,
        average_use_time: perUnit(times[i] ?? 0, count)
      })
    })
  })
  rows.sort((a, b) => b.accumulative_session_count - a.accumulative_session_count)
  const full = (n: number): number => (n > 0 ? 100 : 0)
  const sum = shape({
    accumulative_session_count: total.sessions,
    accumulative_session_count_ratio: full(total.sessions),
    accumulative_new_user_count_ratio: full(total.newUsers),
    accumulative_user_count_ratio: full(total.users),
    average_use_time: perUnit(total.totalTime, total.sessions)
  })
  return { rows, sum }
}
