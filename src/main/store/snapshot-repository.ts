// Report snapshots: one (account, report, variant, range) answer with its raw pages and rows.
import type { Database, Statement } from 'better-sqlite3'

export interface SnapshotKey {
  accountId: string
  report: string
  /** Canonical variant text, e.g. 'gran=day'. */
  variant: string
  from: string
  to: string
}

export interface SnapshotRow {
  name: string
  values: Record<string, number | null>
}

export interface Snapshot {
  key: SnapshotKey
  fetchedAt: number
  timeSpan: string
  total: number
  sum: Record<string, number | null>
  rows: SnapshotRow[]
  pages: { startIndex: number; body: string }[]
}

interface SnapshotRecord {
  id: number
  fetched_at: number
  time_span: string
  total: number
  sum_json: string
}

export class SnapshotRepository {
  private readonly findStmt: Statement<[string, string, string, string, string], SnapshotRecord>
  private readonly rowsStmt: Statement<[number], { name: string; values_json: string }>
  private readonly deleteStmt: Statement<[string, string, string, string, string]>
  private readonly insertStmt: Statement<[string, string, string, string, string, number, string, number, string]>
  private readonly pageStmt: Statement<[number | bigint, number, string]>
  private readonly rowStmt: Statement<[number | bigint, number, string, string]>

  constructor(private readonly db: Database) {
    const where = 'account_id = ? AND report = ? AND variant = ? AND start_date = ? AND end_date = ?'
    this.findStmt = db.prepare(`SELECT id, fetched_at, time_span, total, sum_json FROM snapshots WHERE ${where}`)
    this.rowsStmt = db.prepare('SELECT name, values_json FROM snapshot_rows WHERE snapshot_id = ? ORDER BY position')
    this.deleteStmt = db.prepare(`DELETE FROM snapshots WHERE ${where}`)
    this.insertStmt = db.prepare(
      `INSERT INTO snapshots (account_id, report, variant, start_date, end_date, fetched_at, time_span, total, sum_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    this.pageStmt = db.prepare('INSERT INTO snapshot_pages (snapshot_id, start_index, body) VALUES (?, ?, ?)')
    this.rowStmt = db.prepare('INSERT INTO snapshot_rows (snapshot_id, position, name, values_json) VALUES (?, ?, ?, ?)')
  }

  private keyArgs(k: SnapshotKey): [string, string, string, string, string] {
    return [k.accountId, k.report, k.variant, k.from, k.to]
  }

  /** The cached answer without its raw pages (what reading a report needs). */
  find(key: SnapshotKey): Omit<Snapshot, 'pages'> | undefined {
    const record = this.findStmt.get(...this.keyArgs(key))
    if (!record) return undefined
    return {
      key,
      fetchedAt: record.fetched_at,
      timeSpan: record.time_span,
      total: record.total,
      sum: JSON.parse(record.sum_json) as Snapshot['sum'],
      rows: this.rowsStmt.all(record.id).map((r) => ({ name: r.name, values: JSON.parse(r.values_json) as SnapshotRow['values'] }))
    }
  }

  /** Replaces the snapshot for its key: all of it or, on any failure, none of it. */
  save(snapshot: Snapshot): void {
    this.db.transaction(() => {
      const args = this.keyArgs(snapshot.key)
      this.deleteStmt.run(...args)
      const { lastInsertRowid: id } = this.insertStmt.run(
        ...args,
        snapshot.fetchedAt,
        snapshot.timeSpan,
        snapshot.total,
        JSON.stringify(snapshot.sum)
      )
      for (const page of snapshot.pages) this.pageStmt.run(id, page.startIndex, page.body)
      snapshot.rows.forEach((row, i) => this.rowStmt.run(id, i, row.name, JSON.stringify(row.values)))
    })()
  }

  /** Raw page bodies, oldest offset first; kept so a parser fix can re-derive rows. */
  pages(key: SnapshotKey): { startIndex: number; body: string }[] {
    const record = this.findStmt.get(...this.keyArgs(key))
    if (!record) return []
    return this.db
      .prepare<[number], { start_index: number; body: string }>(
        'SELECT start_index, body FROM snapshot_pages WHERE snapshot_id = ? ORDER BY start_index'
      )
      .all(record.id)
      .map((p) => ({ startIndex: p.start_index, body: p.body }))
  }
}
