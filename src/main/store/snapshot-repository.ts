// Report snapshots: one (account, report, variant, range) answer with its raw pages and rows,
// and, for daily series, its rows indexed by day, all written in one transaction.
import type { Database, Statement } from 'better-sqlite3'
import type { Metrics, RawPage } from '../../shared/report-data'

export interface SnapshotKey {
  accountId: string
  report: string
  /** Canonical variant text, e.g. 'gran=day' (variantKey). */
  variant: string
  from: string
  to: string
}

export interface SnapshotMeta {
  fetchedAt: number
  timeSpan: string
  total: number
  sum: Metrics | null
  rowCount: number
  /** Values the API did not have yet ("--") when this was fetched. */
  notReady: number
}

export interface Snapshot<Row = unknown> extends SnapshotMeta {
  key: SnapshotKey
  rows: Row[]
}

/** A day's row of a daily series, kept so other ranges can reuse it. */
export interface DailyEntry {
  day: string
  row: unknown
  notReady: boolean
}

export interface SnapshotWrite<Row = unknown> extends Snapshot<Row> {
  pages: RawPage[]
  /** For daily series: each row under its day (same transaction as the snapshot). */
  daily?: DailyEntry[]
}

interface MetaRecord {
  id: number
  fetched_at: number
  time_span: string
  total: number
  sum_json: string
  row_count: number
  not_ready: number
}

function toMeta(r: MetaRecord): SnapshotMeta {
  return {
    fetchedAt: r.fetched_at,
    timeSpan: r.time_span,
    total: r.total,
    sum: JSON.parse(r.sum_json) as Metrics | null,
    rowCount: r.row_count,
    notReady: r.not_ready
  }
}

type KeyArgs = [string, string, string, string, string]
const WHERE = 'account_id = ? AND report = ? AND variant = ? AND start_date = ? AND end_date = ?'

export class SnapshotRepository {
  private readonly metaStmt: Statement<KeyArgs, MetaRecord>
  private readonly rowsStmt: Statement<[number], string>
  private readonly pagesStmt: Statement<[number], { start_index: number; body: string }>
  private readonly deleteStmt: Statement<KeyArgs>
  private readonly insertStmt: Statement<[...KeyArgs, number, string, number, string, number, number]>
  private readonly pageStmt: Statement<[number | bigint, number, string]>
  private readonly rowStmt: Statement<[number | bigint, number, string]>
  private readonly dailyStmt: Statement<[string, string, string, string, string, number, number]>
  private readonly countStmt: Statement<[], number>

  constructor(private readonly db: Database) {
    this.metaStmt = db.prepare(`SELECT id, fetched_at, time_span, total, sum_json, row_count, not_ready FROM snapshots WHERE ${WHERE}`)
    this.rowsStmt = db.prepare<[number], string>('SELECT row_json FROM report_rows WHERE snapshot_id = ? ORDER BY position').pluck()
    this.pagesStmt = db.prepare('SELECT start_index, body FROM snapshot_pages WHERE snapshot_id = ? ORDER BY start_index')
    this.deleteStmt = db.prepare(`DELETE FROM snapshots WHERE ${WHERE}`)
    this.insertStmt = db.prepare(
      `INSERT INTO snapshots (account_id, report, variant, start_date, end_date, fetched_at, time_span, total, sum_json, row_count, not_ready)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    this.pageStmt = db.prepare('INSERT INTO snapshot_pages (snapshot_id, start_index, body) VALUES (?, ?, ?)')
    this.rowStmt = db.prepare('INSERT INTO report_rows (snapshot_id, position, row_json) VALUES (?, ?, ?)')
    this.dailyStmt = db.prepare(
      `INSERT OR REPLACE INTO daily_rows (account_id, report, variant, day, row_json, fetched_at, not_ready) VALUES (?, ?, ?, ?, ?, ?, ?)`
    )
    this.countStmt = db.prepare<[], number>('SELECT count(*) FROM snapshots').pluck()
  }

  private args(k: SnapshotKey): KeyArgs {
    return [k.accountId, k.report, k.variant, k.from, k.to]
  }

  private record(key: SnapshotKey): MetaRecord | undefined {
    return this.metaStmt.get(...this.args(key))
  }

  /** What the cache knows about a snapshot without reading its rows. */
  meta(key: SnapshotKey): SnapshotMeta | undefined {
    const r = this.record(key)
    return r && toMeta(r)
  }

  find<Row = unknown>(key: SnapshotKey): Snapshot<Row> | undefined {
    const r = this.record(key)
    if (!r) return undefined
    return { key, ...toMeta(r), rows: this.rowsStmt.all(r.id).map((json) => JSON.parse(json) as Row) }
  }

  /** Replaces the snapshot for its key: all of it (pages, rows, daily index) or, on any failure, none of it. */
  save(snapshot: SnapshotWrite): void {
    const k = snapshot.key
    this.db.transaction(() => {
      this.deleteStmt.run(...this.args(k))
      const { lastInsertRowid: id } = this.insertStmt.run(
        ...this.args(k),
        snapshot.fetchedAt,
        snapshot.timeSpan,
        snapshot.total,
        JSON.stringify(snapshot.sum),
        snapshot.rows.length,
        snapshot.notReady
      )
      for (const page of snapshot.pages) this.pageStmt.run(id, page.startIndex, page.body)
      // A daily row is usually one of the snapshot's rows: serialise each object once.
      const json = new Map<unknown, string>()
      snapshot.rows.forEach((row, i) => {
        const text = JSON.stringify(row)
        json.set(row, text)
        this.rowStmt.run(id, i, text)
      })
      for (const d of snapshot.daily ?? []) {
        this.dailyStmt.run(k.accountId, k.report, k.variant, d.day, json.get(d.row) ?? JSON.stringify(d.row), snapshot.fetchedAt, d.notReady ? 1 : 0)
      }
    })()
  }

  /** Raw page bodies, by offset; kept so a parser fix can re-derive rows. */
  pages(key: SnapshotKey): RawPage[] {
    const r = this.record(key)
    if (!r) return []
    return this.pagesStmt.all(r.id).map((p) => ({ startIndex: p.start_index, body: p.body }))
  }

  count(): number {
    return this.countStmt.get() ?? 0
  }
}
