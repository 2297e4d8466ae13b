// POST /rest/2.0/smartapp/data/getanalysisusertrend (用户趋势).
import { rangeEndpoint } from '../range-endpoint'
import { GRANS, TREND_METRICS } from '../../../shared/reports'
import { bucketStats } from '../bucket-model'
import { readGran } from '../param-validation'
import { trendMetrics, trendRows } from './user-trend-rows'

// Keyed by the model inputs and the answered range, so a cached answer can never be stale.

export const userTrendEndpoint = rangeEndpoint({
  name: 'getanalysisusertrend',
  variant: (params) => readGran(params, GRANS),
  variantKey: (gran) => gran,
  emptySum: () => TREND_METRICS,
  answer: (app, range, gran) => ({ rows: trendRows(app, range, gran), sum: trendMetrics(bucketStats(app, range)) })
})
