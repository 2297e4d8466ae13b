// Rows of daily series by day: what a longer or shifted range can reuse without asking Baidu.
import type { Database, Statement } from 'better-sqlite3'

export interface DailyRow<Row = unknown> {
  day: string
  row: Row
  fetchedAt: number
  notReady: boolean
}

export interface DailySeriesKey {
  accountId: string
  report: string
  variant: string
}

export class DailyRepository {
  private readonly rangeStmt: Statement<[string, string, string, string, string], { day: string; row_json: string; fetched_at: number; not_ready: number }>

  constructor(db: Database) {
    this.rangeStmt = db.prepare(
      `SELECT day, row_json, fetched_at, not_ready FROM daily_rows
        WHERE account_id = ? AND report = ? AND variant = ? AND day BETWEEN ? AND ? ORDER BY day`
    )
  }

  /** Cached days of [from, to], oldest first; days never fetched are simply absent. */
  range<Row = unknown>(key: DailySeriesKey, from: string, to: string): DailyRow<Row>[] {
    return this.rangeStmt.all(key.accountId, key.report, key.variant, from, to).map((r) => ({
      day: r.day,
      row: JSON.parse(r.row_json) as Row,
      fetchedAt: r.fetched_at,
      notReady: r.not_ready !== 0
    }))
  }
}
