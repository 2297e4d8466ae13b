// Reading and checking the parameters the report endpoints share. Each reader throws errno 40001
// with a hint naming the parameter, so endpoints read as a list of what they need.
import { isValidDay, type DayRange } from '../../shared/calendar'
import type { Gran } from '../../shared/reports'
import { paramError } from './envelope'

export type Params = ReadonlyMap<string, string>

function requireParam(params: Params, name: string): string {
  const value = params.get(name)
  if (value === undefined || value === '') throw paramError(`${name} is required`)
  return value
}

function readDay(params: Params, name: string): string {
  const value = requireParam(params, name)
  if (!isValidDay(value)) throw paramError(`${name} must be a real date as YYYYMMDD`)
  return value
}

/** start_date and end_date, both required, start not after end. */
export function readDateRange(params: Params): DayRange {
  const from = readDay(params, 'start_date')
  const to = readDay(params, 'end_date')
  if (from > to) throw paramError('start_date must not be after end_date')
  return { from, to }
}

/** gran, required, one of `allowed` (retention takes only day/week/month). */
export function readGran<G extends Gran>(params: Params, allowed: readonly G[]): G {
  const value = requireParam(params, 'gran')
  const gran = allowed.find((g) => g === value)
  if (!gran) throw paramError(`gran must be one of ${allowed.join('|')}`)
  return gran
}

/** start_index: a row offset, optional (0), otherwise a non-negative integer. */
export function readStartIndex(params: Params): number {
  const value = params.get('start_index')
  if (value === undefined) return 0
  const index = /^\d+$/.test(value) ? Number(value) : NaN
  if (!Number.isSafeInteger(index)) throw paramError('start_index must be a non-negative integer')
  return index
}

/** A required parameter that must be one of `allowed` (report_type, terminal_type …). */
export function readChoice<C extends string>(params: Params, name: string, allowed: readonly C[]): C {
  const value = requireParam(params, name)
  const choice = allowed.find((c) => c === value)
  if (!choice) throw paramError(`${name} must be one of ${allowed.join('|')}`)
  return choice
}
