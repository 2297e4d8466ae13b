// POST /rest/2.0/smartapp/data/getanalysisusertrend (用户趋势).
import { GRANS, TREND_METRICS } from '../../../shared/reports'
import { modelKey } from '../app-launch'
import { bucketStats } from '../bucket-model'
import type { AppEndpointDefinition } from '../endpoint'
import { createLruCache } from '../lru-cache'
import { readDateRange, readGran, readStartIndex } from '../param-validation'
import { appRange } from '../report-range'
import { emptyAnswer, tableAnswer } from '../table-answer'
import { trendMetrics, trendRows, type TrendMetrics, type TrendRow } from './user-trend-rows'

// Keyed by the model inputs and the answered range, so a cached answer can never be stale.
const answers = createLruCache<{ rows: TrendRow[]; sum: TrendMetrics }>(64)

export const userTrendEndpoint: AppEndpointDefinition = {
  name: 'getanalysisusertrend',
  methods: ['POST'],
  token: 'app',
  respond({ app, params, now }) {
    const requested = readDateRange(params)
    const gran = readGran(params, GRANS)
    const startIndex = readStartIndex(params)
    const range = appRange(app, requested, now)
    // Nothing before today (or before launch): the requested span, no rows, "--" for every total.
    if (!range) return emptyAnswer(requested, startIndex, TREND_METRICS)
    const key = `${modelKey(app)}:${range.from}:${range.to}:${gran}`
    const { rows, sum } = answers.get(key, () => ({
      rows: trendRows(app, range, gran),
      sum: trendMetrics(bucketStats(app, range))
    }))
    return tableAnswer(range, startIndex, rows, sum)
  }
}
