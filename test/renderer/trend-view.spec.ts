import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrendView from '../../src/renderer/src/views/TrendView.vue'
import type { LineChartInput } from '../../src/shared/charts/line-chart'
import { useAccountsStore } from '../../src/renderer/src/stores/accounts'
import { useRangeStore } from '../../src/renderer/src/stores/range'
import { useReportsStore } from '../../src/renderer/src/stores/reports'
import { useSettingsStore } from '../../src/renderer/src/stores/settings'
import { reportQueryKey, type ReportQuery, type ReportView } from '../../src/shared/dto'
import { ERROR_MESSAGES, type Envelope } from '../../src/shared/errors'
import type { MetricRow } from '../../src/shared/report-data'
import { deferred, fail, ok } from './support/fake-bridge'
import { SUM } from './support/fixtures'
import { dayCount, monthBuckets, toSlashDate, weekBuckets, type DayRange } from '../../src/shared/calendar'
import { reportData, reportView } from './support/report-fixtures'
import { harness, mountWith } from './support/mount'

async function mountTrend(configure: (h: ReturnType<typeof harness>) => void = () => {}) {
  const h = harness()
  configure(h)
  await useAccountsStore().load()
  useRangeStore().setRange({ from: '20190413', to: '20190415' })
  const wrapper = mountWith(TrendView, h.pinia)
  await flushPromises()
  return { ...h, wrapper }
}

function lastQuery(calls: unknown[][]): ReportQuery {
  return calls.at(-1)?.[0] as ReportQuery
}

