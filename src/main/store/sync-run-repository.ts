// A record of sync runs: when each ran, over what range, and how it ended.
import type { Database } from 'better-sqlite3'
import type { SyncSummary } from '../../shared/sync'

export class SyncRunRepository {
  constructor(private readonly db: Database) {}

  started(id: string, at: number, from: string, to: string): void {
    this.db.prepare('INSERT INTO sync_runs (id, started_at, from_day, to_day) VALUES (?, ?, ?, ?)').run(id, at, from, to)
  }

  finished(summary: SyncSummary, at: number): void {
    this.db.prepare('UPDATE sync_runs SET finished_at = ?, summary_json = ? WHERE id = ?').run(at, JSON.stringify(summary), summary.runId)
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
