// The overview (yesterday against a day, a week and 30 days before; top pages) and the platform
// summary (metric picker, daily chart, totals) of a TP account.
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { LineChartInput } from '../../src/shared/charts/line-chart'
import { addDays, beijingYesterday } from '../../src/shared/calendar'
import type { ReportQuery } from '../../src/shared/dto'
import type { Metrics, PageRow } from '../../src/shared/report-data'
import { ok } from './support/fake-bridge'
import { dailyRows, reportView } from './support/report-fixtures'
import { cells, mountTab } from './support/tabs'

const Y = beijingYesterday()

function trendDay(day: string): Metrics {
  const users = day === Y ? 1200 : day === addDays(Y, -1) ? 1000 : day === addDays(Y, -7) ? 1500 : day === addDays(Y, -30) ? 0 : 1100
  return { user_count: users, new_user_count: day === Y ? null : 500, session_count: 2000, session_time_per_person: 60, average_session_time: 30 }
}

function overviewAnswer(q: ReportQuery) {
  const view = reportView(q)
  if (q.report === 'trend') return ok({ ...view, data: { ...view.data, rows: dailyRows(q, trendDay) } })
  if (q.report === 'activity') return ok({ ...view, data: { ...view.data, rows: dailyRows(q, (d) => ({ accumulative_user_count: d === Y ? 5000 : 4000 })) } })
  return ok(view)
}

