// POST /rest/2.0/smartapp/data/getanalysisvisitattribute (用户画像). Not paged (start_index, if
// sent, is ignored); `data` is only {data_list: [{age, sex, interest}]}. Each dimension's
// count_ratio (the example's key; the field table calls it user_count_ratio) adds up to exactly
// 100.00 in hundredths. The mix is the app's own and drifts slowly with the range's date. A range
// with no data answers {data_list: []}.
import type { DayRange } from '../../../shared/calendar'
import { percentShares } from '../apportion'
import { AGE_ATTRIBUTES, INTEREST_ATTRIBUTES, SEX_ATTRIBUTES, type Attribute } from '../catalog/portrait'
import type { AppEndpointDefinition } from '../endpoint'
import { readDateRange } from '../param-validation'
import { appRange } from '../report-range'
import type { SimApp } from '../types'
import { appMix, type MixOptions } from '../weights'

export interface AttributeShare {
  attribute_id: string
  name: string
  count_ratio: number
}

function shares(app: SimApp, range: DayRange, label: string, attributes: readonly Attribute[], mix: MixOptions): AttributeShare[] {
  const weights = appMix(app.seed, label, attributes.map((a) => a.weight), range, mix)
  const ratios = percentShares(weights)
  return attributes.map((a, i) => ({ attribute_id: a.id, name: a.name, count_ratio: ratios[i] ?? 0 }))
}

export function portrait(app: SimApp, range: DayRange): { age: AttributeShare[]; sex: AttributeShare[]; interest: AttributeShare[] } {
  return {
    age: shares(app, range, 'portrait-age', AGE_ATTRIBUTES, { spread: 0.35, drift: 0.04 }),
    sex: shares(app, range, 'portrait-sex', SEX_ATTRIBUTES, { spread: 0.6, drift: 0.03 }),
    // Interests come largest first, as in the example; ages and sexes in their natural order.
    interest: shares(app, range, 'portrait-interest', INTEREST_ATTRIBUTES, { spread: 0.5, drift: 0.06 }).sort(
      (a, b) => b.count_ratio - a.count_ratio
    )
  }
}

export const portraitEndpoint: AppEndpointDefinition = {
  name: 'getanalysisvisitattribute',
  methods: ['POST'],
  token: 'app',
  respond({ app, params, now }) {
    const range = appRange(app, readDateRange(params), now)
    return { data_list: range ? [portrait(app, range)] : [] }
  }
}
