// POST /rest/2.0/smartapp/data/getanalysisactivityuser (活跃用户). One row a day, newest first. No
// gran: the reference's curl passes gran=day anyway, and it is ignored like any unknown parameter.
// The reference's `sum` equals its newest row, so `sum` is the last day's figures.
import { modelKey } from '../app-launch'
import { daysOf } from '../day-index'
import type { AppEndpointDefinition } from '../endpoint'
import { createLruCache } from '../lru-cache'
import { readDateRange, readStartIndex } from '../param-validation'
import { appRange } from '../report-range'
import { emptyAnswer, tableAnswer } from '../table-answer'
import { ACTIVITY_METRICS, activityMetrics, activityRow, type ActivityMetrics, type ActivityRow } from './activity-rows'

const answers = createLruCache<{ rows: ActivityRow[]; sum: ActivityMetrics }>(64)

export const activityEndpoint: AppEndpointDefinition = {
  name: 'getanalysisactivityuser',
  methods: ['POST'],
  token: 'app',
  respond({ app, params, now }) {
    const requested = readDateRange(params)
    const startIndex = readStartIndex(params)
    const range = appRange(app, requested, now)
    if (!range) return emptyAnswer(requested, startIndex, ACTIVITY_METRICS)
    const { rows, sum } = answers.get(`${modelKey(app)}:${range.from}:${range.to}`, () => ({
      rows: daysOf(range.from, range.to).reverse().map((day) => activityRow(app, day)),
      sum: activityMetrics(app, range.to)
    }))
    return tableAnswer(range, startIndex, rows, sum)
  }
}
