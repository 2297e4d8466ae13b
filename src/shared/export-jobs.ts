// Export jobs (whole account, portfolio) as they cross the contract.
import { z } from 'zod'
import type { Day } from './calendar'
import type { ErrorEnvelope } from './errors'
import type { ExportResult } from './dto'
import { LOCALES, REPORT_IDS, type Locale, type ReportId } from './reports'

export type ExportJobRequest =
  /** Every report and variant of one account: a summary sheet, then a sheet per report and variant. */
  | { kind: 'account'; accountId: string; from: Day; to: Day; reports?: ReportId[]; locale: Locale }
  /** A comparison of accounts (one row each, KPIs for the range), optionally each account's sheets. */
  | { kind: 'portfolio'; accounts: string[] | 'all'; from: Day; to: Day; perAccountSheets: boolean; locale: Locale }

export type ExportPhase = 'collecting' | 'writing' | 'finishing'

export interface ExportProgress {
  jobId: string
  phase: ExportPhase
  /** Sheets (or accounts, while collecting) done and in all. */
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

const day = z.string().regex(/^\d{8}$/)
const accountId = z.string().min(1).max(200)

export const exportJobSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('account'), accountId, from: day, to: day, reports: z.array(z.enum(REPORT_IDS)).min(1).optional(), locale: z.enum(LOCALES) }),
  z.strictObject({
    kind: z.literal('portfolio'),
    accounts: z.union([z.literal('all'), z.array(accountId).min(1).max(1000)]),
    from: day,
    to: day,
    perAccountSheets: z.boolean(),
    locale: z.enum(LOCALES)
  })
])
