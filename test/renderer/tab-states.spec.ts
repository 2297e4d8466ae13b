// Every tab through the states before its data and with it: loading skeleton, empty, translated
// error with retry, data with "--" exactly where a value is not ready, and its own export.
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { messages } from '../../src/renderer/src/i18n'
import { catalogueColumns } from '../../src/renderer/src/models/table'
import { useSettingsStore } from '../../src/renderer/src/stores/settings'
import type { TabId } from '../../src/renderer/src/views/tabs'
import { beijingYesterday } from '../../src/shared/calendar'
import type { ReportQuery, ReportView } from '../../src/shared/dto'
import { ERROR_MESSAGES, type Envelope } from '../../src/shared/errors'
import type { Locale } from '../../src/shared/reports'
import { deferred, fail, ok, type Deferred } from './support/fake-bridge'
import { HOLES, holed, tableColumns } from './support/holes'
import { dailyRows, reportView } from './support/report-fixtures'
import { cells, lastQuery, mountTab } from './support/tabs'

/** Each tab, the table its data fills, and the number of queries it asks. */
const TABS: { id: TabId; table: string; queries: number }[] = [
  { id: 'overview', table: 'overview-visited-pages', queries: 3 },
  { id: 'trend', table: 'trend-table', queries: 1 },
  { id: 'activity', table: 'activity-table', queries: 1 },
  { id: 'retention', table: 'retention-table', queries: 1 },
  { id: 'portrait', table: 'portrait-table-age', queries: 1 },
  { id: 'region', table: 'region-table', queries: 1 },
  { id: 'terminal', table: 'terminal-table', queries: 1 },
  { id: 'pages', table: 'pages-table', queries: 1 },
  { id: 'habits', table: 'habits-table', queries: 1 },
  { id: 'sources', table: 'sources-table', queries: 1 },
  { id: 'tp', table: 'tp-table', queries: 1 }
]

const emptied = (q: ReportQuery): ReportView => {
  const view = reportView(q)
  return { ...view, data: { ...view.data, rows: [], total: 0 } }
}

