// Number and time formatting as the screen shows it (the export's chart image uses it too, for
// its axes). Excel cell formats live with the exporter in main (export/sheet-format.ts).
import type { Locale, Unit } from './reports'

/** The API's "--": not available yet. */
export const NULL_TEXT = '--'

const cache = new Map<string, Intl.NumberFormat>()

function numberFormat(locale: Locale, min: number, max: number): Intl.NumberFormat {
  const id = `${locale}|${min}|${max}`
  let format = cache.get(id)
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max })
    cache.set(id, format)
  }
  return format
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** A table cell: the unit is in the column header, so only the number. */
export function formatCell(unit: Unit, value: number | string | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || value === '') return NULL_TEXT
  if (typeof value === 'string') return value
  if (!isNumber(value)) return NULL_TEXT
  if (unit === 'percent') return numberFormat(locale, 2, 2).format(value)
  if (unit === 'seconds') return numberFormat(locale, 0, 1).format(value)
  return numberFormat(locale, 0, 2).format(value)
}

/** A value standing alone (KPI cards, tooltips): number and unit. */
export function formatValue(unit: Unit, value: number | null | undefined, locale: Locale): string {
  if (!isNumber(value)) return NULL_TEXT
  const number = formatCell(unit, value, locale)
  if (unit === 'percent') return `${number}%`
  if (unit === 'seconds') return locale === 'en' ? `${number} s` : `${number} 秒`
  return number
}

/** Short axis ticks: 12,000 → 1.2万 / 12K; shares and durations carry their unit. */
export function formatAxis(unit: Unit, value: number, locale: Locale): string {
  if (unit === 'percent') return `${numberFormat(locale, 0, 1).format(value)}%`
  const short = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value)
  if (unit === 'seconds') return locale === 'en' ? `${short}s` : `${short}秒`
  return short
}

/** An instant (epoch ms) in the user's own zone and language. */
export function formatDateTime(epochMs: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false
  }).format(epochMs)
}

/** A change in percent with its sign: '+3.2%', '−12.5%', '0.0%'; "--" when there is none. */
export function formatChange(percent: number | null | undefined, locale: Locale): string {
  if (!isNumber(percent)) return NULL_TEXT
  const text = numberFormat(locale, 1, 1).format(Math.abs(percent))
  const sign = percent > 0.05 ? '+' : percent < -0.05 ? '−' : ''
  return `${sign}${text}%`
}
