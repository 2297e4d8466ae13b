// POST /rest/2.0/smartapp/data/getanalysisretaineduser (活跃用户留存). report_type count|ratio and
// gran day|week|month are required; `sum` is always {"active_user_count": "--"}, as in the reference.
import { beijingYesterday } from '../../../shared/calendar'
import { REPORT_TYPES, RETENTION_GRANS } from '../../../shared/reports'
import { modelKey } from '../app-launch'
import type { AppEndpointDefinition } from '../endpoint'
import { createLruCache } from '../lru-cache'
import { NOT_AVAILABLE } from '../metric-format'
import { readChoice, readDateRange, readGran, readStartIndex } from '../param-validation'
import { appRange } from '../report-range'
import { emptyAnswer, tableAnswer } from '../table-answer'
import { retentionRows, type RetentionRow } from './retention-rows'

const answers = createLruCache<RetentionRow[]>(64)
const SUM = { active_user_count: NOT_AVAILABLE }

export const retentionEndpoint: AppEndpointDefinition = {
  name: 'getanalysisretaineduser',
  methods: ['POST'],
  token: 'app',
  respond({ app, params, now }) {
    const requested = readDateRange(params)
    const type = readChoice(params, 'report_type', REPORT_TYPES)
    const gran = readGran(params, RETENTION_GRANS)
    const startIndex = readStartIndex(params)
    const range = appRange(app, requested, now)
    if (!range) return emptyAnswer(requested, startIndex, ['active_user_count'])
    const yesterday = beijingYesterday(now)
    // Yesterday is in the key: periods become reachable as the days pass.
    const key = `${modelKey(app)}:${range.from}:${range.to}:${gran}:${type}:${yesterday}`
    const rows = answers.get(key, () => retentionRows(app, range, gran, type, yesterday))
    return tableAnswer(range, startIndex, rows, SUM)
  }
}
