// Export jobs as they cross the contract: a tab, the overview, a whole account, a portfolio. Every
// export is a job, so each has progress and cancel and none holds up the calls behind it.
import { z } from 'zod'
import type { Day } from './calendar'
import type { ErrorEnvelope } from './errors'
import type { ExportResult, ReportQuery } from './dto'
import { accountIdSchema as accountId, daySchema, reportQuerySchema } from './report-query'
import { LOCALES, REPORT_IDS, type Locale, type ReportId } from './reports'

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** What a tab's export buttons write: the report on screen, or the overview of one day. */
export type TabExport =
  /** The tab's report query, exactly as the screen asked for it (xlsx: its table and an About sheet). */
  | { kind: 'report'; query: ReportQuery }
  /**
   * The overview the screen shows for `day` (yesterday): KPIs with their changes, top entry and
   * visited pages, the last 30 days (xlsx); the KPI table alone as CSV.
   */
  | { kind: 'overview'; accountId: string; day: Day }

export type ExportJobRequest =
  | (TabExport & { format: ExportFormat; locale: Locale })
  /** Every report and variant of one account: a summary sheet, then a sheet per report and variant. */
  | { kind: 'account'; accountId: string; from: Day; to: Day; reports?: ReportId[]; locale: Locale }
  /** A comparison of accounts (one row each, KPIs for the range), optionally each account's sheets. */
  | { kind: 'portfolio'; accounts: string[] | 'all'; from: Day; to: Day; perAccountSheets: boolean; locale: Locale }

export type ExportPhase = 'collecting' | 'writing' | 'finishing'

export interface ExportProgress {
  jobId: string
  phase: ExportPhase
  /** Sheets (or accounts or reports, while collecting) done and in all. */
  done: number
  total: number
  /** Rows written so far. */
  rows: number
}

export interface ExportFinished {
  jobId: string
  /** What happened to the file; absent when it failed. */
  result: ExportResult | null
  error: Omit<ErrorEnvelope, 'ok'> | null
}

const locale = z.enum(LOCALES)
const format = z.enum(EXPORT_FORMATS)

export const exportJobSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('report'), query: reportQuerySchema, format, locale }),
    z.strictObject({ kind: z.literal('overview'), accountId, day: daySchema, format, locale }),
    z.strictObject({ kind: z.literal('account'), accountId, from: daySchema, to: daySchema, reports: z.array(z.enum(REPORT_IDS)).min(1).optional(), locale }),
    z.strictObject({
      kind: z.literal('portfolio'),
      accounts: z.union([z.literal('all'), z.array(accountId).min(1).max(1000)]),
      from: daySchema,
      to: daySchema,
      perAccountSheets: z.boolean(),
      locale
    })
  ])
  .refine((r) => !('from' in r) || r.from <= r.to, { message: 'from must not be after to', path: ['to'] })
