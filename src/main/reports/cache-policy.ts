// When a cached snapshot may answer instead of the network.
import { isSettled, type DayRange } from '../../shared/calendar'
import type { CacheSettings } from '../settings'

export interface CacheDecisionInput {
  range: DayRange
  fetchedAt: number | undefined
  /** Some value in the snapshot was "--" (not ready yet) when fetched. */
  hasNotReady: boolean
  refresh: boolean
  now: number
  settings: CacheSettings
}

export type CacheDecision = 'cache' | 'fetch'

export function decideCache(input: CacheDecisionInput): CacheDecision {
  if (input.fetchedAt === undefined || input.refresh || input.hasNotReady) return 'fetch'
  // A settled range was fetched after it settled only if fetchedAt is past its settling point;
  // anything fetched while it was still open may have been revised since.
  if (isSettled(input.range, input.fetchedAt, input.settings.unsettledDays)) return 'cache'
  if (isSettled(input.range, input.now, input.settings.unsettledDays)) return 'fetch'
  return input.now - input.fetchedAt < input.settings.unsettledTtlMs ? 'cache' : 'fetch'
}
