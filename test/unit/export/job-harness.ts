// What the export job specs drive a job with: a host whose save dialog "chose" a path, a recorder
// of the job's events, and a run that waits for the job to end.
import { expect } from 'vitest'
import type { ExportJobs, ExportTarget } from '../../../src/main/export'
import type { HostServices } from '../../../src/main/handlers'
import type { ExportFinished, ExportJobRequest, ExportProgress } from '../../../src/shared/export-jobs'

/** A host whose save dialog "chose" `path` (or was cancelled: null); records what it was told to discard. */
export function dialogHost(path: string | null, discarded: string[] = []): HostServices {
  return {
    kind: 'electron',
    saveExport: async () => ({ status: 'cancelled' }),
    prepareExport: async (): Promise<ExportTarget | null> =>
      path === null ? null : { path, done: async () => ({ status: 'saved', fileName: 'chosen.xlsx' }), discard: async () => void discarded.push(path) },
    openExternal: async () => false
  }
}

export function recorder(): { progress: ExportProgress[]; finished: ExportFinished[]; emit: (event: string, payload: unknown) => void } {
  const progress: ExportProgress[] = []
  const finished: ExportFinished[] = []
  const emit = (event: string, payload: unknown): void => {
    if (event === 'export:progress') progress.push(payload as ExportProgress)
    if (event === 'export:finished') finished.push(payload as ExportFinished)
  }
  return { progress, finished, emit }
}

/** Starts the job and answers how it ended. */
export async function run(jobs: ExportJobs, request: ExportJobRequest, emit: (event: string, payload: unknown) => void): Promise<ExportFinished> {
  const id = jobs.start(request, emit as never)
  const finished = await jobs.finished(id)!
  expect(finished.jobId).toBe(id)
  return finished
}
