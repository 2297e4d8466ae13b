// What an export holds, straight from the cache (offline: an export never fetches). Each report
// and variant an account has is either a cached view or "not synced — no data".
import type { AccountSummary } from '../../shared/accounts'
import { reportsForKind } from '../../shared/account-kinds'
import type { Day } from '../../shared/calendar'
import type { ReportQuery as ReportQueryDto, ReportView } from '../../shared/dto'
import { allVariants, label, REPORTS, resolveVariant, variantLabel, type Bilingual, type Locale, type ReportId, type Variant } from '../../shared/reports'
import type { ReportService } from '../reports/report-service'
import { reportView } from '../reports/report-view'
import { MAX_SHEET_NAME } from './sanitize'

/**
 * The part of the app's services an export reads: the accounts and the cache. Whole-account and
 * portfolio exports read the cache alone (`offline`); a tab's export reads what the tab loaded
 * (`get`: the cache first, fetched only when the cache cannot answer).
 */
export interface ExportSource {
  accounts: { list(): AccountSummary[]; get(id: string): { summary: AccountSummary } }
  reports: Pick<ReportService, 'offline' | 'get'>
  now(): number
}

export interface ExportItem {
  report: ReportId
  variant: Variant
}

/** Every report and variant an account has (as a full sync fetches them), optionally only some reports. */
export function exportItems(account: AccountSummary, reports?: readonly ReportId[]): ExportItem[] {
  return reportsForKind(account.kind)
    .filter((r) => !reports || reports.includes(r))
    .flatMap((report) => allVariants(report).map((variant) => ({ report, variant })))
}

/** The cached view of one report, or null when the cache cannot answer this range. */
export function cachedView(source: ExportSource, accountId: string, item: ExportItem, from: Day, to: Day): ReportView | null {
  const answer = source.reports.offline({ accountId, report: item.report, variant: item.variant, from, to })
  if (!answer) return null
  return { accountId, report: item.report, variant: { ...item.variant }, from, to, ...answer }
}

/**
 * What a tab shows for this query: the cache's answer (the tab's last answer was saved there), or,
 * when the cache has none, the answer the tab itself would get (fetched).
 */
export async function tabView(source: ExportSource, query: ReportQueryDto, signal?: AbortSignal): Promise<ReportView> {
  const item = { report: query.report, variant: resolveVariant(query.report, query.variant) }
  return cachedView(source, query.accountId, item, query.from, query.to) ?? reportView(source, { ...query, refresh: false }, { signal })
}

/** Labels several sheets share, so the same thing reads the same on every sheet. */
export const WORDS = {
  about: { zh: '说明', en: 'About' },
  account: { zh: '账号', en: 'Account' },
  appId: { zh: '小程序 ID', en: 'App ID' },
  report: { zh: '报表', en: 'Report' },
  variant: { zh: '维度', en: 'Variant' },
  metric: { zh: '指标', en: 'Metric' },
  range: { zh: '日期范围', en: 'Date range' },
  generatedAt: { zh: '导出时间', en: 'Generated at' },
  fetchedAt: { zh: '数据获取时间', en: 'Fetched at' },
  status: { zh: '数据状态', en: 'Status' },
  source: { zh: '数据来源', en: 'Source' },
  offline: { zh: '本地缓存（导出时不联网）', en: 'Local cache (the export does not go online)' }
} satisfies Record<string, Bilingual>

export const STATUS = {
  settled: { zh: '已定稿（不再变化）', en: 'Final (no longer revised)' },
  unsettled: { zh: '近期数据，可能仍会更新', en: 'Recent: may still be revised' },
  notSynced: { zh: '未同步 — 无数据', en: 'Not synced — no data' }
} satisfies Record<string, Bilingual>

/** Compact: the report and its variant values ('Retention·count·week'), for names that must be short. */
function compactTitle(item: ExportItem, locale: Locale): string {
  const values = REPORTS[item.report].variants
    .filter((p) => p.param !== 'metrics' && p.param !== 'scene')
    .map((p) => {
      const value = item.variant[p.param] ?? p.default
      return locale === 'en' ? value.replace(/^terminal_/, '') : (p.options.find((o) => o.value === value)?.zh ?? value)
    })
  return [label(REPORTS[item.report], locale), ...values].join('·')
}

/** A report and its variant in words ('用户趋势·按天'): sheet titles and file names. */
export function reportTitle(item: ExportItem, locale: Locale): string {
  const variant = label(variantLabel(item.report, item.variant), locale)
  return label(REPORTS[item.report], locale) + (variant ? (locale === 'en' ? ` · ${variant}` : `·${variant}`) : '')
}

/** A report and variant as a sheet title: the full words when they fit in a sheet name, else compact. */
export function sheetTitle(item: ExportItem, locale: Locale, prefix = ''): string {
  const full = reportTitle(item, locale)
  // Lengths in UTF-16 units, as Excel counts them (an emoji is two).
  const room = MAX_SHEET_NAME - (prefix ? prefix.length + 1 : 0)
  const title = full.length <= room ? full : compactTitle(item, locale)
  return prefix ? `${prefix}·${title}` : title
}

const DEDUPE_SUFFIX_ROOM = ' (2)'.length

/** An account's name shortened to lead its sheets' names in a portfolio. */
export function accountPrefix(name: string, item: ExportItem, locale: Locale): string {
  const title = sheetTitle(item, locale).length
  // UTF-16 units, as Excel counts; never half of a surrogate pair. Room is left for the " (2)"
  // that tells two accounts of the same name apart, so the report's title is never cut.
  return name.trim().slice(0, Math.max(8, MAX_SHEET_NAME - 1 - title - DEDUPE_SUFFIX_ROOM)).replace(/[\uD800-\uDBFF]$/, '')
}