describe.each(TABS)('the $id tab', ({ id, table, queries }) => {
  it('shows a skeleton until every query has answered, then the data', async () => {
    const pending: Deferred<Envelope<ReportView>>[] = []
    const { wrapper, fake } = await mountTab(id, (h) =>
      h.fake.bridge.reportsGet.mockImplementation(() => {
        const d = deferred<Envelope<ReportView>>()
        pending.push(d)
        return d.promise
      })
    )
    expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(queries)
    expect(wrapper.find('[data-testid="state-loading"]').exists()).toBe(true)
    expect(wrapper.find(`[data-testid="${table}"]`).exists()).toBe(false)
    expect(wrapper.get(`[data-testid="panel-${id}"]`).attributes('data-state')).toBe('loading')

    const asked = fake.bridge.reportsGet.mock.calls.map((c) => c[0] as ReportQuery)
    pending.forEach((d, i) => {
      if (i > 0) return
      d.resolve(ok(reportView(asked[i]!)))
    })
    await flushPromises()
    expect(wrapper.find('[data-testid="state-loading"]').exists()).toBe(queries > 1)
    pending.forEach((d, i) => d.resolve(ok(reportView(asked[i]!))))
    await flushPromises()
    expect(wrapper.find('[data-testid="state-loading"]').exists()).toBe(false)
    expect(wrapper.find(`[data-testid="${table}"]`).exists()).toBe(true)
  })

  it('shows its data and the time it was fetched', async () => {
    const { wrapper } = await mountTab(id)
    expect(wrapper.get(`[data-testid="panel-${id}"]`).attributes('data-state')).toBe('data')
    const rows = wrapper.findAll(`[data-testid="${table}"] tbody tr`)
    expect(rows.length).toBeGreaterThan(0)
    expect(wrapper.text()).not.toContain('NaN')
    expect(wrapper.text()).not.toContain('undefined')
    expect(wrapper.get('[data-testid="as-of"]').text()).toContain('数据获取于')
    expect(wrapper.get(`[data-testid="export-${id}"]`).attributes('disabled')).toBeUndefined()
  })

  it('says so in the language chosen when the range has no data, and offers no export', async () => {
    const { wrapper } = await mountTab(id, (h) => h.fake.bridge.reportsGet.mockImplementation(async (q) => ok(emptied(q))))
    // The overview is about yesterday, not the range.
    const says = (locale: Locale) => (id === 'overview' ? messages[locale].overview.empty : messages[locale].state.empty)
    const empty = () => wrapper.get('[data-testid="state-empty"]').text()
    expect(empty()).toContain(says('zh-CN'))
    expect(empty()).toContain(messages['zh-CN'].state.emptyHint)
    expect(wrapper.find(`[data-testid="${table}"]`).exists()).toBe(false)
    expect(wrapper.get(`[data-testid="export-${id}"]`).attributes('disabled')).toBeDefined()
    expect(wrapper.get(`[data-testid="export-${id}-csv"]`).attributes('disabled')).toBeDefined()

    useSettingsStore().setLocale('en')
    await flushPromises()
    expect(empty()).toContain(says('en'))
    expect(empty()).toContain(messages.en.state.emptyHint)
    expect(empty()).not.toContain(says('zh-CN'))
  })

  it('shows a translated error, and retry loads again', async () => {
    const { wrapper, fake } = await mountTab(id, (h) => h.fake.bridge.reportsGet.mockResolvedValueOnce(fail('quota', { errno: 50029 })))
    const error = wrapper.get('[data-testid="state-error"]')
    expect(error.text()).toContain(ERROR_MESSAGES.quota.zh)
    expect(error.text()).toContain('50029')
    useSettingsStore().setLocale('en')
    await flushPromises()
    expect(wrapper.get('[data-testid="state-error"]').text()).toContain(ERROR_MESSAGES.quota.en)

    await wrapper.get('[data-testid="retry"]').trigger('click')
    await flushPromises()
    // Only the query that failed is asked again.
    expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(queries + 1)
    expect(wrapper.find('[data-testid="state-error"]').exists()).toBe(false)
    expect(wrapper.find(`[data-testid="${table}"]`).exists()).toBe(true)
  })

  it('exports what it shows as xlsx and CSV, each as a job', async () => {
    const { wrapper, fake } = await mountTab(id)
    await wrapper.get(`[data-testid="export-${id}"]`).trigger('click')
    await flushPromises()
    fake.emit('export:finished', { jobId: 'job-1', result: { status: 'saved', fileName: `${id}.xlsx` }, error: null })
    await flushPromises()
    await wrapper.get(`[data-testid="export-${id}-csv"]`).trigger('click')
    await flushPromises()
    const shown = fake.bridge.reportsGet.mock.calls[0]![0] as ReportQuery
    // The overview exports what it shows (KPIs, top pages), built in main for its day.
    const what = id === 'overview' ? { kind: 'overview', accountId: shown.accountId, day: beijingYesterday() } : { kind: 'report', query: shown }
    expect(fake.bridge.exportStart.mock.calls.map((c) => c[0])).toEqual([
      { ...what, format: 'xlsx', locale: 'zh-CN' },
      { ...what, format: 'csv', locale: 'zh-CN' }
    ])
  })
})

/** A formatted number as a table cell shows it: '1,474', '82.19', '47'. */
const NUMBER = /^\d{1,3}(,\d{3})*(\.\d+)?$/

