// Sync numbers and names for screen: progress percentage, clock-style durations, variant labels.
import type { SyncProgress } from '../../shared/sync'
import { label, REPORTS, type Locale, type ReportId } from '../../shared/reports'

/**
 * Whole percent of requests done. Never above 100 (paging can make `done` overtake a stale
 * `total`), and a run still going stays below it: the total is an estimate until the end.
 */
export function syncPercent(p: Pick<SyncProgress, 'requestsDone' | 'requestsTotal' | 'state'> | null): number {
  if (!p) return 0
  if (p.state === 'done') return 100
  if (p.requestsTotal <= 0) return 0
  const ratio = Math.floor((p.requestsDone / p.requestsTotal) * 100)
  return Math.max(0, Math.min(p.state === 'running' ? 99 : 100, ratio))
}

/** 42 000 → '0:42', 3 723 000 → '1:02:03'. Rounded up, so the last second still shows 0:01. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

const integers = new Map<Locale, Intl.NumberFormat>()

/** 3456 → '3,456'. */
export function formatCount(n: number, locale: Locale): string {
  let format = integers.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
    integers.set(locale, format)
  }
  return format.format(n)
}

/** 'gran=day&report_type=count' → [['gran', 'day'], ['report_type', 'count']]. */
export function parseVariantKey(key: string): Array<[string, string]> {
  if (key === '') return []
  return key.split('&').map((part) => {
    const at = part.indexOf('=')
    return at < 0 ? [part, ''] : [part.slice(0, at), part.slice(at + 1)]
  })
}

/**
 * A variant in the catalogue's own words and parameter order ('留存人数 · 按天'), '' for reports
 * without one. Free-form parameters at their default (tp's metric list) say nothing.
 */
export function variantText(report: ReportId, key: string, locale: Locale): string {
  const params = REPORTS[report]?.variants ?? []
  const values = new Map(parseVariantKey(key))
  const parts: string[] = []
  for (const param of params) {
    const value = values.get(param.param)
    if (value === undefined) continue
    values.delete(param.param)
    const option = param.options.find((o) => o.value === value)
    if (option) parts.push(label(option, locale))
    else if (value !== param.default) parts.push(`${param.param}=${value}`)
  }
  for (const [name, value] of values) parts.push(`${name}=${value}`)
  return parts.join(' · ')
}