describe('TrendView', () => {
  it('shows the skeleton while loading, with page progress for its own query only', async () => {
    const h = harness()
    const pending = deferred<Envelope<ReportView>>()
    h.fake.bridge.reportsGet.mockReturnValueOnce(pending.promise)
    await useAccountsStore().load()
    const wrapper = mountWith(TrendView, h.pinia)
    await flushPromises()

    expect(wrapper.find('[data-testid="state-loading"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="trend-table"]').exists()).toBe(false)

    const query = lastQuery(h.fake.bridge.reportsGet.mock.calls)
    expect(query).toMatchObject({ report: 'trend', variant: { gran: 'day' } })
    h.fake.progress({ key: 'demo|trend|gran=day|20000101|20000102', report: 'trend', pagesDone: 9, pagesTotal: 9 })
    await flushPromises()
    expect(wrapper.find('[data-testid="loading-progress"]').exists()).toBe(false)

    h.fake.progress({ key: reportQueryKey(query), report: 'trend', pagesDone: 2, pagesTotal: 5 })
    await flushPromises()
    expect(wrapper.get('[data-testid="loading-progress"]').text()).toContain('2 / 5')

    pending.resolve(ok(reportView(query)))
    await flushPromises()
    expect(wrapper.find('[data-testid="state-loading"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="trend-table"]').exists()).toBe(true)
  })

  it('shows the empty state when the range has no rows', async () => {
    const { wrapper } = await mountTrend((h) =>
      h.fake.bridge.reportsGet.mockImplementation(async (q) => ok(reportView(q, { data: { ...reportData('trend', { gran: 'day' }), rows: [], total: 0 } })))
    )
    expect(wrapper.find('[data-testid="state-empty"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="trend-table"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="export-trend"]').attributes('disabled')).toBeDefined()
  })

  it('shows the translated error with detail, and retry asks the store again', async () => {
    const { wrapper, fake } = await mountTrend((h) => h.fake.bridge.reportsGet.mockResolvedValueOnce(fail('ip_whitelist', { errno: 40008, detail: 'ip not in whitelist' })))
    const error = wrapper.get('[data-testid="state-error"]')
    expect(error.text()).toContain(ERROR_MESSAGES.ip_whitelist.zh)
    expect(error.text()).toContain('40008')
    expect(error.text()).toContain('ip not in whitelist')
    expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(1)

    await wrapper.get('[data-testid="retry"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[data-testid="state-error"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="trend-table"]').exists()).toBe(true)
  })

  it('formats KPI cards, table cells and freshness, with "--" for values not ready', async () => {
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
    const { wrapper } = await mountTrend((h) => h.fake.bridge.reportsGet.mockImplementation(async (q) => ok(reportView(q, { source: 'cache', settled: false, staleBecause: 'quota' }))))
    const asOf = wrapper.get('[data-testid="as-of"]').text()
    expect(asOf).toContain('来自本地缓存')
    expect(asOf).toContain('近期数据可能仍会变化')
    expect(wrapper.get('[data-testid="as-of-stale"]').text()).toContain(ERROR_MESSAGES.quota.zh)
  })

  it('asks for a new query when the gran changes, and refresh bypasses the cache', async () => {
    const { wrapper, fake } = await mountTrend()
    expect(lastQuery(fake.bridge.reportsGet.mock.calls).variant).toEqual({ gran: 'day' })

    await wrapper.get('[data-testid="gran-week"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(2)
    expect(lastQuery(fake.bridge.reportsGet.mock.calls)).toMatchObject({ report: 'trend', variant: { gran: 'week' } })
    expect(wrapper.get('[data-testid="gran-week"]').attributes('aria-pressed')).toBe('true')

    await wrapper.get('[data-testid="refresh"]').trigger('click')
    await flushPromises()
    expect(lastQuery(fake.bridge.reportsGet.mock.calls)).toMatchObject({ variant: { gran: 'week' }, refresh: true })
  })

  it('marks week and month buckets clipped by the range, in the table and on the chart', async () => {
    const { wrapper } = await mountTrend()
    expect(wrapper.find('[data-testid="partial-bucket"]').exists()).toBe(false)
    await wrapper.get('[data-testid="gran-week"]').trigger('click')
    await flushPromises()
    const rows = wrapper.findAll('[data-testid="trend-table"] tbody tr')
    // '2019/04/15 - 2019/04/15' holds one day; '2019/04/08 - 2019/04/14' is a whole week.
    expect(rows[0]?.find('[data-testid="partial-bucket"]').exists()).toBe(true)
    expect(rows[1]?.find('[data-testid="partial-bucket"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="partial-note"]').exists()).toBe(true)
    const input = wrapper.getComponent({ name: 'LineChart' }).props('input') as LineChartInput
    expect(input.labels).toEqual(['2019/04/08 - 2019/04/14', '2019/04/15 - 2019/04/15'])
    expect(input.partial).toEqual([false, true])
  })

  it('plots the default metrics and toggles one from its KPI card', async () => {
    const { wrapper } = await mountTrend()
    const input = () => wrapper.getComponent({ name: 'LineChart' }).props('input') as LineChartInput
    expect(input().series.map((s) => s.label)).toEqual(['启动用户数', '新用户数'])
    expect(input().series[0]?.values).toEqual([1210, 1580, 1474])

    await wrapper.get('[data-testid="kpi-session_count"]').trigger('click')
    expect(input().series.map((s) => s.label)).toEqual(['启动用户数', '新用户数', '启动次数'])
    expect(wrapper.get('[data-testid="kpi-session_count"]').attributes('aria-pressed')).toBe('true')
  })

  it('exports the query on screen as a job: the button counts the rows written, cancel stops it', async () => {
    const { wrapper, fake } = await mountTrend()
    const query = lastQuery(fake.bridge.reportsGet.mock.calls)
    const button = (suffix = '') => wrapper.get(`[data-testid="export-trend${suffix}"]`)
    expect(wrapper.find('[data-testid="export-trend-cancel"]').exists()).toBe(false)

    await button().trigger('click')
    await flushPromises()
    expect(fake.bridge.exportStart).toHaveBeenLastCalledWith({ kind: 'report', query, format: 'xlsx', locale: 'zh-CN' })
    expect(button().classes()).toContain('is-loading')
    expect(button('-csv').attributes('disabled')).toBeDefined()
    fake.emit('export:progress', { jobId: 'job-1', phase: 'writing', done: 0, total: 1, rows: 12345 })
    await flushPromises()
    expect(button().text()).toBe('已写入 12,345 行')

    await button('-cancel').trigger('click')
    await flushPromises()
    expect(fake.bridge.exportCancel).toHaveBeenCalledWith({ jobId: 'job-1' })
    fake.emit('export:finished', { jobId: 'job-1', result: { status: 'cancelled' }, error: null })
    await flushPromises()
    expect(wrapper.find('[data-testid="export-trend-cancel"]').exists()).toBe(false)
    expect(button().text()).toBe('导出 Excel')
    expect(button('-csv').attributes('disabled')).toBeUndefined()
    expect(document.body.textContent).toContain('导出已取消')
  })

  it('a CSV export job ends in a browser download; a failure is said in words', async () => {
    const { wrapper, fake } = await mountTrend()
    const query = lastQuery(fake.bridge.reportsGet.mock.calls)
    const clicked: HTMLAnchorElement[] = []
    const original = HTMLAnchorElement.prototype.click
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this)
    }
    try {
      await wrapper.get('[data-testid="export-trend-csv"]').trigger('click')
      await flushPromises()
      expect(fake.bridge.exportStart).toHaveBeenLastCalledWith({ kind: 'report', query, format: 'csv', locale: 'zh-CN' })
      fake.emit('export:progress', { jobId: 'job-1', phase: 'writing', done: 0, total: 1, rows: 30 })
      await flushPromises()
      expect(wrapper.get('[data-testid="export-trend-csv"]').text()).toBe('已写入 30 行')
      fake.emit('export:finished', { jobId: 'job-1', result: { status: 'download', fileName: 'trend.csv', url: '/download/abc' }, error: null })
      await flushPromises()
    } finally {
      HTMLAnchorElement.prototype.click = original
    }
    expect(clicked.map((a) => a.getAttribute('download'))).toEqual(['trend.csv'])
    expect(clicked[0]?.href).toMatch(/\/download\/abc$/)
    expect(document.body.textContent).toContain('已开始下载 trend.csv')

    await wrapper.get('[data-testid="export-trend"]').trigger('click')
    await flushPromises()
    fake.emit('export:finished', { jobId: 'job-2', result: null, error: { code: 'io', message: 'disk full', retryable: false } })
    await flushPromises()
    expect(document.body.textContent).toContain(`导出失败：${ERROR_MESSAGES.io.zh}`)
    expect(wrapper.get('[data-testid="export-trend"]').attributes('disabled')).toBeUndefined()
  })
})

