// Week and month buckets are clipped to the range (api-facts.md): a clipped one holds fewer days
// than its calendar week or month, and its numbers are not comparable with whole ones.
import { dayCount, fromSlashDate, type DayRange } from '../../../shared/calendar'
import type { Gran } from '../../../shared/reports'

function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}${String(month).padStart(2, '0')}${String(last).padStart(2, '0')}`
}

/** The days a bucket row stands for: '2024/04/01 - 2024/04/07' or '2024/04', clipped to the range. */
export function bucketDays(name: string, gran: Gran, range: DayRange): DayRange | null {
  if (gran === 'week') {
    const [a, b] = name.split(' - ')
    const from = a ? fromSlashDate(a) : null
    const to = b ? fromSlashDate(b) : from
    return from && to ? { from, to } : null
  }
  if (gran === 'month') {
    const m = /^(\d{4})\/(\d{2})$/.exec(name.trim())
    if (!m) return null
    const first = `${m[1]}${m[2]}01`
    const last = monthEnd(Number(m[1]), Number(m[2]))
    return { from: first > range.from ? first : range.from, to: last < range.to ? last : range.to }
  }
  return null
}

/** Whether a week or month bucket covers only part of its calendar week or month. */
export function isPartialBucket(name: string, gran: Gran, range: DayRange): boolean {
  const days = bucketDays(name, gran, range)
  if (!days) return false
  if (gran === 'week') return dayCount(days) < 7
  const m = /^(\d{4})\/(\d{2})$/.exec(name.trim())
  if (!m) return false
  return days.from !== `${m[1]}${m[2]}01` || days.to !== monthEnd(Number(m[1]), Number(m[2]))
}
