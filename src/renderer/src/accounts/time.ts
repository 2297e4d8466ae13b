// Token expiry and "how long ago" as the account list shows them.
import type { Locale } from '../../../shared/reports'

/** Below this, an expiring token is shown as a warning. */
export const EXPIRY_WARNING_MS = 10 * 60_000

export type ExpiryState = 'ok' | 'soon' | 'expired'
export type ExpiryUnit = 'days' | 'hours' | 'minutes'

export interface Expiry {
  state: ExpiryState
  /** How much is left, rounded to the nearest unit (a fresh 1 h token reads "1 h", not "59 min"). */
  amount: number
  unit: ExpiryUnit
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export function expiryOf(expiresAt: number, now: number): Expiry {
  const left = expiresAt - now
  if (left <= 0) return { state: 'expired', amount: 0, unit: 'minutes' }
  const state: ExpiryState = left <= EXPIRY_WARNING_MS ? 'soon' : 'ok'
  const minutes = Math.max(1, Math.round(left / MINUTE))
  if (minutes < 60) return { state, amount: minutes, unit: 'minutes' }
  const hours = Math.round(left / HOUR)
  if (hours < 24) return { state, amount: hours, unit: 'hours' }
  return { state, amount: Math.round(left / DAY), unit: 'days' }
}

const formats = new Map<Locale, Intl.RelativeTimeFormat>()

/** "3 分钟前" / "3 minutes ago"; null under a minute (the caller says "just now"). */
export function timeAgo(at: number, now: number, locale: Locale): string | null {
  const ago = Math.max(0, now - at)
  if (ago < 45_000) return null
  let format = formats.get(locale)
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
    formats.set(locale, format)
  }
  if (ago < 45 * MINUTE) return format.format(-Math.max(1, Math.round(ago / MINUTE)), 'minute')
  if (ago < 22 * HOUR) return format.format(-Math.round(ago / HOUR), 'hour')
  return format.format(-Math.round(ago / DAY), 'day')
}
