import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { OFFICIAL_API_BASE_URL, type SecretField } from '../../src/shared/accounts'
import { ERROR_MESSAGES } from '../../src/shared/errors'
import { useSettingsStore } from '../../src/renderer/src/stores/settings'
import { fail } from './support/fake-bridge'
import { account } from './support/fixtures'
import { chooseOption, mountManager, row } from './support/accounts'

const SHOP = account({ id: 'shop', name: '商城', appId: 'sim-1002', tags: ['电商'], notes: '旧备注', secrets: { token: '••••a1b2' } })
const TOKEN = '45.swanboard-demo.sim-1002'

async function openAdd(list = [SHOP]) {
  const h = await mountManager(list)
  await h.wrapper.get('[data-testid="account-add"]').trigger('click')
  await flushPromises()
  return h
}

async function openEdit(id = 'shop', list = [SHOP]) {
  const h = await mountManager(list)
  await row(h.wrapper, id).get('[data-testid="account-edit"]').trigger('click')
  await flushPromises()
  return h
}

async function type(wrapper: VueWrapper, testId: string, text: string): Promise<void> {
  await wrapper.get(`[data-testid="${testId}"]`).setValue(text)
  await flushPromises()
}

function secretInputs(wrapper: VueWrapper): string[] {
  return wrapper.findAll('[data-testid^="account-secret-input-"]').map((i) => i.attributes('data-testid')!.replace('account-secret-input-', ''))
}

async function save(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('[data-testid="account-save"]').trigger('click')
  await flushPromises()
}

/** Fills in a new account and saves it on a system where main answers needs_consent. */
async function addNeedingConsent() {
  const h = await openAdd()
  h.fake.bridge.accountsAdd.mockResolvedValueOnce(fail('needs_consent'))
  await type(h.wrapper, 'account-name-input', '测试账号')
  await type(h.wrapper, 'account-app-id-input', 'sim-1002')
  await type(h.wrapper, 'account-secret-input-token', TOKEN)
  await save(h.wrapper)
  return h
}

function formOpen(wrapper: VueWrapper): boolean {
  return wrapper.get('[data-testid="account-form-dialog"]').isVisible()
}