describe.each(HOLES)('the $id tab with one value not ready', (hole) => {
  it('shows "--" in exactly that cell, and numbers in every other', async () => {
    const { wrapper, fake } = await mountTab(hole.id, (h) => h.fake.bridge.reportsGet.mockImplementation(async (q) => ok(holed(q, hole))))
    const q = lastQuery(fake.bridge.reportsGet.mock.calls)
    const columns = catalogueColumns(tableColumns(q.report, holed(q, hole).variant), 'zh-CN')
    const titles = columns.map((c) => c.title)
    const headers = wrapper.findAll(`[data-testid="${hole.table}"] thead th`).map((th) => th.text())
    const metricColumns = headers.flatMap((h, i) => (titles.includes(h) ? [i] : []))
    expect(metricColumns).toHaveLength(titles.length)

    const grid = cells(wrapper, hole.table)
    const col = headers.indexOf(columns.find((c) => c.key === hole.key)!.title)
    const row = grid.findIndex((r) => r.some((text) => text.startsWith(hole.shown)))
    expect(row).toBeGreaterThanOrEqual(0)
    expect(grid[row]![col]).toBe('--')
    // Its neighbours in the row and the column, and every other cell, hold numbers.
    for (const [r, cellsOfRow] of grid.entries()) {
      for (const c of metricColumns) if (r !== row || c !== col) expect(cellsOfRow[c], `row ${r}, ${headers[c]}`).toMatch(NUMBER)
    }
    expect(grid.flat().filter((text) => text === '--')).toHaveLength(1)
    // Nowhere else on the tab: not in another table, a summary row or a card.
    const panel = wrapper.get(`[data-testid="panel-${hole.id}"]`)
    expect(panel.findAll('.report-table__na')).toHaveLength(1)
    for (const footer of panel.findAll('.el-table__footer')) expect(footer.text()).not.toContain('--')
    for (const kpi of panel.findAll('[data-testid="kpi-value"]')) expect(kpi.text()).not.toBe('--')
  })
})

describe('the overview with one of yesterday\'s metrics not ready', () => {
  const Y = beijingYesterday()
  // Yesterday 20 % above every other day, except its sessions, not counted yet.
  function answer(q: ReportQuery) {
    const view = reportView(q)
    const value = (day: string) => (day === Y ? 120 : 100)
    const rows =
      q.report === 'trend'
        ? dailyRows(q, (d) => ({ user_count: value(d), new_user_count: value(d), session_count: d === Y ? null : 100, session_time_per_person: value(d), average_session_time: value(d) }))
        : q.report === 'activity'
          ? dailyRows(q, (d) => ({ accumulative_user_count: value(d) }))
          : view.data.rows
    return ok({ ...view, data: { ...view.data, rows } })
  }

  it('shows "--" on that card and its changes only; every other card has its value and changes', async () => {
    const { wrapper } = await mountTab('overview', (h) => h.fake.bridge.reportsGet.mockImplementation(async (q) => answer(q)))
    expect(wrapper.get('[data-testid="overview-day"]').text()).toBe(`${Y.slice(0, 4)}-${Y.slice(4, 6)}-${Y.slice(6)}`)
    const keys = ['user_count', 'new_user_count', 'session_count', 'session_time_per_person', 'average_session_time', 'accumulative_user_count']
    expect(wrapper.findAll('[data-testid^="overview-kpi-"]').map((k) => k.attributes('data-testid'))).toEqual(keys.map((k) => `overview-kpi-${k}`))
    for (const key of keys) {
      const card = wrapper.get(`[data-testid="overview-kpi-${key}"]`)
      const changes = ['day', 'week', 'month'].map((c) => card.get(`[data-testid="change-${c}"] .kpi__change-value`).text())
      if (key === 'session_count') {
        expect(card.get('[data-testid="kpi-value"]').text()).toBe('--')
        expect(changes).toEqual(['--', '--', '--'])
      } else {
        expect(card.get('[data-testid="kpi-value"]').text(), key).toMatch(/^120( 秒)?$/)
        expect(changes, key).toEqual(['+20.0%', '+20.0%', '+20.0%'])
      }
    }
  })
})
