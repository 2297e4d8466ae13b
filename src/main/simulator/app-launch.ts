// When a simulated smart program went live. Before its launch day it has no users at all; during
// its first weeks it ramps up and almost everyone is new (nobody can return to an app that did not
// exist), which keeps "accumulated users" and "returning users" honest from day one.
import type { Day } from '../../shared/calendar'
import { dayOrdinal, shiftDay } from './day-index'
import { salt, unit } from './hash'
import type { SimApp } from './types'

/** Earliest derived launch day; the spread below keeps every derived launch (and ramp) before 2018. */
const EARLIEST_LAUNCH: Day = '20150601'
const LAUNCH_SPREAD_DAYS = 850
/** Days after launch over which the audience and the share of returning users grow to normal. */
export const RAMP_DAYS = 60

const LAUNCH = salt('launch')

/** The app's launch day: its own `launchDay`, else one drawn from its seed (2015-06 … 2017-09). */
export function launchDay(app: Pick<SimApp, 'seed' | 'launchDay'>): Day {
  if (app.launchDay !== undefined) return app.launchDay
  return shiftDay(EARLIEST_LAUNCH, Math.floor(unit(app.seed, LAUNCH) * LAUNCH_SPREAD_DAYS))
}

/** Days since launch: 0 on the launch day, negative before it. */
export function ageOn(app: Pick<SimApp, 'seed' | 'launchDay'>, day: Day): number {
  return dayOrdinal(day) - dayOrdinal(launchDay(app))
}

/** Model-cache key: every input that changes an app's numbers. */
export function modelKey(app: Pick<SimApp, 'seed' | 'baseUsers' | 'launchDay'>): string {
  return `${app.seed}:${app.baseUsers}:${launchDay(app)}`
}
