import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SyncDrawer from '../../src/renderer/src/components/sync/SyncDrawer.vue'
import { useAccountsStore } from '../../src/renderer/src/stores/accounts'
import { useAppStore } from '../../src/renderer/src/stores/app'
import { useRangeStore } from '../../src/renderer/src/stores/range'
import { useSettingsStore } from '../../src/renderer/src/stores/settings'
import { useSyncStore } from '../../src/renderer/src/stores/sync'
import { ERROR_MESSAGES } from '../../src/shared/errors'
import { REPORT_IDS } from '../../src/shared/reports'
import { APP_INFO, DEMO_ACCOUNT, ok } from './support/fake-bridge'
import { syncProgress, syncSummary, syncTask } from './support/fixtures'
import { harness, mountWith } from './support/mount'

const SHOP = { ...DEMO_ACCOUNT, id: 'shop', name: '商城小程序', demo: false }

async function mountPanel() {
  const h = harness()
  h.fake.bridge.accountsList.mockResolvedValue(ok([DEMO_ACCOUNT, SHOP]))
  await useAccountsStore().load()
  useRangeStore().setRange({ from: '20240101', to: '20240130' })
  const sync = useSyncStore()
  sync.openPanel()
  const wrapper = mountWith(SyncDrawer, h.pinia)
  await flushPromises()
  return { ...h, sync, wrapper }
}

