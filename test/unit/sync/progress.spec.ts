// The progress tracker's events: throttled while running, nothing more once the run has finished.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ProgressTracker } from '../../../src/main/sync/progress'
import type { SyncProgress } from '../../../src/shared/sync'

afterEach(() => void vi.useRealTimers())

function tracker(): { progress: ProgressTracker; events: SyncProgress[] } {
  const events: SyncProgress[] = []
  const progress = new ProgressTracker('run', { from: '20250101', to: '20250107' }, 0, () => 0, (p) => events.push(p))
  progress.add({ id: 't', accountId: 'a', report: 'trend', variant: 'gran=day', state: 'pending', requests: 0, rows: 0, error: null }, 2)
  return { progress, events }
}

describe('ProgressTracker', () => {
  it('folds a burst of changes into one event', () => {
    vi.useFakeTimers()
    const { progress, events } = tracker()
    progress.update('t', { state: 'running' })
    progress.attempt('t')
    progress.attempt('t')
    vi.runAllTimers()
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ state: 'running', requestsDone: 2 })
  })

  it('emits nothing after the final event, even when a late page reports back', () => {
    vi.useFakeTimers()
    const { progress, events } = tracker()
    progress.update('t', { state: 'error', error: { code: 'network', message: 'down' } })
    progress.finish('done')
    expect(events.at(-1)).toMatchObject({ state: 'done' })
    const sent = events.length
    // A sibling page of the failed task was still in flight and answers now.
    progress.pagesKnown('t', 5)
    progress.attempt('t')
    vi.runAllTimers()
    expect(events).toHaveLength(sent)
  })
})