describe('overview', () => {
  it('asks for yesterday − 30 … yesterday by day, and the last 7 days of pages, whatever the range', async () => {
    const { fake } = await mountTab('overview', (h) => h.fake.bridge.reportsGet.mockImplementation(async (q) => overviewAnswer(q)))
    const asked = fake.bridge.reportsGet.mock.calls.map((c) => c[0] as ReportQuery)
    expect(asked).toEqual([
      { accountId: 'demo', report: 'trend', variant: { gran: 'day' }, from: addDays(Y, -30), to: Y },
      { accountId: 'demo', report: 'activity', variant: {}, from: addDays(Y, -30), to: Y },
      { accountId: 'demo', report: 'pages', variant: {}, from: addDays(Y, -6), to: Y }
    ])
  })

  it("shows yesterday's metrics with their change against a day, a week and 30 days before", async () => {
    const { wrapper } = await mountTab('overview', (h) => h.fake.bridge.reportsGet.mockImplementation(async (q) => overviewAnswer(q)))
    const card = wrapper.get('[data-testid="overview-kpi-user_count"]')
    expect(card.get('[data-testid="kpi-value"]').text()).toBe('1,200')
    expect(card.get('[data-testid="change-day"]').text()).toContain('+20.0%')
    expect(card.get('[data-testid="change-day"]').classes()).toContain('is-up')
    expect(card.get('[data-testid="change-week"]').text()).toContain('−20.0%')
    expect(card.get('[data-testid="change-week"]').classes()).toContain('is-down')
    // Nothing to compare with (0 users that day): no change rather than an infinite one.
    expect(card.get('[data-testid="change-month"]').text()).toContain('--')
    // Yesterday not ready yet: "--", and so are its changes.
    const fresh = wrapper.get('[data-testid="overview-kpi-new_user_count"]')
    expect(fresh.get('[data-testid="kpi-value"]').text()).toBe('--')
    expect(fresh.get('[data-testid="change-day"]').text()).toContain('--')
    expect(wrapper.get('[data-testid="overview-kpi-accumulative_user_count"] [data-testid="change-day"]').text()).toContain('+25.0%')
    expect(wrapper.get('[data-testid="overview-day"]').text()).toBe(`${Y.slice(0, 4)}-${Y.slice(4, 6)}-${Y.slice(6)}`)
  })

  it('draws the last 30 days of each metric as a sparkline', async () => {
    const { wrapper } = await mountTab('overview', (h) => h.fake.bridge.reportsGet.mockImplementation(async (q) => overviewAnswer(q)))
    const spark = wrapper.get('[data-testid="overview-kpi-user_count"]').getComponent({ name: 'Sparkline' })
    const values = spark.props('values') as (number | null)[]
    expect(values).toHaveLength(30)
    expect(values.at(-1)).toBe(1200)
    expect(values.at(-2)).toBe(1000)
    expect((spark.props('labels') as string[]).at(-1)).toBe(`${Y.slice(0, 4)}-${Y.slice(4, 6)}-${Y.slice(6)}`)
  })

  it('ranks the top entry and visited pages with their shares', async () => {
    const { wrapper } = await mountTab('overview', (h) => h.fake.bridge.reportsGet.mockImplementation(async (q) => overviewAnswer(q)))
    // A page whose entries are not ready is left out rather than ranked as 0.
    expect(cells(wrapper, 'overview-entry-pages')).toEqual([
      ['1', 'pages/order/order', '700', '87.50'],
      ['2', '首页pages/index/index', '100', '12.50']
    ])
    expect(cells(wrapper, 'overview-visited-pages').map((r) => r.slice(1, 3))).toEqual([
      ['首页pages/index/index', '900'],
      ['pages/detail/detail', '500'],
      ['pages/order/order', '300']
    ])
    expect(cells(wrapper, 'overview-visited-pages')[0]?.[3]).toBe('52.94')
  })

  it('ranks only the top 10 of more pages, and its export asks main for the overview of that day', async () => {
    const many: PageRow[] = Array.from({ length: 14 }, (_, i) => ({
      name: `pages/p${i}/index`,
      pageId: String(i),
      path: `pages/p${i}/index`,
      alias: '',
      values: { pv_count: 100 + i * 10, entry_count: 14 - i }
    }))
    const { wrapper, fake } = await mountTab('overview', (h) =>
      h.fake.bridge.reportsGet.mockImplementation(async (q) => {
        if (q.report !== 'pages') return overviewAnswer(q)
        const view = reportView(q)
        return ok({ ...view, data: { ...view.data, rows: many } })
      })
    )
    const entry = cells(wrapper, 'overview-entry-pages')
    expect(entry.map((r) => r.slice(0, 3))).toEqual(Array.from({ length: 10 }, (_, i) => [String(i + 1), `pages/p${i}/index`, String(14 - i)]))
    const visited = cells(wrapper, 'overview-visited-pages')
    expect(visited.map((r) => r[1])).toEqual(Array.from({ length: 10 }, (_, i) => `pages/p${13 - i}/index`))

    await wrapper.get('[data-testid="export-overview"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.exportStart).toHaveBeenCalledWith({ kind: 'overview', accountId: 'demo', day: Y, format: 'xlsx', locale: 'zh-CN' })
  })
})

describe('platform summary (TP account)', () => {
  it('totals each metric the way it adds up, and says which way', async () => {
    const { wrapper, fake } = await mountTab('tp')
    expect(fake.bridge.reportsGet.mock.calls[0]?.[0]).toMatchObject({ accountId: 'tp', report: 'tp' })
    const kpi = (key: string) => wrapper.get(`[data-testid="kpi-${key}"]`)
    // Sessions add up; users per day average (a user on two days is not two users); rolling counts take the last day.
    expect(kpi('tp_day_session_count').get('[data-testid="kpi-value"]').text()).toBe('6,000')
    expect(kpi('tp_day_session_count').text()).toContain('区间合计')
    expect(kpi('tp_day_user_count').get('[data-testid="kpi-value"]').text()).toBe('1,100')
    expect(kpi('tp_day_user_count').text()).toContain('日均')
    expect(kpi('tp_week_user_count').get('[data-testid="kpi-value"]').text()).toBe('5,002')
    expect(kpi('tp_week_user_count').text()).toContain('最新一天')
    // The last day is "--": the newest day with a number stands.
    expect(kpi('tp_session_time_per_person').get('[data-testid="kpi-value"]').text()).toBe('40 秒')
    expect(kpi('tp_day_share_count').get('[data-testid="kpi-value"]').text()).toBe('--')
  })

  it('draws the picked metrics day by day, and a card toggles its line', async () => {
    const { wrapper } = await mountTab('tp')
    const input = () => wrapper.getComponent({ name: 'LineChart' }).props('input') as LineChartInput
    expect(input().labels).toEqual(['2019/04/13', '2019/04/14', '2019/04/15'])
    expect(input().series.map((s) => s.label)).toEqual(['当日启动用户数', '当日新用户数'])
    expect(input().series[0]?.values).toEqual([1000, 1100, 1200])
    await wrapper.get('[data-testid="kpi-tp_day_session_count"]').trigger('click')
    expect(input().series.map((s) => s.label)).toContain('当日启动次数')
    await wrapper.get('[data-testid="kpi-tp_day_user_count"]').trigger('click')
    expect(input().series.map((s) => s.label)).not.toContain('当日启动用户数')
    // Newest day first in the table, as in every other daily table.
    expect(cells(wrapper, 'tp-table').map((r) => r[0])).toEqual(['2019/04/15', '2019/04/14', '2019/04/13'])
    await flushPromises()
  })
})