describe('sync panel', () => {
  it('shows what will be synced when idle: the header range, this account, every report ticked', async () => {
    const { wrapper } = await mountPanel()
    expect(wrapper.get('[data-testid="sync-panel"]').attributes('data-phase')).toBe('idle')
    expect(wrapper.get('[data-testid="sync-range"]').text()).toBe('2024-01-01 至 2024-01-30')
    expect(wrapper.get('[data-testid="sync-scope-current"]').text()).toContain('演示小程序')
    expect(wrapper.get('[data-testid="sync-scope-all"]').text()).toContain('2')
    for (const id of REPORT_IDS) {
      const box = wrapper.get<HTMLInputElement>(`[data-testid="sync-report-${id}"] input`)
      expect(box.element.checked, id).toBe(true)
    }
    expect(wrapper.get('[data-testid="sync-report-retention"]').text()).toBe('活跃用户留存')
    expect(wrapper.find('[data-testid="sync-progress"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="sync-summary"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="sync-tasks"]').exists()).toBe(false)
  })

  it('starts with the chosen scope and reports, and cannot start twice', async () => {
    const { wrapper, fake } = await mountPanel()
    await wrapper.get('[data-testid="sync-scope"] input[value="all"]').setValue(true)
    await wrapper.get('[data-testid="sync-report-tp"] input').setValue(false)
    await wrapper.get('[data-testid="sync-report-pages"] input').setValue(false)
    await wrapper.get('[data-testid="sync-start"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.syncStart).toHaveBeenCalledTimes(1)
    expect(fake.bridge.syncStart).toHaveBeenCalledWith({
      accounts: 'all',
      from: '20240101',
      to: '20240130',
      reports: REPORT_IDS.filter((id) => id !== 'tp' && id !== 'pages')
    })
    expect(wrapper.get('[data-testid="sync-panel"]').attributes('data-phase')).toBe('running')
    // The setup (and its start button) is out of reach while the run goes.
    expect(wrapper.get('[data-testid="sync-setup"]').isVisible()).toBe(false)
    expect(wrapper.get('[data-testid="sync-start"]').attributes('disabled')).toBeDefined()
    await wrapper.get('[data-testid="sync-start"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.syncStart).toHaveBeenCalledTimes(1)
  })

  it('disables start without any report, and says why', async () => {
    const { wrapper, fake } = await mountPanel()
    await wrapper.get('[data-testid="sync-reports-none"]').trigger('click')
    expect(wrapper.get('[data-testid="sync-start"]').attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('请至少选择一个报表')
    await wrapper.get('[data-testid="sync-report-trend"] input').setValue(true)
    expect(wrapper.get('[data-testid="sync-start"]').attributes('disabled')).toBeUndefined()
    await wrapper.get('[data-testid="sync-start"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.syncStart.mock.calls[0]?.[0]).toMatchObject({ accounts: ['demo'], reports: ['trend'] })
  })

  it('while running: progress with counters and time left, the current task, the task list and cancel', async () => {
    const { wrapper, fake, sync } = await mountPanel()
    await sync.startAll()
    fake.emit('sync:progress', syncProgress({
      requestsDone: 12,
      requestsTotal: 40,
      rows: 3456,
      etaMs: 42_000,
      current: { accountId: 'shop', report: 'retention', variant: 'gran=week&report_type=ratio' },
      tasks: [
        syncTask({ id: 't1', state: 'done', requests: 3, rows: 90 }),
        syncTask({ id: 't2', accountId: 'shop', report: 'retention', variant: 'gran=week&report_type=ratio', state: 'running', requests: 1 }),
        syncTask({ id: 't3', accountId: 'shop', report: 'activity', variant: '', state: 'pending' })
      ]
    }))
    await flushPromises()

    const progress = wrapper.get('[data-testid="sync-progress"]')
    expect(progress.attributes('aria-valuenow')).toBe('30')
    expect(progress.text()).toContain('请求 12/40 · 行 3,456 · 剩余约 0:42')
    expect(wrapper.get('[data-testid="sync-current"]').text()).toContain('商城小程序 · 活跃用户留存 · 留存率 · 按周')

    const rows = wrapper.findAll('[data-testid="sync-task"]')
    expect(rows.map((r) => r.attributes('data-state'))).toEqual(['done', 'running', 'pending'])
    expect(rows[0]!.text()).toContain('演示小程序')
    expect(rows[0]!.text()).toContain('用户趋势 · 按天')
    expect(rows[0]!.text()).toContain('3 次请求')
    expect(rows[0]!.text()).toContain('90 行')
    expect(rows[1]!.text()).toContain('进行中')

    // A delta updates one row in place.
    fake.emit('sync:progress', syncProgress({ requestsDone: 13, tasks: [syncTask({ id: 't3', accountId: 'shop', report: 'activity', variant: '', state: 'error', error: { code: 'permission', message: 'no' } })] }))
    await flushPromises()
    const failed = wrapper.findAll('[data-testid="sync-task"]')[2]!
    expect(failed.attributes('data-state')).toBe('error')
    expect(failed.get('[data-testid="sync-task-error"]').text()).toBe(ERROR_MESSAGES.permission.zh)
    expect(wrapper.findAll('[data-testid="sync-task"]')).toHaveLength(3)

    await wrapper.get('[data-testid="sync-cancel"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.syncCancel).toHaveBeenCalledWith({ runId: 'run-1' })
  })

  it('in English, the progress line reads the English way', async () => {
    const { wrapper, fake, sync } = await mountPanel()
    useSettingsStore().setLocale('en')
    await sync.startAll()
    fake.emit('sync:progress', syncProgress({ requestsDone: 12, requestsTotal: 40, rows: 3456, etaMs: 42_000 }))
    await flushPromises()
    expect(wrapper.get('[data-testid="sync-progress"]').text()).toContain('Requests 12/40 · Rows 3,456 · About 0:42 left')
    fake.emit('sync:progress', syncProgress({ tasks: [syncTask({ id: 'one', requests: 1, rows: 1 }), syncTask({ id: 'many', requests: 2, rows: 1200 })] }))
    await flushPromises()
    const rows = wrapper.findAll('[data-testid="sync-task"]')
    expect(rows[0]!.text()).toContain('1 request')
    expect(rows[0]!.text()).not.toContain('1 requests')
    expect(rows[0]!.text()).toContain('1 row')
    expect(rows[1]!.text()).toContain('2 requests')
    expect(rows[1]!.text()).toContain('1,200 rows')
    useSettingsStore().setLocale('zh-CN')
  })

  it('finished with errors: the summary, each error translated, and the setup to go again', async () => {
    const { wrapper, fake, sync } = await mountPanel()
    await sync.startAll()
    fake.emit('sync:progress', syncProgress({ tasks: [syncTask({ id: 't1', state: 'error', error: { code: 'ip_whitelist', message: 'ip' } })] }))
    fake.emit('sync:finished', syncSummary({
      requests: 40,
      rows: 3456,
      snapshots: 10,
      durationMs: 83_000,
      errors: [
        { accountId: 'demo', report: 'trend', variant: 'gran=day', code: 'ip_whitelist', message: 'ip' },
        { accountId: 'shop', report: 'retention', variant: 'gran=day&report_type=count', code: 'quota', message: 'q' }
      ]
    }))
    await flushPromises()

    const summary = wrapper.get('[data-testid="sync-summary"]')
    expect(summary.attributes('data-state')).toBe('done')
    expect(summary.text()).toContain('同步完成，部分任务出错')
    expect(wrapper.get('[data-testid="sync-summary-snapshots"]').text()).toContain('10')
    expect(wrapper.get('[data-testid="sync-summary-rows"]').text()).toContain('3,456')
    expect(wrapper.get('[data-testid="sync-summary-requests"]').text()).toContain('40')
    expect(wrapper.get('[data-testid="sync-summary-duration"]').text()).toContain('1:23')
    expect(wrapper.get('[data-testid="sync-summary-errors"]').text()).toContain('2')
    const errors = wrapper.findAll('[data-testid="sync-error"]')
    expect(errors).toHaveLength(2)
    expect(errors[0]!.text()).toContain('演示小程序 · 用户趋势 · 按天')
    expect(errors[0]!.text()).toContain(ERROR_MESSAGES.ip_whitelist.zh)
    expect(errors[1]!.text()).toContain('商城小程序 · 活跃用户留存 · 留存人数 · 按天')
    expect(errors[1]!.text()).toContain(ERROR_MESSAGES.quota.zh)
    expect(wrapper.find('[data-testid="sync-progress"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="sync-setup"]').isVisible()).toBe(true)
    expect(wrapper.get('[data-testid="sync-start"]').attributes('disabled')).toBeUndefined()
  })

  it('cancelled: says so and keeps the task list of the run', async () => {
    const { wrapper, fake, sync } = await mountPanel()
    await sync.startAll()
    fake.emit('sync:progress', syncProgress({ tasks: [syncTask({ id: 't1', state: 'done', requests: 2 }), syncTask({ id: 't2' })] }))
    fake.emit('sync:finished', syncSummary({ cancelled: true, requests: 2, rows: 40, snapshots: 1 }))
    await flushPromises()
    const summary = wrapper.get('[data-testid="sync-summary"]')
    expect(summary.attributes('data-state')).toBe('cancelled')
    expect(summary.text()).toContain('同步已取消')
    expect(wrapper.findAll('[data-testid="sync-error"]')).toHaveLength(0)
    expect(wrapper.findAll('[data-testid="sync-task"]')).toHaveLength(2)
    expect(wrapper.get('[data-testid="sync-panel"]').attributes('data-phase')).toBe('cancelled')
  })

  it('warns before a sync when the app is offline, and shows a failed start', async () => {
    const { wrapper, fake } = await mountPanel()
    fake.bridge.appInfo.mockResolvedValueOnce(ok({ ...APP_INFO, connectivity: { online: false, since: 9, reason: 'timeout' } }))
    await useAppStore().load()
    await flushPromises()
    expect(wrapper.find('[data-testid="sync-offline"]').exists()).toBe(true)
    fake.bridge.syncStart.mockResolvedValueOnce({ ok: false, code: 'network', message: 'down', retryable: true })
    await wrapper.get('[data-testid="sync-start"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="sync-failed"]').text()).toContain(ERROR_MESSAGES.network.zh)
    expect(wrapper.get('[data-testid="sync-panel"]').attributes('data-phase')).toBe('idle')
  })
})
