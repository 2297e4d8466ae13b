// getanalysisretaineduser's rows: one cohort per day, natural week or natural month of the range
// (clipped to it, like the trend's buckets), with the users of that cohort seen again N−1 periods
// later. A cohort's period N is a whole day / natural week / natural month; it is "--" until its
// last day is complete (no partial weeks or months are reported).
import { monthBuckets, type Day, type DayRange } from '../../../shared/calendar'
import { RETENTION_PERIODS, retentionKey, type ReportType, type RetentionGran } from '../../../shared/reports'
import { bucketStats } from '../bucket-model'
import { shiftDay, weekdayOf } from '../day-index'
import { dateBuckets } from '../gran-buckets'
import { gaussian, salt, unit } from '../hash'
import { NOT_AVAILABLE, percent, type NotAvailable } from '../metric-format'
import type { SimApp } from '../types'

export type RetentionRow = { name: string; active_user_count: number } & Record<string, number | NotAvailable | string>

/** Share of a cohort back in its second period, per gran (drawn per app within these bounds). */
const SECOND_PERIOD: Record<RetentionGran, readonly [number, number]> = {
  day: [0.08, 0.2],
  week: [0.12, 0.26],
  month: [0.05, 0.14]
}

const monthEnds = new Map<Day, Day>()

/** The natural month starting on `first` (a YYYYMM01 day). */
function wholeMonth(first: Day): DayRange {
  let to = monthEnds.get(first)
  if (to === undefined) {
    to = monthBuckets({ from: first, to: shiftDay(first, 31) })[0]!.to
    monthEnds.set(first, to)
  }
  return { from: first, to }
}

/** Period n (n = 2 … 9) of the cohort: the whole day, week or month n − 1 units after it. */
export function retentionPeriod(cohort: DayRange, gran: RetentionGran, n: number): DayRange {
  if (gran === 'day') {
    const day = shiftDay(cohort.from, n - 1)
    return { from: day, to: day }
  }
  if (gran === 'week') {
    const monday = shiftDay(cohort.from, -weekdayOf(cohort.from) + 7 * (n - 1))
    return { from: monday, to: shiftDay(monday, 6) }
  }
  const months = Number(cohort.from.slice(0, 4)) * 12 + Number(cohort.from.slice(4, 6)) - 1 + (n - 1)
  const first = `${Math.floor(months / 12)}${String((months % 12) + 1).padStart(2, '0')}01`
  return wholeMonth(first)
}

/** Share of the cohort seen again in period n: falls with n, wobbles per cohort. */
function retentionRate(app: SimApp, gran: RetentionGran, cohort: DayRange, n: number): number {
  const [low, high] = SECOND_PERIOD[gran]
  const base = low + (high - low) * unit(app.seed, salt(`retention-base-${gran}`))
  const decay = 0.25 + 0.35 * unit(app.seed, salt(`retention-decay-${gran}`))
  const wobble = 1 + 0.1 * gaussian(app.seed, Number(cohort.from), salt(`retention-${gran}`), n)
  return base * Math.pow(n - 1, -decay) * wobble
}

/**
 * Cohort rows oldest first, as the reference's examples list them (unlike other reports). A
 * retained count never exceeds the cohort, nor the returning users of the period it is seen in.
 */
export function retentionRows(
  app: SimApp,
  range: DayRange,
  gran: RetentionGran,
  type: ReportType,
  yesterday: Day
): RetentionRow[] {
  return dateBuckets(range, gran)
    .reverse()
    .map((bucket) => {
      const active = bucketStats(app, bucket.range).users
      const row: RetentionRow = { name: bucket.name, active_user_count: active }
      for (const n of RETENTION_PERIODS) {
        const period = retentionPeriod(bucket.range, gran, n)
        if (period.to > yesterday) {
          row[retentionKey(gran, n)] = NOT_AVAILABLE
          continue
        }
        const returning = bucketStats(app, period).oldUsers
        const retained = Math.min(active, returning, Math.round(active * retentionRate(app, gran, bucket.range, n)))
        row[retentionKey(gran, n)] = type === 'count' ? retained : percent(retained, active)
      }
      return row
    })
}
