// What the chart components hand to Chart.js (vue-chartjs's Line and Bar, stubbed here): colours
// of the theme chosen, following a switch at runtime, and plain objects rather than Vue proxies.
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import type { ChartData, ChartOptions } from 'chart.js'
import { describe, expect, it, vi } from 'vitest'
import { isProxy, isReactive, nextTick } from 'vue'
import { useAccountsStore } from '../../src/renderer/src/stores/accounts'
import { useRangeStore } from '../../src/renderer/src/stores/range'
import { useSettingsStore } from '../../src/renderer/src/stores/settings'
import { TAB_VIEWS } from '../../src/renderer/src/views/report-views'
import type { TabId } from '../../src/renderer/src/views/tabs'
import { chartChrome, type Theme } from '../../src/shared/charts/palette'
import { harness, mountWith } from './support/mount'

// vue-chartjs's components, keeping the props a real chart would pass to Chart.js. (Stubbing them by
// name would also stub Element Plus's own scrollbar "Bar".)
vi.mock('vue-chartjs', async () => {
  const { defineComponent, h } = await import('vue')
  const chart = (name: string) => defineComponent({ name, props: { data: { type: Object, required: true }, options: { type: Object, required: true } }, render: () => h('canvas') })
  return { Line: chart('ChartJsLine'), Bar: chart('ChartJsBar') }
})
const Line = 'ChartJsLine'
const Bar = 'ChartJsBar'

/** A tab with its real chart components; only Chart.js itself (behind vue-chartjs) is stubbed. */
async function mountCharts(id: TabId, theme: Theme) {
  const h = harness()
  await useAccountsStore().load()
  useRangeStore().setRange({ from: '20190413', to: '20190415' })
  useSettingsStore().theme = theme
  const wrapper = mountWith(TAB_VIEWS[id], h.pinia, { global: { stubs: {} } })
  await flushPromises()
  return wrapper
}

type Handed = { data: ChartData; options: ChartOptions<'line'> & ChartOptions<'bar'> }
function handed(wrapper: VueWrapper, chart: typeof Line | typeof Bar): Handed[] {
  return wrapper.findAllComponents({ name: chart }).map((c) => ({ data: c.props('data') as ChartData, options: c.props('options') as Handed['options'] }))
}

/** Every colour of the chart's chrome: legend text, ticks, grid lines, tooltip. */
function chrome({ options }: Handed) {
  const scales = Object.values(options.scales ?? {}) as { ticks?: { color?: string }; grid?: { color?: string; display?: boolean } }[]
  return {
    legend: options.plugins?.legend?.labels?.color,
    ticks: [...new Set(scales.map((s) => s.ticks?.color))],
    grid: [...new Set(scales.flatMap((s) => (s.grid?.display === false ? [] : [s.grid?.color])))],
    tooltip: [options.plugins?.tooltip?.backgroundColor, options.plugins?.tooltip?.titleColor, options.plugins?.tooltip?.bodyColor]
  }
}

function expectChrome(chart: Handed, theme: Theme, legend: boolean): void {
  const c = chartChrome(theme)
  const got = chrome(chart)
  expect(got.ticks).toEqual([c.muted])
  expect(got.grid).toEqual([c.grid])
  expect(got.tooltip).toEqual([c.tooltipBackground, c.tooltipText, c.tooltipText])
  if (legend) expect(got.legend).toBe(c.text)
}

describe('charts in the dark theme', () => {
  it('draws line charts with the dark chrome, and the light one once the theme is switched', async () => {
    const wrapper = await mountCharts('trend', 'dark')
    const [line] = handed(wrapper, Line)
    expect(line).toBeDefined()
    expectChrome(line!, 'dark', true)

    useSettingsStore().toggleTheme()
    await nextTick()
    expect(document.documentElement.classList.contains('dark')).toBe(false)
    expectChrome(handed(wrapper, Line)[0]!, 'light', true)
  })

  it('draws bar charts with the dark chrome, and follows a switch to light and back', async () => {
    const wrapper = await mountCharts('region', 'dark')
    expectChrome(handed(wrapper, Bar)[0]!, 'dark', false)
    useSettingsStore().theme = 'light'
    await nextTick()
    expectChrome(handed(wrapper, Bar)[0]!, 'light', false)
    useSettingsStore().theme = 'dark'
    await nextTick()
    expectChrome(handed(wrapper, Bar)[0]!, 'dark', false)
  })

  it('gives sparklines the dark tooltip', async () => {
    const wrapper = await mountCharts('overview', 'dark')
    const sparks = handed(wrapper, Line)
    expect(sparks.length).toBeGreaterThan(0)
    const dark = chartChrome('dark')
    for (const s of sparks) expect(s.options.plugins?.tooltip).toMatchObject({ backgroundColor: dark.tooltipBackground, bodyColor: dark.tooltipText })
  })
})

describe('what Chart.js is handed', () => {
  function expectPlain({ data, options }: Handed): void {
    for (const value of [data, data.labels, data.datasets, ...data.datasets, ...data.datasets.map((d) => d.data), options, options.plugins, options.scales]) {
      expect(isProxy(value)).toBe(false)
      expect(isReactive(value)).toBe(false)
    }
  }

  it.each([
    ['LineChart', 'trend', Line],
    ['BarChart', 'pages', Bar],
    ['Sparkline', 'overview', Line]
  ] as const)('%s hands over plain data and options, not Vue proxies', async (_name, tab, chart) => {
    const wrapper = await mountCharts(tab, 'light')
    const charts = handed(wrapper, chart)
    expect(charts.length).toBeGreaterThan(0)
    for (const c of charts) expectPlain(c)
    // Still plain after a change of what is drawn.
    useSettingsStore().toggleTheme()
    await nextTick()
    for (const c of handed(wrapper, chart)) expectPlain(c)
  })
})
