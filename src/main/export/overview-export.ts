// The Overview tab's export: what the screen shows for one day (yesterday), computed by the screen's
// own model (src/shared/overview.ts) from the reports the tab loaded (the cache): the KPIs with their change
// against a day, a week and 30 days before; the top entry and visited pages; the last 30 days
// behind the sparklines. As xlsx, a sheet each and an About sheet; as CSV, the KPI table alone
// (a CSV holds one table, and the KPIs are the overview's headline).
import { addDays, toIsoDate, toSlashDate, type Day } from '../../shared/calendar'
import type { AccountSummary } from '../../shared/accounts'
import type { ReportQuery, ReportView } from '../../shared/dto'
import { COMPARE_OFFSETS, overviewKpis, overviewRanges, topPages, TOP_PAGES_COUNT, type OffsetId, type OverviewKpi } from '../../shared/overview'
import type { MetricRow, PageRow } from '../../shared/report-data'
import { label, PAGE_COLUMNS, unitSuffix, type Bilingual, type Column, type Locale } from '../../shared/reports'
import type { Cell, TableColumn } from '../reports/report-table'
import type { WriteContext } from './account-workbook'
import { STATUS, tabView, WORDS, type ExportSource } from './cached-reports'
import { ABOUT_TEXT, beijingTimestamp, writeAboutSheet, type AboutRow } from './report-workbook'
import { safeCellText } from './sanitize'
import { writeTableSheets, type StreamWorkbook } from './stream-table'

const T = {
  overview: { zh: '概况', en: 'Overview' },
  day: { zh: '日期', en: 'Date' },
  rank: { zh: '排名', en: 'Rank' },
  page: { zh: '页面', en: 'Page' },
  path: { zh: '页面路径', en: 'Path' },
  share: { zh: '占比', en: 'Share' },
  lastDays: { zh: '近 30 天', en: 'Last 30 days' },
  yesterday: { zh: '昨日', en: 'Yesterday' },
  pagesRange: { zh: 'Top 页面的日期范围', en: 'Top pages over' },
  noChange: {
    zh: '数据未就绪，或无可比的数据（对比日未就绪或为 0）',
    en: 'Not available yet, or nothing to compare with (the earlier day is not available or 0)'
  }
} satisfies Record<string, Bilingual>

/** The same words as the cards on screen. */
const CHANGE: Record<OffsetId, Bilingual> = {
  day: { zh: '较前一天', en: 'vs. day before' },
  week: { zh: '较上周同日', en: 'vs. a week before' },
  month: { zh: '较 30 天前', en: 'vs. 30 days before' }
}

const TOP = {
  entry_count: { zh: `入口页 Top ${TOP_PAGES_COUNT}`, en: `Top ${TOP_PAGES_COUNT} entry pages` },
  pv_count: { zh: `受访页 Top ${TOP_PAGES_COUNT}`, en: `Top ${TOP_PAGES_COUNT} visited pages` }
} satisfies Record<string, Bilingual>

/** The reports behind the overview of `day`, as the tab asked for them. */
export interface Overview {
  account: AccountSummary
  day: Day
  trend: ReportView
  activity: ReportView
  pages: ReportView
}

/** How many reports `loadOverview` reads (for progress). */
export const OVERVIEW_REPORTS = 3

export async function loadOverview(source: ExportSource, accountId: string, day: Day, options: { signal?: AbortSignal; onLoaded?: () => void } = {}): Promise<Overview> {
  const account = source.accounts.get(accountId).summary
  const { series, pages } = overviewRanges(day)
  const load = async (query: ReportQuery): Promise<ReportView> => {
    const view = await tabView(source, query, options.signal)
    options.onLoaded?.()
    return view
  }
  return {
    account,
    day,
    trend: await load({ accountId, report: 'trend', variant: { gran: 'day' }, ...series }),
    activity: await load({ accountId, report: 'activity', ...series }),
    pages: await load({ accountId, report: 'pages', ...pages })
  }
}

export interface OverviewTable {
  title: Bilingual
  columns: TableColumn[]
  rows: Cell[][]
  emptyNote?: Bilingual
}

const withUnit = (c: Column): Bilingual => ({ zh: c.zh + unitSuffix(c.unit, 'zh-CN'), en: c.en + unitSuffix(c.unit, 'en') })

function kpisOf(o: Overview): OverviewKpi[] {
  return overviewKpis(o.trend.data.rows as MetricRow[], o.activity.data.rows as MetricRow[], o.day)
}

