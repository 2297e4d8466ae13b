// The figures behind gettpdata for one day: the platform's apps summed, optionally narrowed to one
// scene. Each figure is the same model the apps' own reports show: tp_day_user_count is the sum of
// the apps' trend users that day, the 7- and 30-day figures sum each app's distinct users of the
// window (an app's users are its own; nobody is counted across apps), and an app counts towards
// tp_*_app_count when it had users in the window.
import type { Day } from '../../../shared/calendar'
import { TP_COLUMNS } from '../../../shared/reports'
import { bucketStats } from '../bucket-model'
import { shiftDay } from '../day-index'
import { dayStats } from '../day-model'
import { gaussian, salt, unit } from '../hash'
import { percent, perUnit, round2 } from '../metric-format'
import { pageViewsOn } from '../page-views'
import type { SimApp } from '../types'
import { sceneShare } from './source-mix'

/** The canonical metric names, the reference's text spelling (aliases map onto these). */
export type TpMetric = string

/** Canonical name for a metric as asked (the reference's example spells three differently). */
export function canonicalTpMetric(asked: string): TpMetric | undefined {
  return TP_COLUMNS.find((c) => c.key === asked || c.aliases?.includes(asked))?.key
}

export const ALL_TP_METRICS: readonly TpMetric[] = TP_COLUMNS.map((c) => c.key)

/** Rolling-window figures settle a day later than the day's own (T+2): "--" for yesterday. */
export const LATE_TP_METRICS: ReadonlySet<TpMetric> = new Set(
  ALL_TP_METRICS.filter((m) => m.startsWith('tp_week_') || m.startsWith('tp_month_') || m === 'tp_activity_degree')
)

interface Window {
  apps: number
  users: number
  newUsers: number
  sessions: number
}

const SHARE = salt('tp-share')
const BACK_FLOW = salt('tp-back-flow')

function windowOf(apps: readonly SimApp[], day: Day, days: number, factor: (app: SimApp) => number): Window {
  const w: Window = { apps: 0, users: 0, newUsers: 0, sessions: 0 }
  for (const app of apps) {
    const f = factor(app)
    const b = bucketStats(app, { from: shiftDay(day, 1 - days), to: day })
    const users = Math.round(b.users * f)
    if (users > 0) w.apps++
    w.users += users
    w.newUsers += Math.round(b.newUsers * f)
    w.sessions += Math.round(b.sessions * f)
  }
  return w
}

/** Every metric's value for one day, numerically; `scene` narrows each app to that scene's share. */
export function tpDayMetrics(apps: readonly SimApp[], day: Day, scene: string | null): Record<TpMetric, number> {
  const factor = (app: SimApp): number => (scene === null ? 1 : sceneShare(app, scene))
  const [d, week, month] = [windowOf(apps, day, 1, factor), windowOf(apps, day, 7, factor), windowOf(apps, day, 30, factor)]
  let [time, pages, shares, backFlows] = [0, 0, 0, 0]
  for (const app of apps) {
    const f = factor(app)
    const stats = dayStats(app, day)
    time += Math.round(stats.totalTime * f)
    pages += Math.round(pageViewsOn(app, day) * f)
    // A few percent of sessions share; a share brings some people back (回流).
    const shareRate = (0.01 + 0.03 * unit(app.seed, SHARE)) * (1 + 0.15 * gaussian(app.seed, Number(day), SHARE))
    const appShares = Math.round(stats.sessions * shareRate * f)
    shares += appShares
    backFlows += Math.round(appShares * (0.3 + 0.5 * unit(app.seed, BACK_FLOW)))
  }
  return {
    tp_day_app_count: d.apps,
    tp_week_app_count: week.apps,
    tp_month_app_count: month.apps,
    tp_day_user_count: d.users,
    tp_week_user_count: week.users,
    tp_month_user_count: month.users,
    tp_day_new_user_count: d.newUsers,
    tp_week_new_user_count: week.newUsers,
    tp_month_new_user_count: month.newUsers,
    tp_day_session_count: d.sessions,
    tp_week_session_count: week.sessions,
    tp_month_session_count: month.sessions,
    tp_day_page_count: pages,
    tp_activity_degree: round2(percent(d.users, month.users)),
    tp_session_time_per_person: perUnit(time, d.users),
    tp_session_time_per_day: perUnit(time, d.sessions),
    tp_day_share_count: shares,
    tp_day_back_flow_count: backFlows
  }
}
