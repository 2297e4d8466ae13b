// POST /rest/2.0/smartapp/data/getanalysisretaineduser (活跃用户留存). report_type count|ratio and
// gran day|week|month are required; `sum` is always {"active_user_count": "--"}, as in the reference.
import { rangeEndpoint } from '../range-endpoint'
import { beijingYesterday } from '../../../shared/calendar'
import { REPORT_TYPES, RETENTION_GRANS } from '../../../shared/reports'
import { NOT_AVAILABLE } from '../metric-format'
import { readChoice, readGran } from '../param-validation'
import { retentionRows } from './retention-rows'

const SUM = { active_user_count: NOT_AVAILABLE }

export const retentionEndpoint = rangeEndpoint({
  name: 'getanalysisretaineduser',
  // Yesterday is part of the variant: periods become reachable as the days pass.
  variant: (params, now) => ({ type: readChoice(params, 'report_type', REPORT_TYPES), gran: readGran(params, RETENTION_GRANS), yesterday: beijingYesterday(now) }),
  variantKey: (v) => `${v.gran}:${v.type}:${v.yesterday}`,
  emptySum: () => ['active_user_count'],
  answer: (app, range, v) => ({ rows: retentionRows(app, range, v.gran, v.type, v.yesterday), sum: SUM })
})
