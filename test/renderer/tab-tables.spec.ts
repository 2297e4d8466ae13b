// The tables that do more than list: sources expand into scenes, pages are searched and sorted.
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { BarChartInput } from '../../src/renderer/src/charts/bar-chart'
import { useSettingsStore } from '../../src/renderer/src/stores/settings'
import { cells, mountTab } from './support/tabs'

describe('sources', () => {
  it('lists source groups, and each expands into its scenes and collapses again', async () => {
    const { wrapper } = await mountTab('sources')
    expect(cells(wrapper, 'sources-table').map((r) => r[0])).toEqual(['百度搜索', '未知来源'])
    // A group without scenes has nothing to expand.
    expect(wrapper.findAll('[data-testid="row-toggle"]')).toHaveLength(1)

    const toggle = wrapper.get('[data-testid="row-toggle"]')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    const names = cells(wrapper, 'sources-table').map((r) => r[0])
    // Scenes under their group, sorted like the groups; an id the scene table lacks shows as the id.
    expect(names).toEqual(['百度搜索', '自然结果10810008', '99999999', '未知来源'])
    expect(wrapper.get('[data-testid="row-toggle"]').attributes('aria-expanded')).toBe('true')
    expect(cells(wrapper, 'sources-table')[1]?.slice(1, 3)).toEqual(['400', '40.00'])

    await wrapper.get('[data-testid="row-toggle"]').trigger('click')
    expect(cells(wrapper, 'sources-table')).toHaveLength(2)

    await wrapper.get('[data-testid="rows-expand-all"]').trigger('click')
    expect(cells(wrapper, 'sources-table')).toHaveLength(4)
    await wrapper.get('[data-testid="rows-collapse-all"]').trigger('click')
    expect(cells(wrapper, 'sources-table')).toHaveLength(2)
  })

  it('names groups and scenes in English too, and charts the groups’ shares', async () => {
    const { wrapper } = await mountTab('sources')
    useSettingsStore().setLocale('en')
    await flushPromises()
    await wrapper.get('[data-testid="row-toggle"]').trigger('click')
    expect(cells(wrapper, 'sources-table').map((r) => r[0])).toEqual(['Baidu search', 'Organic search result10810008', '99999999', 'Unknown source'])
    const chart = wrapper.getComponent({ name: 'BarChart' }).props('input') as BarChartInput
    expect(chart.labels).toEqual(['Baidu search', 'Unknown source'])
    expect(chart.values).toEqual([50, 8])
    expect(chart.unit).toBe('percent')
  })
})

describe('pages', () => {
  it('shows every page by alias or path, most viewed first', async () => {
    const { wrapper } = await mountTab('pages')
    expect(cells(wrapper, 'pages-table').map((r) => r[0])).toEqual(['首页pages/index/index', 'pages/detail/detail', 'pages/order/order'])
    expect(wrapper.get('[data-testid="pages-table"] .el-table__footer').text()).toContain('1,700')
    const chart = wrapper.getComponent({ name: 'BarChart' }).props('input') as BarChartInput
    expect(chart.labels).toEqual(['首页', 'pages/detail/detail', 'pages/order/order'])
  })

  it('filters by path or alias as one types', async () => {
    const { wrapper } = await mountTab('pages')
    const search = wrapper.get('input[data-testid="pages-search"]')
    await search.setValue('ORDER')
    expect(cells(wrapper, 'pages-table').map((r) => r[0])).toEqual(['pages/order/order'])
    expect(wrapper.text()).toContain('匹配 1 / 3 个页面')
    // The totals describe every page, so they go while a search narrows the list.
    expect(wrapper.find('[data-testid="pages-table"] .el-table__footer').exists()).toBe(false)
    await search.setValue('首页')
    expect(cells(wrapper, 'pages-table').map((r) => r[0])).toEqual(['首页pages/index/index'])
    await search.setValue('nothing-like-this')
    expect(cells(wrapper, 'pages-table')).toEqual([])
    await search.setValue('')
    expect(cells(wrapper, 'pages-table')).toHaveLength(3)
  })

  it('sorts by any column, both ways, with "--" last either way', async () => {
    const { wrapper } = await mountTab('pages')
    const header = () => wrapper.findAll('[data-testid="pages-table"] thead th').find((th) => th.text().includes('入口页次数'))!
    const entries = () => cells(wrapper, 'pages-table').map((r) => r[7])
    await header().find('.caret-wrapper .ascending').trigger('click')
    await flushPromises()
    expect(entries()).toEqual(['100', '700', '--'])
    await header().find('.caret-wrapper .descending').trigger('click')
    await flushPromises()
    expect(entries()).toEqual(['700', '100', '--'])
  })
})
