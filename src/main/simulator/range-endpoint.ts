// The flow every paged per-app report shares: dates, the endpoint's own parameters, start_index,
// the part of the range with data, a memoised answer for that range, and one page of it.
import type { DayRange } from '../../shared/calendar'
import { modelKey } from './app-launch'
import type { AppEndpointDefinition } from './endpoint'
import { createLruCache } from './lru-cache'
import { readDateRange, readStartIndex, type Params } from './param-validation'
import { appRange } from './report-range'
import { emptyAnswer, tableAnswer } from './table-answer'
import type { SimApp } from './types'

export interface RangeAnswer<Row, Sum> {
  rows: readonly Row[]
  /** Left out for reports without `sum` (sources). */
  sum?: Sum
}

export interface RangeEndpointSpec<V, Row, Sum> {
  name: string
  /** Reads and checks the endpoint's own parameters (40001 on a bad one). */
  variant: (params: Params, now: number) => V
  /** Everything in `variant` that changes the answer, for the memo key. */
  variantKey: (v: V) => string
  /** The `sum` keys an answer without data shows as "--"; none for reports without sum. */
  emptySum?: (v: V) => readonly string[]
  answer: (app: SimApp, range: DayRange, v: V) => RangeAnswer<Row, Sum>
}

export function rangeEndpoint<V, Row, Sum>(spec: RangeEndpointSpec<V, Row, Sum>): AppEndpointDefinition {
  const answers = createLruCache<RangeAnswer<Row, Sum>>(64)
  return {
    name: spec.name,
    methods: ['POST'],
    token: 'app',
    respond({ app, params, now }) {
      const requested = readDateRange(params)
      const v = spec.variant(params, now)
      const startIndex = readStartIndex(params)
      const range = appRange(app, requested, now)
      // Nothing before today (or before launch): the requested span, no rows, "--" for every total.
      if (!range) return emptyAnswer(requested, startIndex, spec.emptySum?.(v))
      const key = `${modelKey(app)}:${range.from}:${range.to}:${spec.variantKey(v)}`
      const { rows, sum } = answers.get(key, () => spec.answer(app, range, v))
      return tableAnswer(range, startIndex, rows, sum)
    }
  }
}
