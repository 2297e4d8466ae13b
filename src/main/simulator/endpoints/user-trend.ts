// POST /rest/2.0/smartapp/data/getanalysisusertrend (用户趋势).
import { GRANS } from '../../../shared/reports'
import { bucketStats } from '../bucket-model'
import type { EndpointDefinition } from '../endpoint'
import { createLruCache } from '../lru-cache'
import { pageOf } from '../paging'
import { readDateRange, readGran, readStartIndex } from '../param-validation'
import { answerableRange, timeSpan } from '../report-range'
import {
  trendMetrics,
  trendRows,
  unavailableTrendMetrics,
  type TrendMetrics,
  type TrendRow
} from './user-trend-rows'

// Keyed by the model inputs and the answered range, so a cached answer can never be stale.
const answers = createLruCache<{ rows: TrendRow[]; sum: TrendMetrics }>(64)

export const userTrendEndpoint: EndpointDefinition = {
  name: 'getanalysisusertrend',
  methods: ['POST'],
  respond({ app, params, now }) {
    const requested = readDateRange(params)
    const gran = readGran(params, GRANS)
    const startIndex = readStartIndex(params)
    const range = answerableRange(requested, now)
    if (!range) {
      // Nothing before today: the requested span, no rows, and "--" for every total.
      return {
        time_span: timeSpan(requested),
        offset: startIndex,
        total: 0,
        sum: unavailableTrendMetrics(),
        data_list: []
      }
    }
    const key = `${app.seed}:${app.baseUsers}:${range.from}:${range.to}:${gran}`
    const { rows, sum } = answers.get(key, () => ({
      rows: trendRows(app, range, gran),
      sum: trendMetrics(bucketStats(app, range))
    }))
    return {
      time_span: timeSpan(range),
      offset: startIndex,
      total: rows.length,
      sum,
      data_list: pageOf(rows, startIndex)
    }
  }
}
