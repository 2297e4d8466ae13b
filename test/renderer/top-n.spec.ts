// Top-N rankings: the pages tab's chart and the overview's top pages show the ten largest by the
// chosen metric, largest first, and a ranking chart's metric selector reorders it.
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { BarChartInput } from '../../src/renderer/src/charts/bar-chart'
import { i18n } from '../../src/renderer/src/i18n'
import type { ReportQuery } from '../../src/shared/dto'
import type { PageRow } from '../../src/shared/report-data'
import { ok } from './support/fake-bridge'
import { reportData, reportView } from './support/report-fixtures'
import { cells, mountTab } from './support/tabs'

/** 15 pages: views grow with the number, entries shrink with it, and page 3's entries are "--". */
const PAGES: PageRow[] = Array.from({ length: 15 }, (_, i) => {
  const n = i + 1
  const path = `pages/p${n}/index`
  return {
    name: path,
    pageId: `${n}`,
    path,
    alias: '',
    values: { pv_count: n * 100, pv_ratio: n, pv_user_count: n * 10, average_stay_time: 20, stay_time_ratio: 5, bounce_ratio: 30, entry_count: n === 3 ? null : (16 - n) * 7, exit_count: 50 }
  }
})
const path = (n: number) => `pages/p${n}/index`
const answer = (q: ReportQuery) => ok(q.report === 'pages' ? reportView(q, { data: reportData('pages', {}, PAGES) }) : reportView(q))

function chart(wrapper: VueWrapper, testid: string): BarChartInput {
  return wrapper.get(`[data-testid="${testid}"]`).getComponent({ name: 'BarChart' }).props('input') as BarChartInput
}

/** Picks an option of the ranking's metric selector, as a user would from its dropdown. */
async function pickMetric(wrapper: VueWrapper, testid: string, text: string): Promise<void> {
  await wrapper.get(`[data-testid="${testid}-metric"]`).trigger('click')
  await flushPromises()
  const option = [...document.body.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((o) => o.textContent?.trim() === text)
  expect(option, text).toBeDefined()
  option!.click()
  await flushPromises()
}

describe('pages top-N chart', () => {
  it('ranks exactly the ten most viewed of 15 pages, most first, and says it shows 10 of 15', async () => {
    const { wrapper } = await mountTab('pages', (h) => h.fake.bridge.reportsGet.mockImplementation(async (q) => answer(q)))
    expect(cells(wrapper, 'pages-table')).toHaveLength(15)
    const input = chart(wrapper, 'pages-chart')
    expect(input.label).toBe('访问次数')
    expect(input.labels).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6].map(path))
    expect(input.values).toEqual([1500, 1400, 1300, 1200, 1100, 1000, 900, 800, 700, 600])
    expect(input.horizontal).toBe(true)
    expect(wrapper.text()).toContain(i18n.global.t('report.topNote', { n: 10, total: 15 }))
  })

  it('reorders by the metric chosen in its selector, leaving out pages whose value is "--"', async () => {
    const { wrapper } = await mountTab('pages', (h) => h.fake.bridge.reportsGet.mockImplementation(async (q) => answer(q)))
    await pickMetric(wrapper, 'pages-chart', '入口页次数')
    const input = chart(wrapper, 'pages-chart')
    expect(input.label).toBe('入口页次数')
    expect(input.labels).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11].map(path))
    expect(input.values).toEqual([105, 98, 84, 77, 70, 63, 56, 49, 42, 35])
    // The table keeps its own order (views, most first).
    expect(cells(wrapper, 'pages-table')[0]?.[0]).toBe(path(15))
  })
})

describe('region ranking chart', () => {
  it('reorders the provinces by the metric chosen, dropping one whose value is "--"', async () => {
    const { wrapper } = await mountTab('region')
    expect(chart(wrapper, 'region-chart').labels).toEqual(['广东', '山东', '西藏'])
    await pickMetric(wrapper, 'region-chart', '新用户占比')
    expect(chart(wrapper, 'region-chart')).toMatchObject({ label: '新用户占比', labels: ['广东', '西藏'], values: [8.53, 0.01] })
  })
})

describe('overview top pages', () => {
  it('lists the ten pages with the most entries and the ten most visited, largest first', async () => {
    const { wrapper } = await mountTab('overview', (h) => h.fake.bridge.reportsGet.mockImplementation(async (q) => answer(q)))
    const entry = cells(wrapper, 'overview-entry-pages')
    expect(entry.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    expect(entry.map((r) => r[1])).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11].map(path))
    expect(entry.map((r) => r[2])).toEqual(['105', '98', '84', '77', '70', '63', '56', '49', '42', '35'])
    const visited = cells(wrapper, 'overview-visited-pages')
    expect(visited.map((r) => r[1])).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6].map(path))
    expect(visited.map((r) => r[2])).toEqual(['1,500', '1,400', '1,300', '1,200', '1,100', '1,000', '900', '800', '700', '600'])
  })
})
