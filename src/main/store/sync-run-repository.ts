// A record of sync runs: when each ran, what it was asked, how far it got and how it ended.
import type { Database } from 'better-sqlite3'
import { syncRequestSchema, type SyncRequest, type SyncSummary } from '../../shared/sync'

/** A run with no end recorded (a crash or a quit cut it short) that nobody has given up on. */
export interface UnfinishedRun {
  id: string
  startedAt: number
  request: SyncRequest
  requestsDone: number
  requestsTotal: number
}

interface UnfinishedRow {
  id: string
  started_at: number
  request_json: string
  requests_done: number
  requests_total: number
}

export class SyncRunRepository {
  constructor(private readonly db: Database) {}

  started(id: string, at: number, request: SyncRequest): void {
    this.db
      .prepare('INSERT INTO sync_runs (id, started_at, from_day, to_day, request_json) VALUES (?, ?, ?, ?, ?)')
      .run(id, at, request.from, request.to, JSON.stringify(request))
  }

  /** How far a run has got; written as it goes, so a run killed mid-way still tells. */
  progressed(id: string, requestsDone: number, requestsTotal: number): void {
    this.db.prepare('UPDATE sync_runs SET requests_done = ?, requests_total = ? WHERE id = ?').run(requestsDone, requestsTotal, id)
  }

  finished(summary: SyncSummary, at: number): void {
    this.db.prepare('UPDATE sync_runs SET finished_at = ?, summary_json = ? WHERE id = ?').run(at, JSON.stringify(summary), summary.runId)
  }

  /** Unfinished runs, newest first; a stored request that no longer validates is left out. */
  unfinished(): UnfinishedRun[] {
    const rows = this.db
      .prepare<[], UnfinishedRow>(
        `SELECT id, started_at, request_json, requests_done, requests_total FROM sync_runs
          WHERE finished_at IS NULL AND abandoned_at IS NULL AND request_json IS NOT NULL
          ORDER BY started_at DESC`
      )
      .all()
    return rows.flatMap((r) => {
      const request = syncRequestSchema.safeParse(parseJson(r.request_json))
      return request.success
        ? [{ id: r.id, startedAt: r.started_at, request: request.data, requestsDone: r.requests_done, requestsTotal: r.requests_total }]
        : []
    })
  }

  /** Stops offering these runs (dismissed, or a later run covered them); answers how many were still open. */
  abandon(ids: readonly string[], at: number): number {
    const mark = this.db.prepare('UPDATE sync_runs SET abandoned_at = ? WHERE id = ? AND finished_at IS NULL AND abandoned_at IS NULL')
    return this.db.transaction(() => ids.reduce((n, id) => n + mark.run(at, id).changes, 0))()
  }

  /** The most recent finished run, if any. */
  last(): { id: string; startedAt: number; finishedAt: number; summary: SyncSummary } | undefined {
    const r = this.db
      .prepare<[], { id: string; started_at: number; finished_at: number; summary_json: string }>(
        'SELECT id, started_at, finished_at, summary_json FROM sync_runs WHERE finished_at IS NOT NULL ORDER BY finished_at DESC LIMIT 1'
      )
      .get()
    return r ? { id: r.id, startedAt: r.started_at, finishedAt: r.finished_at, summary: JSON.parse(r.summary_json) as SyncSummary } : undefined
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
