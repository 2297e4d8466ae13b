import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrendView from '../../src/renderer/src/views/TrendView.vue'
import { useAccountsStore } from '../../src/renderer/src/stores/accounts'
import { useReportsStore } from '../../src/renderer/src/stores/reports'
import { useSettingsStore } from '../../src/renderer/src/stores/settings'
import { trendQueryKey, type TrendQuery, type TrendReport } from '../../src/shared/dto'
import { ERROR_MESSAGES, type Envelope } from '../../src/shared/errors'
import { deferred, fail, ok } from './support/fake-bridge'
import { trendReport } from './support/fixtures'
import { harness, mountWith } from './support/mount'

async function mountTrend() {
  const h = harness()
  await useAccountsStore().load()
  const wrapper = mountWith(TrendView, h.pinia)
  await flushPromises()
  return { ...h, wrapper }
}

function lastQuery(calls: unknown[][]): TrendQuery {
  return calls.at(-1)?.[0] as TrendQuery
}

describe('TrendView', () => {
  it('shows the skeleton while loading, with page progress for its own query only', async () => {
    const h = harness()
    const pending = deferred<Envelope<TrendReport>>()
    h.fake.bridge.reportsTrend.mockReturnValueOnce(pending.promise)
    await useAccountsStore().load()
    const wrapper = mountWith(TrendView, h.pinia)
    await flushPromises()

    expect(wrapper.find('[data-testid="state-loading"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="trend-table"]').exists()).toBe(false)

    const query = lastQuery(h.fake.bridge.reportsTrend.mock.calls)
    h.fake.progress({ key: 'demo|trend|day|20000101|20000102', report: 'trend', pagesDone: 9, pagesTotal: 9 })
    await flushPromises()
    expect(wrapper.find('[data-testid="loading-progress"]').exists()).toBe(false)

    h.fake.progress({ key: trendQueryKey(query), report: 'trend', pagesDone: 2, pagesTotal: 5 })
    await flushPromises()
    expect(wrapper.get('[data-testid="loading-progress"]').text()).toContain('2 / 5')

    pending.resolve(ok(trendReport(query)))
    await flushPromises()
    expect(wrapper.find('[data-testid="state-loading"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="trend-table"]').exists()).toBe(true)
  })

  it('shows the empty state when the range has no rows', async () => {
    const h = harness()
    h.fake.bridge.reportsTrend.mockImplementation(async (q) => ok(trendReport(q, { rows: [], total: 0 })))
    await useAccountsStore().load()
    const wrapper = mountWith(TrendView, h.pinia)
    await flushPromises()
    expect(wrapper.find('[data-testid="state-empty"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="trend-table"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="export-trend"]').attributes('disabled')).toBeDefined()
  })

  it('shows the translated error with detail, and retry asks the store again', async () => {
    const h = harness()
    h.fake.bridge.reportsTrend.mockResolvedValueOnce(
      fail('ip_whitelist', { errno: 40008, detail: 'ip not in whitelist' })
    )
    await useAccountsStore().load()
    const wrapper = mountWith(TrendView, h.pinia)
    await flushPromises()

    const error = wrapper.get('[data-testid="state-error"]')
    expect(error.text()).toContain(ERROR_MESSAGES.ip_whitelist.zh)
    expect(error.text()).toContain('40008')
    expect(error.text()).toContain('ip not in whitelist')
    expect(h.fake.bridge.reportsTrend).toHaveBeenCalledTimes(1)

    await wrapper.get('[data-testid="retry"]').trigger('click')
    await flushPromises()
    expect(h.fake.bridge.reportsTrend).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[data-testid="state-error"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="trend-table"]').exists()).toBe(true)
  })

  it('formats KPI cards, table cells and freshness', async () => {
    const { wrapper } = await mountTrend()
    const kpi = (metric: string) => wrapper.get(`[data-testid="kpi-${metric}"] [data-testid="kpi-value"]`).text()
    expect(kpi('user_count')).toBe('6,838')
    expect(kpi('new_user_ratio')).toBe('82.19%')
    expect(kpi('average_session_time')).toBe('54 秒')
    expect(kpi('session_time_per_person')).toBe('--')

    const rows = wrapper.findAll('[data-testid="trend-table"] tbody tr')
    expect(rows).toHaveLength(3)
    // API order: newest first.
    expect(rows[0]?.text()).toContain('2019/04/15')
    expect(rows[2]?.text()).toContain('2019/04/13')
    const secondRow = rows[1]?.findAll('td').map((td) => td.text()) ?? []
    expect(secondRow).toContain('1,580')
    expect(secondRow).toContain('--')

    const header = wrapper.get('[data-testid="trend-table"] thead').text()
    expect(header).toContain('新用户占比 (%)')
    expect(header).toContain('次均使用时长（秒）')

    const asOf = wrapper.get('[data-testid="as-of"]').text()
    expect(asOf).toContain('来自百度接口')
    expect(asOf).toContain('数据已定稿')
    expect(asOf).toContain('2019')
  })

  it('switches to English units and labels with the locale', async () => {
    const { wrapper } = await mountTrend()
    useSettingsStore().setLocale('en')
    await flushPromises()
    expect(wrapper.get('[data-testid="kpi-average_session_time"]').text()).toContain('54 s')
    expect(wrapper.get('[data-testid="kpi-user_count"]').text()).toContain('Active users')
    expect(wrapper.get('[data-testid="trend-table"] thead').text()).toContain('Avg. time per session (s)')
  })

  it('warns when a refresh failed and the numbers are the older cached copy', async () => {
    const h = harness()
    h.fake.bridge.reportsTrend.mockImplementation(async (q) =>
      ok(trendReport(q, { source: 'cache', settled: false, staleBecause: 'quota' }))
    )
    await useAccountsStore().load()
    const wrapper = mountWith(TrendView, h.pinia)
    await flushPromises()
    const asOf = wrapper.get('[data-testid="as-of"]').text()
    expect(asOf).toContain('来自本地缓存')
    expect(asOf).toContain('近期数据可能仍会变化')
    expect(wrapper.get('[data-testid="as-of-stale"]').text()).toContain(ERROR_MESSAGES.quota.zh)
  })

  it('asks for a new query when the gran changes, and refresh bypasses the cache', async () => {
    const { wrapper, fake } = await mountTrend()
    expect(lastQuery(fake.bridge.reportsTrend.mock.calls).gran).toBe('day')

    await wrapper.get('[data-testid="gran-week"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.reportsTrend).toHaveBeenCalledTimes(2)
    expect(lastQuery(fake.bridge.reportsTrend.mock.calls)).toMatchObject({ gran: 'week' })
    expect(useReportsStore().trend.data?.gran).toBe('week')
    expect(wrapper.get('[data-testid="gran-week"]').attributes('aria-pressed')).toBe('true')

    await wrapper.get('[data-testid="refresh"]').trigger('click')
    await flushPromises()
    expect(lastQuery(fake.bridge.reportsTrend.mock.calls)).toMatchObject({ gran: 'week', refresh: true })
  })

  it('plots the default metrics and toggles one from its KPI card', async () => {
    const { wrapper } = await mountTrend()
    const chart = () => wrapper.getComponent({ name: 'TrendChart' })
    expect(wrapper.find('[data-testid="trend-chart"]').exists()).toBe(true)
    expect(chart().props('metrics')).toEqual(['user_count', 'new_user_count'])

    await wrapper.get('[data-testid="kpi-session_count"]').trigger('click')
    expect(chart().props('metrics')).toEqual(['user_count', 'new_user_count', 'session_count'])
    expect(wrapper.get('[data-testid="kpi-session_count"]').attributes('aria-pressed')).toBe('true')
  })

  it('exports the query on screen and starts a browser download', async () => {
    const { wrapper, fake } = await mountTrend()
    fake.bridge.exportTrend.mockResolvedValueOnce(ok({ status: 'download', fileName: 'trend.xlsx', url: '/api/download/abc' }))
    const clicked: HTMLAnchorElement[] = []
    const original = HTMLAnchorElement.prototype.click
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this)
    }
    try {
      await wrapper.get('[data-testid="export-trend"]').trigger('click')
      await flushPromises()
    } finally {
      HTMLAnchorElement.prototype.click = original
    }
    const query = lastQuery(fake.bridge.reportsTrend.mock.calls)
    expect(fake.bridge.exportTrend).toHaveBeenCalledWith({ query, locale: 'zh-CN' })
    expect(clicked).toHaveLength(1)
    expect(clicked[0]?.getAttribute('download')).toBe('trend.xlsx')
    expect(clicked[0]?.href).toMatch(/\/api\/download\/abc$/)
  })
})
