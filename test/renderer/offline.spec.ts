import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import App from '../../src/renderer/src/App.vue'
import { useAppStore } from '../../src/renderer/src/stores/app'
import { ERROR_MESSAGES } from '../../src/shared/errors'
import { APP_INFO, fail, ok } from './support/fake-bridge'
import { reportView } from './support/report-fixtures'
import { SETTINGS_STORAGE } from '../../src/renderer/src/stores/settings'
import { harness, mountWith } from './support/mount'

async function mountApp(configure: (h: ReturnType<typeof harness>) => void = () => {}) {
  const h = harness()
  // These checks look at the trend tab; the app otherwise opens on the overview.
  localStorage.setItem(SETTINGS_STORAGE, JSON.stringify({ tab: 'trend' }))
  configure(h)
  const wrapper = mountWith(App, h.pinia)
  await flushPromises()
  return { ...h, wrapper }
}

describe('offline', () => {
  it('shows the banner from app:info at start, with the reason translated', async () => {
    const { wrapper } = await mountApp((h) =>
      h.fake.bridge.appInfo.mockResolvedValue(ok({ ...APP_INFO, connectivity: { online: false, since: 5, reason: 'timeout' } }))
    )
    const banner = wrapper.get('[data-testid="offline-banner"]')
    expect(banner.attributes('role')).toBe('status')
    expect(banner.text()).toContain('离线：显示本地缓存的数据')
    expect(banner.text()).toContain(ERROR_MESSAGES.timeout.zh)
  })

  it('follows app:connectivity events both ways, and the trend tab says its numbers are the offline copy', async () => {
    const { wrapper, fake } = await mountApp((h) =>
      h.fake.bridge.reportsGet.mockImplementation(async (q) => ok(reportView(q, { source: 'cache' })))
    )
    expect(wrapper.find('[data-testid="offline-banner"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="as-of-source"]').text()).toBe('来自本地缓存')

    fake.emit('app:connectivity', { online: false, since: 2_000, reason: 'network' })
    await flushPromises()
    expect(wrapper.get('[data-testid="offline-banner"]').text()).toContain(ERROR_MESSAGES.network.zh)
    expect(wrapper.get('[data-testid="as-of-offline"]').text()).toContain('离线')
    expect(wrapper.get('[data-testid="as-of"]').text()).toContain('本地缓存')
    // The report stays on screen: offline changes what it says, not what it shows.
    expect(wrapper.find('[data-testid="trend-table"]').exists()).toBe(true)

    // An older state arriving late does not undo a newer one.
    fake.emit('app:connectivity', { online: true, since: 1_500, reason: null })
    await flushPromises()
    expect(wrapper.find('[data-testid="offline-banner"]').exists()).toBe(true)

    fake.emit('app:connectivity', { online: true, since: 3_000, reason: null })
    await flushPromises()
    expect(wrapper.find('[data-testid="offline-banner"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="as-of-offline"]').exists()).toBe(false)
  })

  it('keeps the cached numbers when a refresh fails offline', async () => {
    const { wrapper, fake } = await mountApp()
    fake.emit('app:connectivity', { online: false, since: 2_000, reason: 'network' })
    fake.bridge.reportsGet.mockResolvedValueOnce(fail('network'))
    await wrapper.get('[data-testid="refresh"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="trend-table"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="offline-banner"]').exists()).toBe(true)
  })

  it("takes the browser's offline event as a hint, and asks main again when the link is back", async () => {
    const { wrapper, fake } = await mountApp()
    window.dispatchEvent(new Event('offline'))
    await flushPromises()
    expect(wrapper.get('[data-testid="offline-banner"]').text()).toContain(ERROR_MESSAGES.network.zh)
    expect(fake.bridge.appInfo).toHaveBeenCalledTimes(1)

    window.dispatchEvent(new Event('online'))
    await flushPromises()
    expect(fake.bridge.appInfo).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[data-testid="offline-banner"]').exists()).toBe(false)
    wrapper.unmount()
    // Unmounting lets go of the window listeners.
    window.dispatchEvent(new Event('offline'))
    expect(useAppStore().offline).toBe(false)
  })

  it('shows the English banner', async () => {
    const { wrapper } = await mountApp((h) =>
      h.fake.bridge.appInfo.mockResolvedValue(ok({ ...APP_INFO, connectivity: { online: false, since: 5, reason: 'ip_whitelist' } }))
    )
    await wrapper.get('[data-testid="locale-switch"]').trigger('click')
    const text = wrapper.get('[data-testid="offline-banner"]').text()
    expect(text).toContain('Offline: showing data from the local cache')
    expect(text).toContain(ERROR_MESSAGES.ip_whitelist.en)
  })
})
