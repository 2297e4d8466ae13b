// Every tab through the states before its data and with it: loading skeleton, empty, translated
// error with retry, data with "--" where a value is not ready, and its own export.
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { useSettingsStore } from '../../src/renderer/src/stores/settings'
import type { TabId } from '../../src/renderer/src/views/tabs'
import type { ReportQuery, ReportView } from '../../src/shared/dto'
import { ERROR_MESSAGES, type Envelope } from '../../src/shared/errors'
import { deferred, fail, ok, type Deferred } from './support/fake-bridge'
import { reportView } from './support/report-fixtures'
import { mountTab } from './support/tabs'

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

  it('shows its data with "--" for values that are not ready, and the time it was fetched', async () => {
    const { wrapper } = await mountTab(id)
    expect(wrapper.get(`[data-testid="panel-${id}"]`).attributes('data-state')).toBe('data')
    const rows = wrapper.findAll(`[data-testid="${table}"] tbody tr`)
    expect(rows.length).toBeGreaterThan(0)
    expect(wrapper.text()).toContain('--')
    expect(wrapper.text()).not.toContain('NaN')
    expect(wrapper.text()).not.toContain('undefined')
    expect(wrapper.get('[data-testid="as-of"]').text()).toContain('数据获取于')
    expect(wrapper.get(`[data-testid="export-${id}"]`).attributes('disabled')).toBeUndefined()
  })

  it('says so when the range has no data, and offers no export', async () => {
    const { wrapper } = await mountTab(id, (h) => h.fake.bridge.reportsGet.mockImplementation(async (q) => ok(emptied(q))))
    expect(wrapper.find('[data-testid="state-empty"]').exists()).toBe(true)
    expect(wrapper.find(`[data-testid="${table}"]`).exists()).toBe(false)
    expect(wrapper.get(`[data-testid="export-${id}"]`).attributes('disabled')).toBeDefined()
    expect(wrapper.get(`[data-testid="export-${id}-csv"]`).attributes('disabled')).toBeDefined()
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

  it('exports what it shows as xlsx and CSV', async () => {
    const { wrapper, fake } = await mountTab(id)
    fake.bridge.exportReport.mockResolvedValue(ok({ status: 'saved', fileName: `${id}.xlsx` }))
    await wrapper.get(`[data-testid="export-${id}"]`).trigger('click')
    await flushPromises()
    await wrapper.get(`[data-testid="export-${id}-csv"]`).trigger('click')
    await flushPromises()
    const shown = fake.bridge.reportsGet.mock.calls[0]![0] as ReportQuery
    expect(fake.bridge.exportReport.mock.calls.map((c) => c[0])).toEqual([
      { query: shown, locale: 'zh-CN', format: 'xlsx' },
      { query: shown, locale: 'zh-CN', format: 'csv' }
    ])
  })
})
