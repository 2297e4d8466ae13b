// POST /rest/2.0/smartapp/data/getanalysisvisitpage (页面分析). The range's page views (the model's
// sessions × depth) split over the app's pages, most viewed first. Every session has exactly one
// entry and one exit page, so entries and exits each add up to the trend's sessions (as in the
// reference's sum), never more than a page's views. bounce_ratio is exits / views, which is how the
// reference's numbers work out (5846 / 7157 = 81.68); pv_ratio and stay_time_ratio add up to 100.
// sum.pv_user_count is the range's distinct users. Pages nobody viewed are not listed.
import { rangeEndpoint } from '../range-endpoint'
import type { DayRange } from '../../../shared/calendar'
import { cappedRemainder, largestRemainder, percentShares } from '../apportion'
import { bucketStats } from '../bucket-model'
import { percent, perUnit } from '../metric-format'
import { rangeTotals } from '../timeline'
import type { SimApp } from '../types'
import { appMix } from '../weights'
import { pageSet } from './page-set'

const METRICS = ['pv_count', 'pv_ratio', 'pv_user_count', 'average_stay_time', 'stay_time_ratio', 'bounce_ratio', 'entry_count', 'exit_count'] as const
type PageMetrics = Record<(typeof METRICS)[number], number>
export type PageRow = { pageId: string; pageName: string; pageAlias: string } & PageMetrics

/** Distinct users of a page relative to its share of views: people look at several pages. */
const VISITORS_PER_VIEW_SHARE = 1.3

function pageAnswer(app: SimApp, range: DayRange): { rows: PageRow[]; sum: PageMetrics } {
  const pages = pageSet(app)
  const total = bucketStats(app, range)
  const views = rangeTotals(app, range).pageViews
  const weights = appMix(app.seed, 'pages', pages.map((p) => p.weight), range, { spread: 0.1, drift: 0.08 })
  const pv = largestRemainder(views, weights)
  const entries = cappedRemainder(total.sessions, weights.map((w, i) => w * pages[i]!.entry), pv)
  const exits = cappedRemainder(total.sessions, weights.map((w, i) => w * pages[i]!.exit), pv)
  const times = largestRemainder(total.totalTime, pv.map((v, i) => v * pages[i]!.stay))
  const [pvRatio, timeRatio] = [percentShares(pv), percentShares(times)]
  const rows: PageRow[] = []
  pages.forEach((page, i) => {
    const count = pv[i] ?? 0
    if (count === 0) return
    const visitors = Math.round(total.users * (count / views) * VISITORS_PER_VIEW_SHARE)
    rows.push({
      pageId: page.pageId,
      pageName: page.pageName,
      pageAlias: page.pageAlias,
      pv_count: count,
      pv_ratio: pvRatio[i] ?? 0,
      pv_user_count: Math.min(count, total.users, Math.max(1, visitors)),
      average_stay_time: perUnit(times[i] ?? 0, count),
      stay_time_ratio: timeRatio[i] ?? 0,
      bounce_ratio: percent(exits[i] ?? 0, count),
      entry_count: entries[i] ?? 0,
      exit_count: exits[i] ?? 0
    })
  })
  rows.sort((a, b) => b.pv_count - a.pv_count)
  return {
    rows,
    sum: {
      pv_count: views,
      pv_ratio: views > 0 ? 100 : 0,
      pv_user_count: total.users,
      average_stay_time: perUnit(total.totalTime, views),
      stay_time_ratio: total.totalTime > 0 ? 100 : 0,
      bounce_ratio: percent(total.sessions, views),
      entry_count: total.sessions,
      exit_count: total.sessions
    }
  }
}


export const pagesEndpoint = rangeEndpoint({
  name: 'getanalysisvisitpage',
  variant: () => null,
  variantKey: () => '',
  emptySum: () => METRICS,
  answer: pageAnswer
})