describe('TrendView comparison', () => {
  /** The comparison period answers with every value halved, so each change is +100 %. */
  function halved(q: ReportQuery): ReportView {
    const view = reportView(q)
    const half = (v: Record<string, number | null>) => Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x === null ? null : x / 2]))
    const rows = (view.data.rows as MetricRow[]).map((r) => ({ name: `before ${r.name}`, values: half(r.values) }))
    return { ...view, data: { ...view.data, sum: half(SUM), rows } }
  }

  it('asks for the previous period of the same length, draws it dashed and shows the change on each card', async () => {
    const { wrapper, fake } = await mountTrend((h) => h.fake.bridge.reportsGet.mockImplementation(async (q) => ok(q.from < '20190413' ? halved(q) : reportView(q))))
    expect(wrapper.find('[data-testid="change-compare"]').exists()).toBe(false)

    await wrapper.get('[data-testid="compare-previous"]').trigger('click')
    await flushPromises()
    expect(lastQuery(fake.bridge.reportsGet.mock.calls)).toEqual({ accountId: 'demo', report: 'trend', variant: { gran: 'day' }, from: '20190410', to: '20190412' })
    expect(wrapper.get('[data-testid="kpi-user_count"] [data-testid="change-compare"]').text()).toContain('+100.0%')
    // Not ready in either period: no change to show.
    expect(wrapper.get('[data-testid="kpi-session_time_per_person"] [data-testid="change-compare"]').text()).toContain('--')

    const input = wrapper.getComponent({ name: 'LineChart' }).props('input') as LineChartInput
    const dashed = input.series.filter((s) => s.compare)
    expect(dashed.map((s) => s.label)).toEqual(['启动用户数 · 上一周期', '新用户数 · 上一周期'])
    expect(dashed[0]?.values).toEqual([605, 790, 737])
    expect(dashed[0]?.names?.[0]).toBe('before 2019/04/13')
  })

  it('compares with 364 days before (weekday-aligned), and back to none drops the second line', async () => {
    const { wrapper, fake } = await mountTrend()
    await wrapper.get('[data-testid="compare-year"]').trigger('click')
    await flushPromises()
    expect(lastQuery(fake.bridge.reportsGet.mock.calls)).toMatchObject({ from: '20180414', to: '20180416' })
    expect(wrapper.get('[data-testid="kpi-user_count"] [data-testid="change-compare"]').text()).toContain('较去年同期')

    await wrapper.get('[data-testid="compare-none"]').trigger('click')
    await flushPromises()
    const input = wrapper.getComponent({ name: 'LineChart' }).props('input') as LineChartInput
    expect(input.series.some((s) => s.compare)).toBe(false)
    expect(wrapper.find('[data-testid="change-compare"]').exists()).toBe(false)
  })

  it('keeps the period on screen when only the comparison fails, and says so', async () => {
    const { wrapper } = await mountTrend((h) => h.fake.bridge.reportsGet.mockImplementation(async (q) => (q.from < '20190413' ? fail('quota') : ok(reportView(q)))))
    await wrapper.get('[data-testid="compare-previous"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="trend-table"]').exists()).toBe(true)
    expect(wrapper.get('[data-testid="compare-error"]').text()).toContain(ERROR_MESSAGES.quota.zh)
    expect(wrapper.get('[data-testid="kpi-user_count"] [data-testid="change-compare"]').text()).toContain('--')
  })
})

