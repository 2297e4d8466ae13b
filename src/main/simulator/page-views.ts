// Page views per day: sessions times how deep a session goes. Kept apart from the population model
// (whose numbers the trend report shows) so pages, habits and the TP summary share one figure.
import type { Day } from '../../shared/calendar'
import { dayStats } from './day-model'
import { gaussian, salt, unit } from './hash'
import type { SimApp } from './types'

const DEPTH = salt('pages-per-session')
const DEPTH_NOISE = salt('pages-per-session-day')

/** The app's typical pages per session, 1.5 … 3.2 (a utility is shallow, a reading app deep). */
export function pagesPerSession(app: Pick<SimApp, 'seed'>): number {
  return 1.5 + 1.7 * unit(app.seed, DEPTH)
}

/** Page views on a day; at least one per session (every session opens its entry page). */
export function pageViewsOn(app: SimApp, day: Day): number {
  const sessions = dayStats(app, day).sessions
  const depth = pagesPerSession(app) * (1 + 0.05 * gaussian(app.seed, Number(day), DEPTH_NOISE))
  return Math.max(sessions, Math.round(sessions * depth))
}
