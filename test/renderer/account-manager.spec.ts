import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { useSettingsStore } from '../../src/renderer/src/stores/settings'
import { ERROR_MESSAGES } from '../../src/shared/errors'
import { fail, ok } from './support/fake-bridge'
import { account } from './support/fixtures'
import { mountManager, row } from './support/accounts'

const NOW = Date.UTC(2024, 4, 1, 4, 0)
const MIN = 60_000

function frozenClock(): void {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
}

describe('account manager rows', () => {
  it('shows name, kind, app id, demo badge and exactly the masked secrets main sent', async () => {
    const { wrapper } = await mountManager([
      account({ id: 'r', name: '商城', kind: 'tp-refresh', appId: 'sim-1002', demo: true, secrets: { tpToken: '••••tp01', refreshToken: '••••9f3c' } }),
      account({ id: 'd', name: '工具', kind: 'developer', secrets: { appKey: '••••key1', appSecret: null } })
    ])
    const r = row(wrapper, 'r')
    expect(r.get('[data-testid="account-name"]').text()).toBe('商城')
    expect(r.get('[data-testid="account-kind-label"]').text()).toBe('TP 托管刷新')
    expect(r.get('[data-testid="account-app-id"]').text()).toBe('sim-1002')
    expect(r.find('[data-testid="account-demo"]').exists()).toBe(true)
    expect(r.get('[data-testid="account-secret-tpToken"]').text()).toBe('••••tp01')
    expect(r.get('[data-testid="account-secret-refreshToken"]').text()).toBe('••••9f3c')
    expect(r.find('[data-testid="account-secret-token"]').exists()).toBe(false)

    const d = row(wrapper, 'd')
    expect(d.get('[data-testid="account-kind-label"]').text()).toBe('开发者 App Key')
    expect(d.find('[data-testid="account-demo"]').exists()).toBe(false)
    expect(d.get('[data-testid="account-secret-appKey"]').text()).toBe('••••key1')
    expect(d.get('[data-testid="account-secret-appSecret"]').attributes('data-set')).toBe('false')
    expect(d.get('[data-testid="account-secret-appSecret"]').text()).toBe('未保存')
  })

  it('counts down the token: hours, a warning under ten minutes, expired when past', async () => {
    frozenClock()
    const { wrapper } = await mountManager([
      account({ id: 'h', tokenExpiresAt: NOW + 3600_000 }),
      account({ id: 's', tokenExpiresAt: NOW + 8 * MIN }),
      account({ id: 'x', tokenExpiresAt: NOW - MIN }),
      account({ id: 'n', tokenExpiresAt: null })
    ])
    const expiry = (id: string) => row(wrapper, id).get('[data-testid="account-expiry"]')
    expect(expiry('h').text()).toBe('1 小时后过期')
    expect(expiry('h').attributes('data-state')).toBe('ok')
    expect(expiry('s').text()).toBe('8 分钟后过期')
    expect(expiry('s').attributes('data-state')).toBe('soon')
    expect(expiry('x').text()).toBe('已过期')
    expect(expiry('x').attributes('data-state')).toBe('expired')
    expect(row(wrapper, 'n').find('[data-testid="account-expiry"]').exists()).toBe(false)

    useSettingsStore().setLocale('en')
    await flushPromises()
    expect(expiry('h').text()).toBe('expires in 1 h')
    expect(expiry('x').text()).toBe('expired')
  })

  it('shows health: the last success as time ago, the last error translated with its time', async () => {
    frozenClock()
    const { wrapper } = await mountManager([
      account({ id: 'ok', health: { lastOkAt: NOW - 3 * MIN, lastError: null } }),
      account({ id: 'bad', health: { lastOkAt: NOW - 2 * 3600_000, lastError: { code: 'auth', message: 'errno 44003', at: NOW - 5 * MIN } } }),
      account({ id: 'old', health: { lastOkAt: NOW - 20_000, lastError: { code: 'network', message: 'x', at: NOW - 3600_000 } } }),
      account({ id: 'new' })
    ])
    const health = (id: string) => row(wrapper, id).get('[data-testid="account-health"]')
    expect(health('ok').text()).toContain('上次成功：3分钟前')
    expect(health('ok').find('[data-testid="account-health-error"]').exists()).toBe(false)
    const bad = health('bad').get('[data-testid="account-health-error"]')
    expect(bad.text()).toBe(`上次出错（5分钟前）：${ERROR_MESSAGES.auth.zh}`)
    expect(bad.attributes('data-current')).toBe('true')
    // A success since the error: the error is history, not news.
    expect(health('old').text()).toContain('上次成功：刚刚')
    expect(health('old').get('[data-testid="account-health-error"]').attributes('data-current')).toBe('false')
    expect(health('new').text()).toBe('还没有成功调用过')
  })

  it('says what to do when an account needs action, and offers the fix where editing helps', async () => {
    const { wrapper, manager } = await mountManager([
      account({ id: 'ip', needsAction: 'ip_whitelist' }),
      account({ id: 'tok', kind: 'tp-refresh', needsAction: 'auth', secrets: { tpToken: '••••aaaa', refreshToken: '••••bbbb' } }),
      account({ id: 'fine' })
    ])
    const ip = row(wrapper, 'ip').get('[data-testid="account-needs-action"]')
    expect(ip.text()).toContain('当前网络的 IP 不在白名单中，网络可能已变化')
    expect(ip.find('[data-testid="account-needs-action-fix"]').exists()).toBe(false)
    const tok = row(wrapper, 'tok').get('[data-testid="account-needs-action"]')
    expect(tok.text()).toContain('刷新令牌已失效')
    await tok.get('[data-testid="account-needs-action-fix"]').trigger('click')
    expect(manager.form).toEqual({ mode: 'edit', id: 'tok' })
    expect(row(wrapper, 'fine').find('[data-testid="account-needs-action"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="accounts-needs-action-count"]').text()).toContain('2 个需要处理')
  })

  it('names the credential Baidu refused, in Chinese and English, whatever the kind', async () => {
    const both = { secrets: { tpToken: '••••aaaa', refreshToken: '••••bbbb' } }
    const { wrapper } = await mountManager([
      account({ id: 'tp-dead', kind: 'tp-refresh', needsAction: 'auth', authProblem: 'tp_token', ...both }),
      account({ id: 'spent', kind: 'tp-refresh', needsAction: 'auth', authProblem: 'refresh_token', ...both }),
      account({ id: 'platform', kind: 'tp', appId: null, needsAction: 'auth', authProblem: 'tp_token', secrets: { tpToken: '••••aaaa' } }),
      account({ id: 'keys', kind: 'developer', needsAction: 'auth', authProblem: 'app_credentials', secrets: { appKey: '••••k', appSecret: '••••s' } }),
      account({ id: 'ip', kind: 'tp-refresh', needsAction: 'ip_whitelist', authProblem: null, ...both }),
      account({ id: 'legacy', kind: 'tp-refresh', needsAction: 'auth', ...both })
    ])
    const advice = (id: string) => row(wrapper, id).get('[data-testid="account-needs-action"]')
    // A TP token for both kinds that hold one; re-authorizing; the keys; the whitelist; and an older
    // record that only says "auth" gets its kind's advice.
    const expected = {
      zh: {
        'tp-dead': '第三方平台令牌（42.）已过期或无效',
        platform: '第三方平台令牌（42.）已过期或无效',
        spent: '请让小程序重新授权给第三方平台',
        keys: '百度拒绝了 App Key 或 App Secret',
        ip: '不在白名单中，网络可能已变化',
        legacy: '刷新令牌已失效'
      },
      en: {
        'tp-dead': 'The platform token (42.) expired or is not valid',
        platform: 'The platform token (42.) expired or is not valid',
        spent: 'Have the smart program authorize the platform again',
        keys: 'Baidu rejected the App Key or App Secret',
        ip: 'the network may have changed',
        legacy: 'The refresh token no longer works'
      }
    }
    for (const locale of ['zh', 'en'] as const) {
      if (locale === 'en') useSettingsStore().setLocale('en')
      await flushPromises()
      for (const [id, text] of Object.entries(expected[locale])) expect(advice(id).text(), `${locale} ${id}`).toContain(text)
    }
    expect(advice('tp-dead').text()).not.toContain('refresh token')
    expect(advice('spent').attributes('data-problem')).toBe('refresh_token')
    for (const id of ['tp-dead', 'spent', 'platform', 'keys']) expect(advice(id).find('[data-testid="account-needs-action-fix"]').exists(), id).toBe(true)
    expect(advice('ip').find('[data-testid="account-needs-action-fix"]').exists()).toBe(false)
  })

  it('groups rows by tag, untagged last, and moves within a group sending the whole order', async () => {
    const { wrapper, fake } = await mountManager([
      account({ id: 'a' }),
      account({ id: 'b', tags: ['电商'] }),
      account({ id: 'c' }),
      account({ id: 'd', tags: ['电商'] })
    ])
    const groups = wrapper.findAll('[data-testid="account-group"]')
    expect(groups.map((g) => g.attributes('data-tag'))).toEqual(['电商', ''])
    expect(groups[1]!.text()).toContain('未分组')
    const order = () => wrapper.findAll('[data-testid="account-row"]').map((r) => r.attributes('data-account-id'))
    expect(order()).toEqual(['b', 'd', 'a', 'c'])
    // Ends of each group cannot move out of it.
    expect(row(wrapper, 'b').get('[data-testid="account-move-up"]').attributes('disabled')).toBeDefined()
    expect(row(wrapper, 'd').get('[data-testid="account-move-down"]').attributes('disabled')).toBeDefined()
    expect(row(wrapper, 'a').get('[data-testid="account-move-up"]').attributes('disabled')).toBeDefined()

    await row(wrapper, 'a').get('[data-testid="account-move-down"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.accountsReorder).toHaveBeenLastCalledWith({ ids: ['b', 'd', 'c', 'a'] })
    expect(order()).toEqual(['b', 'd', 'c', 'a'])
    await row(wrapper, 'd').get('[data-testid="account-move-up"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.accountsReorder).toHaveBeenLastCalledWith({ ids: ['d', 'b', 'c', 'a'] })
    expect(order()).toEqual(['d', 'b', 'c', 'a'])
  })

  it('filters the list and locks the order while filtering', async () => {
    const { wrapper } = await mountManager([account({ id: 'a', name: '商城' }), account({ id: 'b', name: '资讯' }), account({ id: 'c', name: '商城二号' })])
    await wrapper.get('[data-testid="accounts-filter"]').setValue('商城')
    const shown = wrapper.findAll('[data-testid="account-row"]')
    expect(shown.map((r) => r.attributes('data-account-id'))).toEqual(['a', 'c'])
    expect(row(wrapper, 'a').get('[data-testid="account-move-down"]').attributes('disabled')).toBeDefined()
    await wrapper.get('[data-testid="accounts-filter"]').setValue('没有')
    expect(wrapper.find('[data-testid="accounts-filter-empty"]').exists()).toBe(true)
  })

  it('tests a connection: latency when it works, the translated error with errno and detail when not', async () => {
    const { wrapper, fake } = await mountManager([account({ id: 'a' }), account({ id: 'b' })])
    await row(wrapper, 'a').get('[data-testid="account-test"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.accountsTest).toHaveBeenCalledWith({ id: 'a' })
    const okResult = row(wrapper, 'a').get('[data-testid="account-test-result"]')
    expect(okResult.attributes('data-state')).toBe('ok')
    expect(okResult.text()).toBe('连接正常 · 230 ms')

    fake.bridge.accountsTest.mockResolvedValueOnce(
      ok({ ok: false, latencyMs: 95, error: { code: 'ip_whitelist', message: 'whitelist', errno: 40008, detail: 'ip not in whitelist' } })
    )
    await row(wrapper, 'b').get('[data-testid="account-test"]').trigger('click')
    await flushPromises()
    const bad = row(wrapper, 'b').get('[data-testid="account-test-result"]')
    expect(bad.attributes('data-state')).toBe('failed')
    expect(bad.text()).toContain(`连接失败：${ERROR_MESSAGES.ip_whitelist.zh}`)
    expect(bad.get('[data-testid="account-test-detail"]').text()).toContain('错误码 40008')
    expect(bad.text()).toContain('ip not in whitelist')
  })

  it('removes only after a confirmation naming the account', async () => {
    const { wrapper, fake } = await mountManager([account({ id: 'a', name: '商城' }), account({ id: 'b', name: '资讯' })])
    await row(wrapper, 'b').get('[data-testid="account-remove"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="account-remove-name"]').text()).toBe('确定删除「资讯」吗？')
    expect(fake.bridge.accountsRemove).not.toHaveBeenCalled()
    await wrapper.get('[data-testid="account-remove-cancel"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.accountsRemove).not.toHaveBeenCalled()

    await row(wrapper, 'b').get('[data-testid="account-remove"]').trigger('click')
    await flushPromises()
    await wrapper.get('[data-testid="account-remove-confirm"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.accountsRemove).toHaveBeenCalledWith({ id: 'b' })
    expect(wrapper.findAll('[data-testid="account-row"]').map((r) => r.attributes('data-account-id'))).toEqual(['a'])
  })

  it('shows an empty state with the demo restore when no account is left', async () => {
    const { wrapper, fake } = await mountManager([])
    expect(wrapper.find('[data-testid="accounts-empty"]').exists()).toBe(true)
    await wrapper.get('[data-testid="accounts-restore-demo"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.accountsRestoreDemo).toHaveBeenCalledTimes(1)
    expect(wrapper.findAll('[data-testid="account-row"]')).toHaveLength(1)
    expect(document.body.textContent).toContain('已恢复演示账号')
  })
})

describe('account import and export', () => {
  function choose(input: HTMLInputElement, file: File): void {
    Object.defineProperty(input, 'files', { value: [file], configurable: true })
    input.dispatchEvent(new Event('change'))
  }

  it('imports the chosen .json file and says how many were added and skipped', async () => {
    const { wrapper, fake } = await mountManager([account({ id: 'a', name: '商城' })])
    fake.bridge.accountsImport.mockResolvedValueOnce(ok({ added: 3, skipped: ['商城'] }))
    const json = JSON.stringify({ format: 'swanboard-accounts', version: 1, accounts: [] })
    choose(wrapper.get<HTMLInputElement>('[data-testid="accounts-import-file"]').element, new File([json], 'accounts.json', { type: 'application/json' }))
    await flushPromises()
    await vi.waitFor(() => expect(fake.bridge.accountsImport).toHaveBeenCalledWith({ json }))
    await flushPromises()
    expect(document.body.textContent).toContain('已导入 3 个，跳过 1 个（名称重复：商城）')
    // main knows the new accounts; the list is asked for again.
    expect(fake.bridge.accountsList).toHaveBeenCalledTimes(2)
  })

  it('shows the translated reason when main rejects the file', async () => {
    const { wrapper, fake } = await mountManager([account({ id: 'a' })])
    fake.bridge.accountsImport.mockResolvedValueOnce(fail('invalid_input'))
    choose(wrapper.get<HTMLInputElement>('[data-testid="accounts-import-file"]').element, new File(['not json'], 'x.json'))
    await vi.waitFor(() => expect(document.body.textContent).toContain(`导入失败：${ERROR_MESSAGES.invalid_input.zh}`))
  })

  it('exports like the trend export: a message when saved, a download link in the browser host', async () => {
    const { wrapper, fake } = await mountManager([account({ id: 'a' })])
    fake.bridge.accountsExport.mockResolvedValueOnce(ok({ status: 'saved', fileName: 'swanboard-accounts.json' }))
    await wrapper.get('[data-testid="accounts-export"]').trigger('click')
    await flushPromises()
    expect(document.body.textContent).toContain('账号列表已导出到 swanboard-accounts.json')

    const clicks: string[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(`${this.getAttribute('href')} ${this.download}`)
    })
    fake.bridge.accountsExport.mockResolvedValueOnce(ok({ status: 'download', fileName: 'accounts.json', url: '/api/download/abc' }))
    await wrapper.get('[data-testid="accounts-export"]').trigger('click')
    await flushPromises()
    expect(clicks).toEqual([`${new URL('/api/download/abc', window.location.href).href} accounts.json`])
    expect(document.body.textContent).toContain('已开始下载 accounts.json')
    click.mockRestore()
  })
})
