// Each tab's variant controls ask for the right query, and what changes with the variant shows.
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { BarChartInput } from '../../src/renderer/src/charts/bar-chart'
import { REPORTS } from '../../src/shared/reports'
import { cells, lastQuery, mountTab } from './support/tabs'

describe('terminal sub-views', () => {
  it('has a switch per terminal type, each asking for its own variant', async () => {
    const { wrapper, fake } = await mountTab('terminal')
    expect(lastQuery(fake.bridge.reportsGet.mock.calls).variant).toEqual({ terminal_type: 'terminal_brand' })
    for (const o of REPORTS.terminal.variants[0]!.options) expect(wrapper.find(`[data-testid="variant-${o.value}"]`).exists()).toBe(true)
    expect(cells(wrapper, 'terminal-table').map((r) => r[1])).toEqual(['HUAWEI', 'Apple'])

    await wrapper.get('[data-testid="variant-terminal_os"]').trigger('click')
    await flushPromises()
    expect(lastQuery(fake.bridge.reportsGet.mock.calls)).toMatchObject({ report: 'terminal', variant: { terminal_type: 'terminal_os' } })
    expect(wrapper.get('[data-testid="variant-terminal_os"]').attributes('aria-pressed')).toBe('true')
    expect(cells(wrapper, 'terminal-table').map((r) => r[1])).toEqual(['Android', 'iOS'])
    expect(wrapper.text()).toContain('操作系统排行')
  })

  it('shows only the three metrics network rows carry', async () => {
    const { wrapper } = await mountTab('terminal')
    await wrapper.get('[data-testid="variant-terminal_network"]').trigger('click')
    await flushPromises()
    const header = wrapper.get('[data-testid="terminal-table"] thead').text()
    expect(header).toContain('启动次数')
    expect(header).toContain('次均使用时长')
    expect(header).not.toContain('启动用户占比')
    expect(header).not.toContain('新用户占比')
    expect(cells(wrapper, 'terminal-table')[0]).toEqual(['1', 'wifi', '39,600', '61.36', '47'])
  })
})

describe('habits sub-views', () => {
  it('switches between depth, time, interval and frequency, with users counted for frequency', async () => {
    const { wrapper, fake } = await mountTab('habits')
    expect(lastQuery(fake.bridge.reportsGet.mock.calls).variant).toEqual({ character_type: 'depth' })
    expect(wrapper.get('[data-testid="habits-table"] thead').text()).toContain('启动次数')

    await wrapper.get('[data-testid="variant-frequency"]').trigger('click')
    await flushPromises()
    expect(lastQuery(fake.bridge.reportsGet.mock.calls).variant).toEqual({ character_type: 'frequency' })
    expect(wrapper.get('[data-testid="habits-table"] thead').text()).toContain('启动用户数')
    expect(cells(wrapper, 'habits-table')[0]?.slice(0, 3)).toEqual(['1次', '300', '75.00'])
    // A distribution keeps the API's bucket order on the chart.
    const chart = wrapper.getComponent({ name: 'BarChart' }).props('input') as BarChartInput
    expect(chart.labels).toEqual(['1次', '2次'])
    expect(chart.horizontal).toBe(false)
  })
})

describe('retention', () => {
  it('switches count/ratio and day/week/month, each a query of its own', async () => {
    const { wrapper, fake } = await mountTab('retention')
    expect(lastQuery(fake.bridge.reportsGet.mock.calls).variant).toEqual({ report_type: 'count', gran: 'day' })
    await wrapper.get('[data-testid="variant-ratio"]').trigger('click')
    await flushPromises()
    expect(lastQuery(fake.bridge.reportsGet.mock.calls).variant).toEqual({ report_type: 'ratio', gran: 'day' })
    await wrapper.get('[data-testid="variant-week"]').trigger('click')
    await flushPromises()
    expect(lastQuery(fake.bridge.reportsGet.mock.calls).variant).toEqual({ report_type: 'ratio', gran: 'week' })
    const header = wrapper.get('[data-testid="retention-table"] thead').text()
    expect(header).toContain('第2周 (%)')
    expect(header).not.toContain('第2天')
    expect(cells(wrapper, 'retention-table')[0]?.[0]).toBe('W 2019/04/13')
  })

  it('shows periods not reached yet as "--" (never 0), hatched, and shades reached ones by rate', async () => {
    const { wrapper } = await mountTab('retention')
    const rows = cells(wrapper, 'retention-table')
    // The newest cohort has reached no period; the oldest two.
    expect(rows[2]?.slice(2)).toEqual(Array(8).fill('--'))
    expect(rows[0]?.slice(2, 5)).toEqual(['500', '333', '--'])
    expect(rows.flat()).not.toContain('0')
    const na = wrapper.findAll('[data-testid="retention-table"] tbody tr')[2]!.findAll('.report-table__na')
    expect(na).toHaveLength(8)
    expect(na[0]?.attributes('title')).toContain('不是 0')
    const tds = wrapper.findAll('[data-testid="retention-table"] tbody tr')[0]!.findAll('td')
    expect(tds[2]?.attributes('style')).toContain('background-color')
    expect(tds[4]?.attributes('style')).toContain('repeating-linear-gradient')
  })
})

describe('portrait', () => {
  it('shows age, sex and interests, each as a chart and a table', async () => {
    const { wrapper } = await mountTab('portrait')
    for (const d of ['age', 'sex', 'interest']) {
      expect(wrapper.find(`[data-testid="portrait-chart-${d}"]`).exists()).toBe(true)
      expect(wrapper.findAll(`[data-testid="portrait-table-${d}"] tbody tr`)).toHaveLength(2)
    }
    expect(cells(wrapper, 'portrait-table-sex')).toEqual([
      ['男', '55.00'],
      ['女', '--']
    ])
    const charts = wrapper.findAllComponents({ name: 'BarChart' }).map((c) => c.props('input') as BarChartInput)
    // Interests are ranked (largest first), ages keep their order.
    expect(charts[0]?.labels).toEqual(['18-24岁', '25-34岁'])
    expect(charts[2]?.labels).toEqual(['教育培训', '旅游出行'])
    expect(charts[2]?.horizontal).toBe(true)
  })
})

describe('region', () => {
  it('ranks provinces on the chart by the metric chosen, and in the table by sessions', async () => {
    const { wrapper } = await mountTab('region')
    expect(cells(wrapper, 'region-table').map((r) => r.slice(0, 2))).toEqual([
      ['1', '广东'],
      ['2', '山东'],
      ['3', '西藏']
    ])
    const chart = wrapper.getComponent({ name: 'BarChart' }).props('input') as BarChartInput
    expect(chart.labels).toEqual(['广东', '山东', '西藏'])
    expect(chart.unit).toBe('percent')
    expect(wrapper.get('[data-testid="region-table"] .el-table__footer').text()).toContain('11,067')
  })
})