describe('TrendView in the store', () => {
  it('keeps the gran per tab in the store, so the query follows it', async () => {
    const { wrapper } = await mountTrend()
    await wrapper.get('[data-testid="gran-month"]').trigger('click')
    expect(useReportsStore().variantOf('trend')).toEqual({ gran: 'month' })
  })
})

describe('TrendView buckets', () => {
  /** What the API sends for a range at week or month gran: clipped buckets, newest first; users = the bucket's first day (YYMMDD). */
  function bucketed(q: ReportQuery): ReportView {
    const gran = q.variant?.['gran'] ?? 'day'
    const buckets = gran === 'month' ? monthBuckets(q) : weekBuckets(q)
    const name = (b: DayRange) => (gran === 'month' ? toSlashDate(b.from).slice(0, 7) : `${toSlashDate(b.from)} - ${toSlashDate(b.to)}`)
    const rows = buckets.map((b) => ({ name: name(b), values: { ...SUM, user_count: Number(b.from.slice(2)), new_user_count: dayCount(b) } })).reverse()
    return reportView(q, { data: { ...reportData('trend', { gran }), rows } })
  }

  async function compared(gran: 'week' | 'month', range: DayRange, mode: 'previous' | 'year') {
    const { wrapper, fake } = await mountTrend((h) => h.fake.bridge.reportsGet.mockImplementation(async (q) => ok(bucketed(q))))
    useRangeStore().setRange(range)
    await wrapper.get(`[data-testid="gran-${gran}"]`).trigger('click')
    await wrapper.get(`[data-testid="compare-${mode}"]`).trigger('click')
    await flushPromises()
    const input = wrapper.getComponent({ name: 'LineChart' }).props('input') as LineChartInput
    const line = input.series.find((s) => s.compare && s.label.startsWith('启动用户数'))!
    return { input, line, asked: lastQuery(fake.bridge.reportsGet.mock.calls) }
  }

  it('draws the hour-of-day profile from 00:00 to 23:00, each hour against the same hour', async () => {
    const hours = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00 - ${String(h).padStart(2, '0')}:59`)
    // The API lists hours from 00:00 (api-facts.md), unlike dates, which come newest first.
    const answer = (q: ReportQuery) => {
      const before = q.from < '20190413'
      const rows = hours.map((name, h) => ({ name, values: { ...SUM, user_count: (before ? 1000 : 100) + h } }))
      return ok(reportView(q, { data: { ...reportData('trend', { gran: 'hour' }), rows } }))
    }
    const { wrapper, fake } = await mountTrend((h) => h.fake.bridge.reportsGet.mockImplementation(async (q) => answer(q)))
    await wrapper.get('[data-testid="gran-hour"]').trigger('click')
    await flushPromises()
    expect(lastQuery(fake.bridge.reportsGet.mock.calls).variant).toEqual({ gran: 'hour' })
    const input = () => wrapper.getComponent({ name: 'LineChart' }).props('input') as LineChartInput
    expect(input().labels).toEqual(hours)
    expect(input().series[0]?.values).toEqual(hours.map((_, h) => 100 + h))
    expect(input().partial).toEqual(hours.map(() => false))

    await wrapper.get('[data-testid="compare-previous"]').trigger('click')
    await flushPromises()
    const before = input().series.find((s) => s.compare)!
    expect(before.names).toEqual(hours)
    expect(before.values).toEqual(hours.map((_, h) => 1000 + h))
  })

  it('compares each week with the week 52 weeks before, partial weeks with their partial twins', async () => {
    // Mon 8 April … Tue 16 April 2019: one whole week and a two-day one.
    const { input, line, asked } = await compared('week', { from: '20190408', to: '20190416' }, 'year')
    expect(asked).toMatchObject({ variant: { gran: 'week' }, from: '20180409', to: '20180417' })
    expect(input.labels).toEqual(['2019/04/08 - 2019/04/14', '2019/04/15 - 2019/04/16'])
    expect(line.names).toEqual(['2018/04/09 - 2018/04/15', '2018/04/16 - 2018/04/17'])
    expect(line.values).toEqual([180409, 180416])
  })

  it('compares each week with the previous period\'s week holding most of its days, not the one at the same position', async () => {
    // 9 days back from Mon 8 April is Sat 30 March: the previous period opens with a two-day week.
    const { line, asked } = await compared('week', { from: '20190408', to: '20190416' }, 'previous')
    expect(asked).toMatchObject({ from: '20190330', to: '20190407' })
    expect(line.names).toEqual(['2019/04/01 - 2019/04/07', '2019/04/01 - 2019/04/07'])
    expect(line.values).toEqual([190401, 190401])
  })

  it('compares March with February as the previous period, not with the last three days of January', async () => {
    const { input, line, asked } = await compared('month', { from: '20190301', to: '20190331' }, 'previous')
    expect(asked).toMatchObject({ variant: { gran: 'month' }, from: '20190129', to: '20190228' })
    expect(input.labels).toEqual(['2019/03'])
    expect(line.names).toEqual(['2019/02'])
    expect(line.values).toEqual([190201])
  })

  it('compares each month with the same month a year before', async () => {
    const { input, line, asked } = await compared('month', { from: '20190101', to: '20190430' }, 'year')
    // 364 days back: 2 January 2018 … 1 May 2018, whose one-day May lines up with nothing.
    expect(asked).toMatchObject({ from: '20180102', to: '20180501' })
    expect(input.labels).toEqual(['2019/01', '2019/02', '2019/03', '2019/04'])
    expect(line.names).toEqual(['2018/01', '2018/02', '2018/03', '2018/04'])
    expect(line.values).toEqual([180102, 180201, 180301, 180401])
  })

  it('a month the range only touches by a day lines up with the days a year before, and the whole month with its own', async () => {
    // 31 March … 30 April 2019, 364 days back: 1 April … 1 May 2018.
    const { input, line } = await compared('month', { from: '20190331', to: '20190430' }, 'year')
    expect(input.labels).toEqual(['2019/03', '2019/04'])
    expect(input.partial).toEqual([true, false])
    expect(line.names).toEqual(['2018/04', '2018/04'])
  })
})

describe('TrendView metric picker', () => {
  it('plots what is picked in the dropdown, and drops what is picked again', async () => {
    const { wrapper } = await mountTrend()
    const input = () => wrapper.getComponent({ name: 'LineChart' }).props('input') as LineChartInput
    expect(input().series.map((s) => s.label)).toEqual(['启动用户数', '新用户数'])
    await wrapper.get('[data-testid="metric-picker"]').trigger('click')
    await flushPromises()
    const option = (text: string) => [...document.body.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((o) => o.textContent?.trim() === text)!

    option('次均使用时长').click()
    await flushPromises()
    expect(input().series.map((s) => s.label)).toEqual(['启动用户数', '新用户数', '次均使用时长'])
    expect(input().series[2]).toMatchObject({ unit: 'seconds', values: [54, 54, 54] })
    expect(wrapper.get('[data-testid="kpi-average_session_time"]').attributes('aria-pressed')).toBe('true')

    option('新用户数').click()
    await flushPromises()
    expect(input().series.map((s) => s.label)).toEqual(['启动用户数', '次均使用时长'])
    expect(useSettingsStore().trendMetrics).toEqual(['user_count', 'average_session_time'])
  })
})
