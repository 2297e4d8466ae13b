// GET /rest/2.0/smartapp/data/gettpdata (TP 平台数据汇总), POST accepted too (one SDK posts). Takes
// the TP token. Answers {offset, total, result} (not data_list), one row per day of the requested
// range OLDEST first (as the reference's example), each {"data": "YYYYMMDD", <metric>: "<string>"}
// with every value a string. Days from today on are "--"; so are yesterday's rolling 7/30-day
// figures and the activity degree (they settle a day later). Metrics answer under the name asked
// (aliases included), in the order asked. Empty start_index / max_result mean their defaults (the
// reference's curl sends them empty); max_results is read as max_result.
import { beijingToday, beijingYesterday, dayCount, type Day } from '../../../shared/calendar'
import { shiftDay } from '../day-index'
import type { TpEndpointDefinition } from '../endpoint'
import { paramError } from '../envelope'
import { NOT_AVAILABLE } from '../metric-format'
import { checkOffset, PAGE_SIZE } from '../paging'
import { readDateRange, readStartIndex, type Params } from '../param-validation'
import { ALL_TP_METRICS, canonicalTpMetric, LATE_TP_METRICS, tpDayMetrics } from './tp-metrics'

const MAX_PAGE = 1000

/** The metrics asked for, as [name asked, canonical name]; all of them when none are named. */
function readMetrics(params: Params): [string, string][] {
  const asked = (params.get('metrics') ?? '').split(',').map((m) => m.trim()).filter((m) => m !== '')
  if (asked.length === 0) return ALL_TP_METRICS.map((m) => [m, m])
  const out = new Map<string, string>()
  for (const name of asked) {
    const canonical = canonicalTpMetric(name)
    if (!canonical) throw paramError(`metrics: unknown metric ${name}`)
    out.set(name, canonical)
  }
  return [...out]
}

function readScene(params: Params): string | null {
  const scene = params.get('scene') ?? ''
  if (scene === '') return null
  if (!/^\d{1,12}$/.test(scene)) throw paramError('scene must be a scene id (digits)')
  return scene
}

function withoutEmpty(params: Params, name: string): Params {
  if (params.get(name) !== '') return params
  const copy = new Map(params)
  copy.delete(name)
  return copy
}

function readPageSize(params: Params): number {
  const value = params.get('max_result') || params.get('max_results') || ''
  if (value === '') return PAGE_SIZE
  const size = /^\d+$/.test(value) ? Number(value) : NaN
  if (!(size >= 1 && size <= MAX_PAGE)) throw paramError(`max_result must be an integer from 1 to ${MAX_PAGE}`)
  return size
}

interface Clock {
  today: Day
  yesterday: Day
}

function tpRow(apps: Parameters<typeof tpDayMetrics>[0], day: Day, metrics: [string, string][], scene: string | null, clock: Clock): Record<string, string> {
  const row: Record<string, string> = { data: day }
  const values = day >= clock.today ? null : tpDayMetrics(apps, day, scene)
  const lateOnly = day === clock.yesterday
  for (const [asked, canonical] of metrics) {
    const value = values?.[canonical]
    row[asked] = value === undefined || (lateOnly && LATE_TP_METRICS.has(canonical)) ? NOT_AVAILABLE : String(value)
  }
  return row
}

export const tpDataEndpoint: TpEndpointDefinition = {
  name: 'gettpdata',
  methods: ['GET', 'POST'],
  token: 'tp',
  respond({ apps, params, now }) {
    const range = readDateRange(params)
    const metrics = readMetrics(params)
    const scene = readScene(params)
    const startIndex = readStartIndex(withoutEmpty(params, 'start_index'))
    const size = readPageSize(params)
    // Rows are independent days, so only the asked page is computed, however long the range.
    const total = dayCount(range)
    checkOffset(total, startIndex)
    const clock = { today: beijingToday(now), yesterday: beijingYesterday(now) }
    const result: Record<string, string>[] = []
    for (let i = startIndex; i < Math.min(total, startIndex + size); i++) {
      result.push(tpRow(apps, shiftDay(range.from, i), metrics, scene, clock))
    }
    return { offset: startIndex, total, result }
  }
}
