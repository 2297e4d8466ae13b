// How fresh what a tab shows is. A tab drawn from several queries is as old as its oldest part.
import type { ReportView } from '../../../shared/dto'

export type Freshness = Pick<ReportView, 'fetchedAt' | 'source' | 'settled' | 'staleBecause'>

export function combineFreshness(views: readonly Freshness[]): Freshness | null {
  if (views.length === 0) return null
  return {
    fetchedAt: Math.min(...views.map((v) => v.fetchedAt)),
    source: views.some((v) => v.source === 'cache') ? 'cache' : 'network',
    settled: views.every((v) => v.settled),
    staleBecause: views.find((v) => v.staleBecause !== null)?.staleBecause ?? null
  }
}
