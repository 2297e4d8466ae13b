// When a cached snapshot (or a cached day) may answer instead of the network.
import { isSettled, type DayRange } from '../../shared/calendar'

export interface CachePolicySettings {
  /** The last N days up to yesterday that Baidu may still revise. */
  unsettledDays: number
  /** How long a copy of an unsettled range counts as fresh, ms. */
  unsettledTtlMs: number
}

export interface CacheDecisionInput {
  range: DayRange
  fetchedAt: number | undefined
  /** Some value was "--" (not ready yet) when fetched. */
  notReady: boolean
  refresh: boolean
  now: number
  settings: CachePolicySettings
}

export type CacheDecision = 'cache' | 'fetch'

/**
 * Final data (a range that had settled when it was fetched, with every value ready) is cached for
 * good. Anything that may still change — an unsettled range, or values Baidu did not have yet — is
 * fresh for the TTL, then fetched again. `refresh` always fetches.
 */
export function decideCache(input: CacheDecisionInput): CacheDecision {
  if (input.fetchedAt === undefined || input.refresh) return 'fetch'
  if (!input.notReady && isSettled(input.range, input.fetchedAt, input.settings.unsettledDays)) return 'cache'
  return input.now - input.fetchedAt < input.settings.unsettledTtlMs ? 'cache' : 'fetch'
}
