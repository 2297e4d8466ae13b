// Week and month buckets are clipped to the range (api-facts.md): a clipped one holds fewer days
// than its calendar week or month, and its numbers are not comparable with whole ones.
import { addDays, dayCount, fromSlashDate, maxDay, minDay, type DayRange } from '../../../shared/calendar'
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

function overlap(a: DayRange, b: DayRange): number {
  const from = maxDay(a.from, b.from)
  const to = minDay(a.to, b.to)
  return from <= to ? dayCount({ from, to }) : 0
}

/**
 * For each bucket of a period, the index of the compared period's bucket it stands against (null
 * for none). Hours and days line up one to one; a week or month with the compared bucket holding
 * most of its days moved back by the shift between the two ranges. Position alone would set a
 * 31-day March against the 3 days of January that open its previous period.
 */
export function alignBuckets(names: readonly string[], before: readonly string[], gran: Gran, range: DayRange, beforeRange: DayRange): (number | null)[] {
  if (gran !== 'week' && gran !== 'month') return names.map((_, i) => (i < before.length ? i : null))
  const shift = dayCount({ from: beforeRange.from, to: range.from }) - 1
  const beforeDays = before.map((n) => bucketDays(n, gran, beforeRange))
  return names.map((n) => {
    const days = bucketDays(n, gran, range)
    if (!days) return null
    const moved = { from: addDays(days.from, -shift), to: addDays(days.to, -shift) }
    let best: number | null = null
    let most = 0
    beforeDays.forEach((d, j) => {
      const shared = d ? overlap(moved, d) : 0
      if (shared > most) [best, most] = [j, shared]
    })
    return best
  })
}
