import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import App from '../../src/renderer/src/App.vue'
import { useAccountManagerStore } from '../../src/renderer/src/stores/account-manager'
import { useAccountsStore } from '../../src/renderer/src/stores/accounts'
import type { AccountSummary } from '../../src/shared/accounts'
import type { ReportQuery } from '../../src/shared/dto'
import { DEMO_ACCOUNT } from './support/fake-bridge'
import { account } from './support/fixtures'
import { harness, mountWith } from './support/mount'

const SHOP = account({ id: 'shop', name: '商城', tags: ['电商'] })
const NEWS = account({ id: 'news', name: '资讯', needsAction: 'ip_whitelist' })
const PLATFORM = account({ id: 'tp', name: '天鹅服务商', kind: 'tp', appId: null, secrets: { tpToken: '••••tp01' } })

async function mountApp(list: AccountSummary[]) {
  const h = harness()
  h.fake.setStoredAccounts(list)
  const wrapper = mountWith(App, h.pinia)
  await flushPromises()
  return { ...h, wrapper, accounts: useAccountsStore() }
}

function trendAccounts(calls: unknown[][]): string[] {
  return calls.map((c) => c[0] as ReportQuery).filter((q) => q.report === 'trend').map((q) => q.accountId)
}

describe('accounts in the app shell', () => {
  it('opens the account manager from the header, with a badge for accounts that need action', async () => {
    const { wrapper } = await mountApp([DEMO_ACCOUNT, NEWS])
    expect(wrapper.find('[data-testid="accounts-panel"]').exists()).toBe(false)
    expect(wrapper.get('.accounts-button .el-badge__content').text()).toBe('1')
    await wrapper.get('[data-testid="accounts-open"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="accounts-panel"]').isVisible()).toBe(true)
    expect(wrapper.findAll('[data-testid="account-row"]')).toHaveLength(2)
  })

  it('groups the picker by tag and marks accounts that need action', async () => {
    const { wrapper } = await mountApp([DEMO_ACCOUNT, SHOP, NEWS])
    await wrapper.get('[data-testid="account-picker"] .el-select__wrapper').trigger('click')
    await flushPromises()
    const groups = [...document.body.querySelectorAll('.el-select-group__title')].map((g) => g.textContent?.trim())
    expect(groups).toEqual(['电商', '未分组'])
    const options = [...document.body.querySelectorAll('[data-testid="account-option"]')]
    expect(options.map((o) => o.getAttribute('data-account-id'))).toEqual(['shop', 'demo', 'news'])
    const alerts = [...document.body.querySelectorAll('[data-testid="account-option-alert"]')]
    expect(alerts.map((a) => a.closest('[data-testid="account-option"]')?.getAttribute('data-account-id'))).toEqual(['news'])

    ;(options[2] as HTMLElement).click()
    await flushPromises()
    expect(useAccountsStore().selectedId).toBe('news')
    expect(wrapper.find('[data-testid="account-picker-alert"]').exists()).toBe(true)
  })

  it('follows accounts:changed and moves to the first remaining account when the shown one goes', async () => {
    const { wrapper, fake, accounts } = await mountApp([DEMO_ACCOUNT, SHOP])
    expect(accounts.selectedId).toBe('demo')
    expect(wrapper.get('[data-testid="account-picker"]').text()).toContain('演示小程序')
    const renamed = { ...SHOP, name: '商城（正式）' }
    fake.setStoredAccounts([renamed])
    fake.emit('accounts:changed', [renamed])
    await flushPromises()
    expect(accounts.selectedId).toBe('shop')
    expect(wrapper.get('[data-testid="account-picker"]').text()).toContain('商城（正式）')
    expect(trendAccounts(fake.bridge.reportsGet.mock.calls).at(-1)).toBe('shop')
  })

  it('invites the user to add an account or restore the demo ones when there is none', async () => {
    const { wrapper, fake } = await mountApp([])
    expect(wrapper.find('[data-testid="state-no-account"]').exists()).toBe(true)
    expect(fake.bridge.reportsGet).not.toHaveBeenCalled()

    await wrapper.get('[data-testid="state-add-account"]').trigger('click')
    await flushPromises()
    expect(useAccountManagerStore().form).toEqual({ mode: 'add' })
    expect(wrapper.get('[data-testid="account-form-dialog"]').isVisible()).toBe(true)
    await wrapper.get('[data-testid="account-cancel"]').trigger('click')

    await wrapper.get('[data-testid="state-restore-demo"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.accountsRestoreDemo).toHaveBeenCalledTimes(1)
    expect(wrapper.find('[data-testid="state-no-account"]').exists()).toBe(false)
    expect(trendAccounts(fake.bridge.reportsGet.mock.calls)).toEqual(['demo'])
  })

  it('shows only the platform summary for a platform account, and never asks it for a per-app report', async () => {
    const { wrapper, fake, accounts } = await mountApp([PLATFORM, SHOP])
    expect(accounts.selectedId).toBe('shop')
    await wrapper.get('[data-testid="tab-trend"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="tab-tp"]').exists()).toBe(false)
    const before = fake.bridge.reportsGet.mock.calls.length

    accounts.select('tp')
    await flushPromises()
    expect(wrapper.findAll('[role="tab"]').map((t) => t.attributes('data-testid'))).toEqual(['tab-tp'])
    expect(wrapper.get('[data-testid="tab-tp"]').attributes('aria-selected')).toBe('true')
    expect(wrapper.find('[data-testid="tp-table"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="state-error"]').exists()).toBe(false)
    const asked = fake.bridge.reportsGet.mock.calls.slice(before).map((c) => c[0] as ReportQuery)
    expect(asked.map((q) => `${q.accountId}:${q.report}`)).toEqual(['tp:tp'])

    // Back on the app account, the tab chosen there before comes back.
    accounts.select('shop')
    await flushPromises()
    expect(wrapper.get('[data-testid="tab-trend"]').attributes('aria-selected')).toBe('true')
    expect(wrapper.find('[data-testid="trend-table"]').exists()).toBe(true)
  })
})
