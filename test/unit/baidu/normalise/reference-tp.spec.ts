// The reference's gettpdata example, normalised; expectations copied by hand from the example.
import { describe, expect, it } from 'vitest'
import { normalisePage } from '../../../../src/main/baidu/normalise'
import { resolveVariant } from '../../../../src/shared/reports'
import { referenceData } from './reference-fixture'

// The metrics parameter of the reference's curl, verbatim: it asks for three metrics by the
// example's spellings (…_count_per_person, …_count_per_day, …_feedback_count).
const CURL_METRICS =
  'tp_day_app_count,tp_week_app_count,tp_month_app_count,tp_day_user_count,tp_week_user_count,tp_month_user_count,tp_day_session_count,tp_week_session_count,tp_month_session_count,tp_day_page_count,tp_activity_degree,tp_session_count_per_person,tp_session_count_per_day,tp_day_share_count,tp_day_feedback_count'

/** The fifteen metrics asked for, under their canonical keys; the example elides all but two. */
function asked(dayUsers: number | null, daySessions: number | null) {
  return {
    tp_day_app_count: null,
    tp_week_app_count: null,
    tp_month_app_count: null,
    tp_day_user_count: dayUsers,
    tp_week_user_count: null,
    tp_month_user_count: null,
    tp_day_session_count: daySessions,
    tp_week_session_count: null,
    tp_month_session_count: null,
    tp_day_page_count: null,
    tp_activity_degree: null,
    tp_session_time_per_person: null,
    tp_session_time_per_day: null,
    tp_day_share_count: null,
    tp_day_back_flow_count: null
  }
}

describe('reference examples: tp (gettpdata)', () => {
  it('reads `result`, dates from `data`, string values as numbers and "--" as null', () => {
    const variant = resolveVariant('tp', { metrics: CURL_METRICS, scene: '11700000' })
    expect(normalisePage('tp', variant, referenceData('tp'))).toStrictEqual({
      timeSpan: '',
      offset: 0,
      total: 4,
      sum: null,
      rows: [
        { name: '20190301', values: asked(122000, 122333) },
        { name: '20190302', values: asked(23333, 36666) },
        { name: '20190303', values: asked(null, null) },
        { name: '20190304', values: asked(null, null) }
      ]
    })
  })
})
