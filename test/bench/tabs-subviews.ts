// The sub-views the tabs benchmark switches within a tab (the buttons of the e2e tab specs), what
// each one asks the cache for, and the proof that the cache answers every one of them before any
// switch is timed.
import type { Page } from 'playwright-core'
import type { Core } from '../../src/main/core'
import type { DayRange } from '../../src/shared/calendar'
import { compareRange, type CompareMode } from '../../src/shared/compare'
import { resolveVariant, type ReportId, type Variant } from '../../src/shared/reports'
import type { RequestLog } from './tabs-network'
import { measureSwitch, switchTab } from './tabs-page'

export interface SubViewStep {
  /** The button's data-testid. */
  button: string
  /** The variant the tab shows after the click (the parameters the click leaves alone included). */
  variant: Variant
  /** The trend's comparison after the click; its range must be cached too. */
  compare?: CompareMode
  /** An extra condition for "painted" (see Switch.until). */
  until?: string
}

export interface SubViewGroup {
  name: string
  tab: string
  report: ReportId
  /** In order; the last step returns to the tab's first view, so rounds repeat the same switches. */
  steps: SubViewStep[]
}

const step = (button: string, variant: Variant): SubViewStep => ({ button, variant })
const USER_CHANGE = `panel.querySelector('[data-testid="kpi-user_count"] [data-testid="change-compare"] .kpi__change-value')`

export const SUB_VIEW_GROUPS: SubViewGroup[] = [
  {
    name: 'trend gran week / month / hour / day',
    tab: 'trend',
    report: 'trend',
    steps: ['week', 'month', 'hour', 'day'].map((g) => step(`gran-${g}`, { gran: g }))
  },
  {
    // One parameter a click: every count/ratio × day/week/month once.
    name: 'retention count / ratio × day / week / month',
    tab: 'retention',
    report: 'retention',
    steps: [
      step('variant-ratio', { report_type: 'ratio', gran: 'day' }),
      step('variant-week', { report_type: 'ratio', gran: 'week' }),
      step('variant-month', { report_type: 'ratio', gran: 'month' }),
      step('variant-count', { report_type: 'count', gran: 'month' }),
      step('variant-week', { report_type: 'count', gran: 'week' }),
      step('variant-day', { report_type: 'count', gran: 'day' })
    ]
  },
  {
    name: 'terminal device / os / screen / network / brand',
    tab: 'terminal',
    report: 'terminal',
    steps: ['device', 'os', 'screen', 'network', 'brand'].map((v) => step(`variant-terminal_${v}`, { terminal_type: `terminal_${v}` }))
  },
  {
    name: 'habits time / interval / frequency / depth',
    tab: 'habits',
    report: 'habits',
    steps: ['time', 'interval', 'frequency', 'depth'].map((v) => step(`variant-${v}`, { character_type: v }))
  },
  {
    // Painted once the compared period's numbers are on the KPI cards (its line is drawn with them).
    name: 'trend comparison previous / year before / off',
    tab: 'trend',
    report: 'trend',
    steps: [
      { button: 'compare-previous', variant: { gran: 'day' }, compare: 'previous', until: `/\\d/.test(${USER_CHANGE}?.textContent ?? '')` },
      { button: 'compare-year', variant: { gran: 'day' }, compare: 'year', until: `/\\d/.test(${USER_CHANGE}?.textContent ?? '')` },
      { button: 'compare-none', variant: { gran: 'day' }, compare: 'none', until: `panel.querySelector('[data-testid="change-compare"]') === null` }
    ]
  }
]

/** The ranges the trend's comparisons read for `range`: the bench syncs them beside it. */
export function comparisonRanges(range: DayRange): DayRange[] {
  return (['previous', 'year'] as const).map((mode) => compareRange(range, mode)!)
}

/** Throws unless the cache alone answers the report's variant over `range`, as a tab asks for it. */
export function assertCached(core: Core, accountId: string, report: ReportId, variant: Variant, range: DayRange): void {
  const plan = core.reports.plan({ accountId, report, variant: resolveVariant(report, variant), from: range.from, to: range.to })
  if (plan.kind !== 'cached') throw new Error(`${accountId} ${report} ${JSON.stringify(variant)} ${range.from}–${range.to} is not cached (${plan.kind}): the sync missed it`)
}

/** Throws unless the cache alone answers every sub-view (and comparison) over `range`; how many it checked. */
export function assertSubViewsCached(core: Core, accountId: string, range: DayRange): number {
  let queries = 0
  for (const group of SUB_VIEW_GROUPS) {
    for (const s of group.steps) {
      const compared = s.compare ? compareRange(range, s.compare) : null
      for (const r of compared ? [range, compared] : [range]) {
        assertCached(core, accountId, group.report, s.variant, r)
        queries++
      }
    }
  }
  return queries
}

export interface GroupTimes {
  /** The view's first showing: the renderer asks main, main answers from the cache. */
  first: number[]
  /** Shown again: the renderer still holds the answer. */
  back: number[]
}

/** Every group's switches, `rounds` times over, each one checked to send no request. */
export async function measureSubViews(page: Page, rounds: number, log: RequestLog): Promise<Map<string, GroupTimes>> {
  const times = new Map<string, GroupTimes>()
  for (const group of SUB_VIEW_GROUPS) {
    await switchTab(page, group.tab)
    const own: GroupTimes = { first: [], back: [] }
    for (let round = 0; round < rounds; round++) {
      for (const s of group.steps) {
        const what = `${group.tab} ${s.button}`
        const ms = await log.offline(what, () => measureSwitch(page, { panel: group.tab, click: `[data-testid="${s.button}"]`, within: true, changed: true, until: s.until }))
        // The last step shows the view the tab opened with: never a first showing.
        ;(round === 0 && s !== group.steps.at(-1) ? own.first : own.back).push(ms)
      }
    }
    times.set(group.name, own)
  }
  return times
}
