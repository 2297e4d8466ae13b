import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import App from '../../src/renderer/src/App.vue'
import { SETTINGS_STORAGE } from '../../src/renderer/src/stores/settings'
import { presetRange, RANGE_PRESETS } from '../../src/shared/calendar'
import { DOCS_URL } from '../../src/shared/external-links'
import type { ReportQuery } from '../../src/shared/dto'
import { addDays } from '../../src/shared/calendar'
import { harness, mountWith } from './support/mount'

async function mountApp() {
  const h = harness()
  const wrapper = mountWith(App, h.pinia)
  await flushPromises()
  return { ...h, wrapper }
}

describe('App shell', () => {
  it('opens on the demo account, the last 30 days and the overview of yesterday', async () => {
    const { wrapper, fake } = await mountApp()
    expect(fake.bridge.accountsList).toHaveBeenCalledTimes(1)
    expect(wrapper.get('[data-testid="account-picker"]').text()).toContain('演示小程序')
    const tabs = wrapper.findAll('[role="tab"]').map((t) => t.attributes('data-testid'))
    expect(tabs).toEqual(['tab-overview', 'tab-trend', 'tab-activity', 'tab-retention', 'tab-portrait', 'tab-region', 'tab-terminal', 'tab-pages', 'tab-habits', 'tab-sources'])
    expect(wrapper.get('[data-testid="tab-overview"]').attributes('aria-selected')).toBe('true')
    expect(wrapper.get('[data-testid="tab-overview"]').text()).toBe('概况')
    expect(wrapper.get('[data-testid="tab-trend"]').text()).toBe('用户趋势')
    expect(wrapper.get('[data-testid="range-preset-last30"]').attributes('aria-pressed')).toBe('true')
    expect(wrapper.find('[data-testid="range-picker"]').exists()).toBe(true)
    // Yesterday against a day, a week and 30 days before: one daily query reaching back 30 days.
    const yesterday = presetRange('yesterday')!.to
    expect(fake.bridge.reportsGet).toHaveBeenCalledWith({ accountId: 'demo', report: 'trend', variant: { gran: 'day' }, from: addDays(yesterday, -30), to: yesterday })
    expect(fake.bridge.reportsGet).toHaveBeenCalledWith({ accountId: 'demo', report: 'pages', variant: {}, from: addDays(yesterday, -6), to: yesterday })
    expect(wrapper.find('[data-testid="overview-visited-pages"]').exists()).toBe(true)
  })

  it('shows the trend tab for the header range once chosen, and reopens on it', async () => {
    const { wrapper, fake } = await mountApp()
    await wrapper.get('[data-testid="tab-trend"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.reportsGet).toHaveBeenLastCalledWith({ accountId: 'demo', report: 'trend', variant: { gran: 'day' }, ...presetRange('last30') })
    expect(wrapper.find('[data-testid="trend-table"]').exists()).toBe(true)
    expect(JSON.parse(localStorage.getItem(SETTINGS_STORAGE) ?? '{}')).toMatchObject({ tab: 'trend' })
  })

  it('has a button per range preset, disabled when the preset has no complete day', async () => {
    // 1 March in Beijing: "this month" holds no complete day yet.
    vi.useFakeTimers({ now: Date.UTC(2024, 1, 29, 17, 0), toFake: ['Date'] })
    const { wrapper, fake } = await mountApp()
    for (const preset of RANGE_PRESETS) expect(wrapper.find(`[data-testid="range-preset-${preset}"]`).exists()).toBe(true)
    expect(wrapper.get('[data-testid="range-preset-thisMonth"]').attributes('disabled')).toBeDefined()
    expect(wrapper.get('[data-testid="range-preset-last7"]').attributes('disabled')).toBeUndefined()

    await wrapper.get('[data-testid="tab-trend"]').trigger('click')
    await wrapper.get('[data-testid="range-preset-last7"]').trigger('click')
    await flushPromises()
    const query = fake.bridge.reportsGet.mock.calls.at(-1)?.[0] as ReportQuery
    expect(query).toMatchObject({ from: '20240223', to: '20240229' })
    expect(wrapper.get('[data-testid="range-preset-last7"]').attributes('aria-pressed')).toBe('true')
  })

  it('switches the whole UI to English and remembers it', async () => {
    const { wrapper } = await mountApp()
    await wrapper.get('[data-testid="locale-switch"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="tab-overview"]').text()).toBe('Overview')
    expect(wrapper.get('[data-testid="tab-trend"]').text()).toBe('User trend')
    await wrapper.get('[data-testid="tab-trend"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="range-preset-last30"]').text()).toBe('Last 30 days')
    expect(wrapper.get('[data-testid="gran-week"]').text()).toBe('By week')
    expect(wrapper.get('[data-testid="docs-link"]').text()).toBe('Data docs')
    expect(document.documentElement.lang).toBe('en')
    expect(JSON.parse(localStorage.getItem(SETTINGS_STORAGE) ?? '{}')).toMatchObject({ locale: 'en' })
  })

  it('switches to the dark theme', async () => {
    const { wrapper } = await mountApp()
    await wrapper.get('[data-testid="theme-switch"]').trigger('click')
    expect(document.documentElement.classList.contains('dark')).toBe(true)
    expect(JSON.parse(localStorage.getItem(SETTINGS_STORAGE) ?? '{}')).toMatchObject({ theme: 'dark' })
  })

  it('opens the data docs through the host', async () => {
    const { wrapper, fake } = await mountApp()
    await wrapper.get('[data-testid="docs-link"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.shellOpenExternal).toHaveBeenCalledWith({ url: DOCS_URL })
  })
})
