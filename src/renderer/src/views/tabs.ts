// The tabs: the overview, then one per report the selected account's kind has.
import { reportsForKind } from '../../../shared/account-kinds'
import type { AccountKind } from '../../../shared/accounts'
import { APP_REPORT_IDS, label, REPORTS, type Locale, type ReportId } from '../../../shared/reports'

export type TabId = 'overview' | ReportId

export const TAB_IDS: readonly TabId[] = ['overview', ...Object.keys(REPORTS)] as TabId[]

const OVERVIEW = { zh: '概况', en: 'Overview' }

/** The tabs of an account kind, in order; the overview leads wherever there is a per-app trend. */
export function tabsForKind(kind: AccountKind | null): TabId[] {
  const reports = kind ? reportsForKind(kind) : APP_REPORT_IDS
  return [...(reports.includes('trend') ? (['overview'] as const) : []), ...reports]
}

export function tabTitle(id: TabId, locale: Locale): string {
  return label(id === 'overview' ? OVERVIEW : REPORTS[id], locale)
}

export function isTabId(value: unknown): value is TabId {
  return typeof value === 'string' && (TAB_IDS as readonly string[]).includes(value)
}
