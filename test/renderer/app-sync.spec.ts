import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import App from '../../src/renderer/src/App.vue'
import { useSyncStore } from '../../src/renderer/src/stores/sync'
import { presetRange } from '../../src/shared/calendar'
import { DEFAULT_APP_SETTINGS } from '../../src/shared/sync'
import { APP_INFO, DEMO_ACCOUNT, ok } from './support/fake-bridge'
import { syncProgress, syncSummary, syncTask } from './support/fixtures'
import { reportView } from './support/report-fixtures'
import type { MetricRow } from '../../src/shared/report-data'
import { harness, mountWith } from './support/mount'

type Setup = (h: ReturnType<typeof harness>) => void

async function mountApp(setup: Setup = () => {}) {
  const h = harness()
  setup(h)
  const wrapper = mountWith(App, h.pinia)
  await flushPromises()
  return { ...h, wrapper, sync: useSyncStore() }
}

const offline: Setup = (h) =>
  h.fake.bridge.appInfo.mockResolvedValue(ok({ ...APP_INFO, connectivity: { online: false, since: 5, reason: 'network' } }))
const autoSyncOff: Setup = (h) => h.fake.setStoredSettings({ ...DEFAULT_APP_SETTINGS, autoSyncOnOpen: false })

describe('sync in the app shell', () => {
  it('syncs the current account for the visible range on open, with a quiet indicator and no drawer', async () => {
    const { wrapper, fake, sync } = await mountApp()
    expect(fake.bridge.syncStart).toHaveBeenCalledTimes(1)
    expect(fake.bridge.syncStart).toHaveBeenCalledWith({ accounts: ['demo'], ...presetRange('last30') })
    expect(sync.panelOpen).toBe(false)
    expect(wrapper.find('[data-testid="sync-panel"]').exists()).toBe(false)

    fake.emit('sync:progress', syncProgress({ requestsDone: 10, requestsTotal: 40 }))
    await flushPromises()
    const indicator = wrapper.get('[data-testid="sync-indicator"]')
    expect(indicator.text()).toContain('自动同步中 25%')
    await indicator.trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="sync-panel"]').attributes('data-phase')).toBe('running')

    fake.emit('sync:finished', syncSummary())
    await flushPromises()
    expect(wrapper.find('[data-testid="sync-indicator"]').exists()).toBe(false)
  })

  it.each([
    ['offline', offline],
    ['auto-sync is switched off', autoSyncOff]
  ])('does not sync on open when %s', async (_name, setup) => {
    const { wrapper, fake } = await mountApp(setup)
    expect(fake.bridge.syncStart).not.toHaveBeenCalled()
    expect(wrapper.find('[data-testid="sync-indicator"]').exists()).toBe(false)
  })

  it('picks up a run already going instead of starting another (a reload mid-run)', async () => {
    const { wrapper, fake, sync } = await mountApp((h) =>
      h.fake.bridge.syncStatus.mockResolvedValue(ok(syncProgress({ runId: 'run-x', requestsDone: 4, tasks: [syncTask({ id: 'a', state: 'running' })] })))
    )
    expect(fake.bridge.syncStart).not.toHaveBeenCalled()
    expect(sync.head?.runId).toBe('run-x')
    expect(wrapper.get('[data-testid="sync-indicator"]').text()).toContain('同步中 10%')
    expect(wrapper.get('[data-testid="sync-all"]').attributes('disabled')).toBeDefined()
  })

  it('opens the panel from the header, and "sync all accounts" starts a run of every account', async () => {
    const { wrapper, fake } = await mountApp(autoSyncOff)
    await wrapper.get('[data-testid="sync-open"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="sync-panel"]').attributes('data-phase')).toBe('idle')
    expect(fake.bridge.syncStart).not.toHaveBeenCalled()

    await wrapper.get('[data-testid="sync-all"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.syncStart).toHaveBeenCalledWith({ accounts: 'all', ...presetRange('last30') })
    expect(wrapper.get('[data-testid="sync-panel"]').attributes('data-phase')).toBe('running')
    expect(wrapper.get('[data-testid="sync-all"]').attributes('disabled')).toBeDefined()
  })

  it('reloads every query of the visible tab from the cache when the run finishes, so the new numbers show', async () => {
    const { wrapper, fake } = await mountApp()
    // The overview shows three queries: the daily trend and activity, and the week's pages.
    expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(3)
    expect(wrapper.get('[data-testid="overview-entry-pages"]').text()).not.toContain('9,999')

    fake.bridge.reportsGet.mockImplementation(async (q) => {
      const view = reportView(q, { source: 'cache' })
      if (q.report !== 'pages') return ok(view)
      const rows = (view.data.rows as MetricRow[]).map((r) => ({ ...r, values: { ...r.values, entry_count: 9999 } }))
      return ok({ ...view, data: { ...view.data, rows } } as typeof view)
    })
    fake.emit('sync:progress', syncProgress({ tasks: [syncTask({ id: 'a', accountId: DEMO_ACCOUNT.id, state: 'running' })] }))
    fake.emit('sync:finished', syncSummary())
    await flushPromises()
    expect(fake.bridge.reportsGet).toHaveBeenCalledTimes(6)
    for (const call of fake.bridge.reportsGet.mock.calls.slice(3)) expect(call[0]).not.toHaveProperty('refresh')
    expect(wrapper.get('[data-testid="overview-entry-pages"]').text()).toContain('9,999')
  })

  it('tells the user when the cache file was damaged and set aside, until dismissed', async () => {
    const { wrapper } = await mountApp((h) =>
      h.fake.bridge.appInfo.mockResolvedValue(
        ok({ ...APP_INFO, cacheRecovery: { damagedFile: 'cache.damaged-20240131.sqlite', reason: 'database disk image is malformed' } })
      )
    )
    const alert = wrapper.get('[data-testid="cache-recovery"]')
    expect(alert.text()).toContain('本地缓存文件已损坏')
    expect(alert.text()).toContain('cache.damaged-20240131.sqlite')
    expect(alert.text()).toContain('重新同步')
    await alert.get('.el-alert__close-btn').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="cache-recovery"]').exists()).toBe(false)
  })

  it('shows no recovery notice for a healthy cache', async () => {
    const { wrapper } = await mountApp()
    expect(wrapper.find('[data-testid="cache-recovery"]').exists()).toBe(false)
  })
})
