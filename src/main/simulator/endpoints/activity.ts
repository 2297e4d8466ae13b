// POST /rest/2.0/smartapp/data/getanalysisactivityuser (活跃用户). One row a day, newest first. No
// gran: the reference's curl passes gran=day anyway, and it is ignored like any unknown parameter.
// The reference's `sum` equals its newest row, so `sum` is the last day's figures.
import { rangeEndpoint } from '../range-endpoint'
import { daysOf } from '../day-index'
import { ACTIVITY_METRICS, activityMetrics, activityRow } from './activity-rows'


export const activityEndpoint = rangeEndpoint({
  name: 'getanalysisactivityuser',
  variant: () => null,
  variantKey: () => '',
  emptySum: () => ACTIVITY_METRICS,
  // Activity's sum is its newest day (the reference's example).
  answer: (app, range) => ({ rows: daysOf(range.from, range.to).reverse().map((day) => activityRow(app, day)), sum: activityMetrics(app, range.to) })
})