/** The KPI cards as a table: a row per metric, yesterday's value and its three changes (in %). */
export function overviewKpiTable(o: Overview, kpis = kpisOf(o)): OverviewTable {
  const day = toIsoDate(o.day)
  return {
    title: T.overview,
    columns: [
      { key: 'metric', header: WORDS.metric, unit: 'text' },
      // Counts and seconds alike (the metric's unit is in its name).
      { key: 'value', header: { zh: `${T.yesterday.zh}（${day}）`, en: `${T.yesterday.en} (${day})` }, unit: 'count' },
      ...COMPARE_OFFSETS.map((c): TableColumn => ({ key: c.id, header: CHANGE[c.id], unit: 'percent' }))
    ],
    rows: kpis.map((k) => [withUnit(k.column), k.value, ...k.changes.map((c) => c.value)]),
    emptyNote: T.noChange
  }
}

/** The sparklines' days, newest first as in every daily table. */
function dailyTable(kpis: readonly OverviewKpi[]): OverviewTable {
  const days = kpis[0]?.sparkDays ?? []
  return {
    title: T.lastDays,
    columns: [{ key: 'day', header: T.day, unit: 'date' }, ...kpis.map((k): TableColumn => ({ key: k.column.key, header: k.column, unit: k.column.unit }))],
    rows: days.map((d, i) => [toSlashDate(d), ...kpis.map((k) => k.spark[i] ?? null)]).reverse()
  }
}

function topTable(o: Overview, key: 'entry_count' | 'pv_count'): OverviewTable {
  const column = PAGE_COLUMNS.find((c) => c.key === key)!
  return {
    title: TOP[key],
    columns: [
      { key: 'rank', header: T.rank, unit: 'count' },
      { key: 'name', header: T.page, unit: 'text' },
      { key: 'path', header: T.path, unit: 'text' },
      { key, header: column, unit: column.unit },
      { key: 'share', header: T.share, unit: 'percent' }
    ],
    rows: topPages(o.pages.data.rows as PageRow[], key).map((p) => [p.rank, p.name, p.path, p.value, p.share])
  }
}

/** Every table of the overview workbook, in sheet order. */
function overviewTables(o: Overview): OverviewTable[] {
  const kpis = kpisOf(o)
  return [overviewKpiTable(o, kpis), topTable(o, 'entry_count'), topTable(o, 'pv_count'), dailyTable(kpis)]
}

function aboutRows(o: Overview, locale: Locale, generatedAt: number): AboutRow[] {
  const t = (x: Bilingual): string => label(x, locale)
  const views = [o.trend, o.activity, o.pages]
  const compared = COMPARE_OFFSETS.map((c) => ({ label: t(CHANGE[c.id]), value: toIsoDate(addDays(o.day, -c.days)) }))
  return [
    { label: t(WORDS.account), value: safeCellText(o.account.name) },
    { label: t(WORDS.appId), value: safeCellText(o.account.appId ?? '') },
    { label: t(T.yesterday), value: toIsoDate(o.day) },
    ...compared,
    { label: t(T.pagesRange), value: `${toIsoDate(o.pages.from)} – ${toIsoDate(o.pages.to)}` },
    { label: t(ABOUT_TEXT.fetchedAt), value: beijingTimestamp(Math.min(...views.map((v) => v.fetchedAt))) },
    { label: t(WORDS.generatedAt), value: beijingTimestamp(generatedAt) },
    { label: t(ABOUT_TEXT.freshness), value: t(views.every((v) => v.settled) ? STATUS.settled : STATUS.unsettled) }
  ].map((r) => ({ ...r, bold: true }))
}

/** The overview workbook through the streaming writer: a sheet per table, then About. */
export async function writeOverviewWorkbook(wb: StreamWorkbook, o: Overview, ctx: WriteContext & { generatedAt: number }): Promise<void> {
  const tables = overviewTables(o)
  ctx.progress.phase('writing', tables.length)
  for (const table of tables) {
    await writeTableSheets(wb, { title: label(table.title, ctx.locale), columns: table.columns, rows: table.rows, locale: ctx.locale, emptyNote: table.emptyNote }, {
      used: ctx.used,
      signal: ctx.signal,
      maxRowsPerSheet: ctx.maxRowsPerSheet,
      onRows: (n) => ctx.progress.rows(n)
    })
    ctx.progress.step()
  }
  writeAboutSheet(wb, aboutRows(o, ctx.locale, ctx.generatedAt), ctx.locale, ctx.used)
}