describe('account form', () => {
  it('offers only the chosen kind\'s secrets, as password inputs, and no app id for a platform', async () => {
    const { wrapper } = await openAdd()
    expect(secretInputs(wrapper)).toEqual(['token'])
    expect(wrapper.get('[data-testid="account-secret-input-token"]').attributes('type')).toBe('password')
    expect(wrapper.get('[data-testid="account-secret-input-token"]').attributes('autocomplete')).toBe('new-password')
    await chooseOption(wrapper, 'account-kind', 'account-kind-option-tp-refresh')
    expect(secretInputs(wrapper)).toEqual<SecretField[]>(['tpToken', 'refreshToken'])
    expect(wrapper.find('[data-testid="account-app-id-input"]').exists()).toBe(true)
    await chooseOption(wrapper, 'account-kind', 'account-kind-option-developer')
    expect(secretInputs(wrapper)).toEqual<SecretField[]>(['appKey', 'appSecret'])
    await chooseOption(wrapper, 'account-kind', 'account-kind-option-tp')
    expect(secretInputs(wrapper)).toEqual<SecretField[]>(['tpToken'])
    expect(wrapper.find('[data-testid="account-app-id-input"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="account-kind-help"]').text()).toContain('42.')
  })

  it('shows field errors and sends nothing while the input is invalid', async () => {
    const { wrapper, fake } = await openAdd()
    await save(wrapper)
    expect(fake.bridge.accountsAdd).not.toHaveBeenCalled()
    expect(wrapper.get('[data-testid="account-error-name"]').text()).toBe('此项必填')
    expect(wrapper.get('[data-testid="account-error-appId"]').text()).toBe('此项必填')
    expect(wrapper.get('[data-testid="account-error-token"]').text()).toBe('此项必填')
    expect(formOpen(wrapper)).toBe(true)

    // The base URL sits under "advanced"; an invalid one opens itself with its error.
    await wrapper.get('[data-testid="account-advanced"]').trigger('click')
    await type(wrapper, 'account-base-url-input', 'ftp://proxy')
    await type(wrapper, 'account-name-input', '商城二号')
    expect(wrapper.find('[data-testid="account-error-name"]').exists()).toBe(false)
    await wrapper.get('[data-testid="account-advanced"]').trigger('click')
    expect(wrapper.get('[data-testid="account-error-baseUrl"]').text()).toContain('http://')
    await save(wrapper)
    expect(fake.bridge.accountsAdd).not.toHaveBeenCalled()
  })

  it('adds an account with the official base URL by default, then forgets the typed secret', async () => {
    const { wrapper, fake } = await openAdd()
    expect(wrapper.find('[data-testid="account-base-url-input"]').exists()).toBe(false)
    await type(wrapper, 'account-name-input', ' 测试账号 ')
    await type(wrapper, 'account-app-id-input', 'sim-1002')
    await type(wrapper, 'account-secret-input-token', TOKEN)
    await type(wrapper, 'account-notes-input', '负责人：王')
    await save(wrapper)
    expect(fake.bridge.accountsAdd).toHaveBeenCalledWith({
      name: '测试账号',
      kind: 'authorizer',
      appId: 'sim-1002',
      baseUrl: OFFICIAL_API_BASE_URL,
      notes: '负责人：王',
      tags: [],
      secrets: { token: TOKEN }
    })
    expect(formOpen(wrapper)).toBe(false)
    expect(wrapper.findAll('[data-testid="account-row"]')).toHaveLength(2)
    expect(document.body.textContent).toContain('已添加账号「测试账号」')

    // Opened again, nothing typed before is still there.
    await wrapper.get('[data-testid="account-add"]').trigger('click')
    await flushPromises()
    expect(wrapper.get<HTMLInputElement>('[data-testid="account-secret-input-token"]').element.value).toBe('')
    expect(document.body.innerHTML).not.toContain(TOKEN)
  })

  it('forgets typed secrets on cancel', async () => {
    const { wrapper, fake } = await openAdd()
    await type(wrapper, 'account-secret-input-token', TOKEN)
    await wrapper.get('[data-testid="account-cancel"]').trigger('click')
    await flushPromises()
    expect(formOpen(wrapper)).toBe(false)
    expect(fake.bridge.accountsAdd).not.toHaveBeenCalled()
    expect(document.body.innerHTML).not.toContain(TOKEN)
    await wrapper.get('[data-testid="account-add"]').trigger('click')
    await flushPromises()
    expect(wrapper.get<HTMLInputElement>('[data-testid="account-secret-input-token"]').element.value).toBe('')
  })

  it('warns, without blocking, when a pasted token has another prefix', async () => {
    const { wrapper, fake } = await openAdd()
    await type(wrapper, 'account-secret-input-token', '42.platform-token')
    const warning = wrapper.get('[data-testid="account-secret-warning-token"]')
    expect(warning.text()).toContain('以 42. 开头，看起来是第三方平台令牌')
    expect(warning.text()).toContain('45.')
    expect(warning.text()).not.toContain('platform-token')
    await type(wrapper, 'account-name-input', '平台')
    await type(wrapper, 'account-app-id-input', 'a')
    await save(wrapper)
    expect(fake.bridge.accountsAdd).toHaveBeenCalledTimes(1)
  })

  it('edits: secret inputs start empty with the stored mask, and only changed fields are sent', async () => {
    const { wrapper, fake } = await openEdit()
    const token = wrapper.get<HTMLInputElement>('[data-testid="account-secret-input-token"]')
    expect(token.element.value).toBe('')
    expect(token.attributes('placeholder')).toBe('已保存 ••••a1b2，留空则保持不变')
    expect(wrapper.get<HTMLInputElement>('[data-testid="account-name-input"]').element.value).toBe('商城')
    expect(wrapper.get('[data-testid="account-kind"] .el-select__wrapper').classes()).toContain('is-disabled')

    await type(wrapper, 'account-name-input', '商城（正式）')
    await type(wrapper, 'account-notes-input', '新备注')
    await save(wrapper)
    expect(fake.bridge.accountsUpdate).toHaveBeenCalledWith({ id: 'shop', change: { name: '商城（正式）', notes: '新备注' } })
    expect(formOpen(wrapper)).toBe(false)
    expect(row(wrapper, 'shop').get('[data-testid="account-name"]').text()).toBe('商城（正式）')
  })

  it('edits: a typed secret is sent, the clear control sends an empty one', async () => {
    const { wrapper, fake } = await openEdit()
    await type(wrapper, 'account-secret-input-token', '45.new-token')
    await save(wrapper)
    expect(fake.bridge.accountsUpdate).toHaveBeenLastCalledWith({ id: 'shop', change: { secrets: { token: '45.new-token' } } })

    await row(wrapper, 'shop').get('[data-testid="account-edit"]').trigger('click')
    await flushPromises()
    await wrapper.get('[data-testid="account-secret-clear-token"]').trigger('click')
    expect(wrapper.find('[data-testid="account-secret-cleared-token"]').exists()).toBe(true)
    await save(wrapper)
    expect(fake.bridge.accountsUpdate).toHaveBeenLastCalledWith({ id: 'shop', change: { secrets: { token: '' } } })
    expect(row(wrapper, 'shop').get('[data-testid="account-secret-token"]').text()).toBe('未保存')
  })

  it('sends nothing when an edit changed nothing', async () => {
    const { wrapper, fake } = await openEdit()
    await save(wrapper)
    expect(fake.bridge.accountsUpdate).not.toHaveBeenCalled()
    expect(formOpen(wrapper)).toBe(false)
    expect(document.body.textContent).toContain('没有修改')
  })

  it('asks before weak storage on needs_consent, and resends with consent only if accepted', async () => {
    const { wrapper, fake } = await addNeedingConsent()
    expect(fake.bridge.accountsAdd).toHaveBeenCalledTimes(1)
    expect(fake.bridge.accountsAdd.mock.calls[0]![0]).not.toHaveProperty('allowWeakStorage')
    const consent = wrapper.get('[data-testid="account-consent"]')
    expect(consent.isVisible()).toBe(true)
    expect(consent.text()).toContain('系统钥匙串')

    // Declined: nothing more is sent, the form stays as it was.
    await wrapper.get('[data-testid="account-consent-cancel"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.accountsAdd).toHaveBeenCalledTimes(1)
    expect(formOpen(wrapper)).toBe(true)

    fake.bridge.accountsAdd.mockResolvedValueOnce(fail('needs_consent'))
    await save(wrapper)
    await wrapper.get('[data-testid="account-consent-accept"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.accountsAdd).toHaveBeenCalledTimes(3)
    expect(fake.bridge.accountsAdd.mock.calls[2]![0]).toMatchObject({ name: '测试账号', secrets: { token: TOKEN }, allowWeakStorage: true })
    expect(formOpen(wrapper)).toBe(false)
    expect(wrapper.get('[data-testid="account-consent"]').isVisible()).toBe(false)
  })

  it('says, in Chinese and English, why storage is weak: no keyring (basic_text) or no secure storage at all', async () => {
    const { wrapper } = await addNeedingConsent()
    const consent = wrapper.get('[data-testid="account-consent"]')
    expect(consent.text()).toContain('没有可用的系统钥匙串')
    expect(consent.text()).toContain('系统的安全存储无法使用')
    expect(consent.text()).toContain('拿到这台电脑上文件的人有可能解密')
    useSettingsStore().setLocale('en')
    await flushPromises()
    expect(consent.text()).toContain('no keyring available')
    expect(consent.text()).toContain('its secure storage cannot be used')
    expect(consent.text()).toContain('Save anyway')
  })

  it('keeps the form open with the translated reason when saving fails', async () => {
    const { wrapper, fake } = await openEdit()
    fake.bridge.accountsUpdate.mockResolvedValueOnce(fail('io', { detail: 'disk full' }))
    await type(wrapper, 'account-name-input', '商城2')
    await save(wrapper)
    const error = wrapper.get('[data-testid="account-save-error"]')
    expect(error.text()).toContain(`保存失败：${ERROR_MESSAGES.io.zh}`)
    expect(error.text()).toContain('disk full')
    expect(formOpen(wrapper)).toBe(true)
  })

  it('creates tags with the tag picker and sends them', async () => {
    const { wrapper, fake } = await openEdit()
    const input = wrapper.get<HTMLInputElement>('[data-testid="account-tags"] input')
    await input.setValue('正式')
    await input.trigger('keydown', { key: 'Enter', code: 'Enter' })
    await flushPromises()
    await save(wrapper)
    expect(fake.bridge.accountsUpdate).toHaveBeenCalledWith({ id: 'shop', change: { tags: ['电商', '正式'] } })
  })
})
