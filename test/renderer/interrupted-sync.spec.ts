// The notice about a sync a crash or quit cut short: what it says (zh and en), resume starts the same
// sync with its progress in the sync panel, dismiss tells main, and it stays out of a running sync's way.
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import App from '../../src/renderer/src/App.vue'
import { SETTINGS_STORAGE } from '../../src/renderer/src/stores/settings'
import { useSyncStore } from '../../src/renderer/src/stores/sync'
import { formatDateTime } from '../../src/shared/format'
import { DEFAULT_APP_SETTINGS, type InterruptedSync } from '../../src/shared/sync'
import { fail, ok } from './support/fake-bridge'
import { syncSummary } from './support/fixtures'
import { harness, mountWith } from './support/mount'

const STARTED = Date.UTC(2026, 10, 20, 1, 30)
const OFFER: InterruptedSync = {
  runId: 'crashed-run',
  request: { accounts: ['demo'], reports: ['trend', 'activity'], from: '20250101', to: '20250131' },
  startedAt: STARTED,
  requestsDone: 40,
  requestsTotal: 1200
}

async function mountApp(options: { offer?: InterruptedSync | null; locale?: 'en'; autoSync?: boolean } = {}) {
  const h = harness()
  if (options.locale) localStorage.setItem(SETTINGS_STORAGE, JSON.stringify({ locale: options.locale }))
  h.fake.setStoredSettings({ ...DEFAULT_APP_SETTINGS, autoSyncOnOpen: options.autoSync === true })
  h.fake.bridge.syncInterrupted.mockResolvedValue(ok(options.offer === undefined ? OFFER : options.offer))
  const wrapper = mountWith(App, h.pinia)
  await flushPromises()
  return { ...h, wrapper, sync: useSyncStore() }
}

describe('the interrupted sync notice', () => {
  it('says in Chinese when the sync started, what it covered and how far it got', async () => {
    const { wrapper } = await mountApp()
    const notice = wrapper.get('[data-testid="sync-interrupted"]')
    expect(notice.text()).toContain('上次同步未完成')
    expect(notice.text()).toContain(
      `${formatDateTime(STARTED, 'zh-CN')} 开始的同步（演示小程序，2025-01-01 至 2025-01-31）在完成 40/1,200 个请求后中断`
    )
    expect(notice.get('[data-testid="sync-interrupted-resume"]').text()).toBe('继续同步')
    expect(notice.get('[data-testid="sync-interrupted-dismiss"]').text()).toBe('忽略')
  })

  it('says it in English, for every account', async () => {
    const { wrapper } = await mountApp({ locale: 'en', offer: { ...OFFER, request: { ...OFFER.request, accounts: 'all' } } })
    const notice = wrapper.get('[data-testid="sync-interrupted"]')
    expect(notice.text()).toContain('The last sync did not finish')
    expect(notice.text()).toContain(
      `The sync started ${formatDateTime(STARTED, 'en')} (all accounts, 2025-01-01 to 2025-01-31) stopped after 40 of 1,200 requests.`
    )
    expect(notice.get('[data-testid="sync-interrupted-resume"]').text()).toBe('Resume')
    expect(notice.get('[data-testid="sync-interrupted-dismiss"]').text()).toBe('Dismiss')
  })

  it('resume starts the same sync, shows it in the sync panel, and the notice goes', async () => {
    const { wrapper, fake, sync } = await mountApp()
    expect(fake.bridge.syncStart).not.toHaveBeenCalled()
    await wrapper.get('[data-testid="sync-interrupted-resume"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.syncStart).toHaveBeenCalledTimes(1)
    expect(fake.bridge.syncStart).toHaveBeenCalledWith(OFFER.request)
    expect(sync.panelOpen).toBe(true)
    expect(wrapper.get('[data-testid="sync-panel"]').attributes('data-phase')).toBe('running')
    expect(wrapper.find('[data-testid="sync-interrupted"]').exists()).toBe(false)

    // Main stopped offering it when the resume started; the end of the run asks again.
    fake.bridge.syncInterrupted.mockResolvedValue(ok(null))
    const asked = fake.bridge.syncInterrupted.mock.calls.length
    fake.emit('sync:finished', syncSummary({ runId: 'run-1' }))
    await flushPromises()
    expect(fake.bridge.syncInterrupted.mock.calls.length).toBeGreaterThan(asked)
    expect(wrapper.find('[data-testid="sync-interrupted"]').exists()).toBe(false)
  })

  it('dismiss tells main which run, and the notice goes', async () => {
    const { wrapper, fake } = await mountApp({ locale: 'en' })
    await wrapper.get('[data-testid="sync-interrupted-dismiss"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.syncDismissInterrupted).toHaveBeenCalledWith({ runId: 'crashed-run' })
    expect(fake.bridge.syncStart).not.toHaveBeenCalled()
    expect(wrapper.find('[data-testid="sync-interrupted"]').exists()).toBe(false)
  })

  it('comes back with the reason when dismissing fails', async () => {
    const { wrapper, fake } = await mountApp()
    fake.bridge.syncDismissInterrupted.mockResolvedValue(fail('internal'))
    await wrapper.get('[data-testid="sync-interrupted-dismiss"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="sync-interrupted-error"]').text()).toContain('无法忽略')
  })

  it('stays out of the way while a sync runs, and is back after it if main still offers the run', async () => {
    const { wrapper, fake } = await mountApp({ autoSync: true })
    expect(fake.bridge.syncStart).toHaveBeenCalledTimes(1)
    expect(wrapper.find('[data-testid="sync-interrupted"]').exists()).toBe(false)
    fake.emit('sync:finished', syncSummary({ runId: 'run-1' }))
    await flushPromises()
    expect(wrapper.find('[data-testid="sync-interrupted"]').exists()).toBe(true)
  })

  it('shows nothing when main offers no run', async () => {
    const { wrapper } = await mountApp({ offer: null })
    expect(wrapper.find('[data-testid="sync-interrupted"]').exists()).toBe(false)
  })
})
