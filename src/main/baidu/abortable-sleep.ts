// Delays and races that end early, with the signal's reason, when the caller cancels.
import { setMaxListeners } from 'node:events'

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason)
  if (ms <= 0) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(signal!.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** Settles `task` unless the signal aborts first (then rejects with its reason); cleans up after. */
export async function raceAbort<T>(task: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return task
  if (signal.aborted) throw signal.reason
  let onAbort: (() => void) | undefined
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([task, aborted])
  } finally {
    signal.removeEventListener('abort', onAbort!)
  }
}

/**
 * Marks a signal as shared by many concurrent requests (a sync run, one report's pages), each of
 * which listens for its abort; Node would otherwise warn past ten listeners.
 */
export function shareSignal<S extends AbortSignal>(signal: S): S {
  setMaxListeners(0, signal)
  return signal
}
