// Yesterday at a glance: key metrics with their change against 1 day, 1 week and 1 month before,
// the last 30 days as sparklines, and the top pages (the WeChat console's 概况, from daily series).
// Shared so the Overview tab and its export compute the same numbers.
import { addDays, fromSlashDate, type Day, type DayRange } from './calendar'
import { percentChange } from './compare'
import { topRows } from './ranking'
import type { MetricRow, MetricValue, PageRow } from './report-data'
import { ACTIVITY_COLUMNS, TREND_COLUMNS, type Column } from './reports'

export const COMPARE_OFFSETS = [
  { id: 'day', days: 1 },
  { id: 'week', days: 7 },
  { id: 'month', days: 30 }
] as const
export type OffsetId = (typeof COMPARE_OFFSETS)[number]['id']

export const SPARK_DAYS = 30
/** Top pages cover a week: one day of a small program's pages is too thin to rank. */
export const TOP_PAGES_DAYS = 7
export const TOP_PAGES_COUNT = 10

const TREND_KEYS = ['user_count', 'new_user_count', 'session_count', 'session_time_per_person', 'average_session_time'] as const
const ACTIVITY_KEYS = ['accumulative_user_count'] as const

export interface OverviewRanges {
  /** yesterday − 30 … yesterday: every comparison day and the sparklines in one daily query. */
  series: DayRange
  pages: DayRange
}

export function overviewRanges(yesterday: Day): OverviewRanges {
  return {
    series: { from: addDays(yesterday, -COMPARE_OFFSETS[2].days), to: yesterday },
    pages: { from: addDays(yesterday, -(TOP_PAGES_DAYS - 1)), to: yesterday }
  }
}

export interface OverviewKpi {
  column: Column
  value: MetricValue
  changes: { id: OffsetId; value: number | null }[]
  /** Oldest first, one value per day (null where a day is missing or "--"). */
  spark: MetricValue[]
  sparkDays: Day[]
}

function byDay(rows: readonly MetricRow[]): Map<Day, MetricRow> {
  const out = new Map<Day, MetricRow>()
  for (const r of rows) {
    const day = fromSlashDate(r.name)
    if (day) out.set(day, r)
  }
  return out
}

function kpisOf(rows: readonly MetricRow[], columns: readonly Column[], keys: readonly string[], yesterday: Day): OverviewKpi[] {
  const days = byDay(rows)
  const valueOn = (day: Day, key: string): MetricValue => days.get(day)?.values[key] ?? null
  const sparkDays = Array.from({ length: SPARK_DAYS }, (_, i) => addDays(yesterday, i - SPARK_DAYS + 1))
  return keys.map((key) => {
    const column = columns.find((c) => c.key === key)!
    const value = valueOn(yesterday, key)
    return {
      column,
      value,
      changes: COMPARE_OFFSETS.map((o) => ({ id: o.id, value: percentChange(value, valueOn(addDays(yesterday, -o.days), key)) })),
      spark: sparkDays.map((d) => valueOn(d, key)),
      sparkDays
    }
  })
}

export function overviewKpis(trendRows: readonly MetricRow[], activityRows: readonly MetricRow[], yesterday: Day): OverviewKpi[] {
  return [...kpisOf(trendRows, TREND_COLUMNS, TREND_KEYS, yesterday), ...kpisOf(activityRows, ACTIVITY_COLUMNS, ACTIVITY_KEYS, yesterday)]
}

export interface TopPage {
  rank: number
  pageId: string
  name: string
  path: string
  value: number
  /** Percent of the metric over every page. */
  share: number | null
}

export function topPages(rows: readonly PageRow[], key: 'entry_count' | 'pv_count', n = TOP_PAGES_COUNT): TopPage[] {
  const total = rows.reduce((s, r) => s + (r.values[key] ?? 0), 0)
  return topRows(rows, key, n).map((r, i) => {
    const value = r.values[key] as number
    return { rank: i + 1, pageId: r.pageId, name: r.name, path: r.path, value, share: total > 0 ? (value / total) * 100 : null }
  })
}
