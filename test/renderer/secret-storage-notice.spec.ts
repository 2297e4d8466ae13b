// The account form says how a secret will be kept before it is typed: a warning when only weak
// storage is available (and saving will ask for consent), a quiet line once the user agreed or when
// the key file is the design (CLI, browser host), nothing with the system keychain.
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { useAppStore } from '../../src/renderer/src/stores/app'
import { useSettingsStore } from '../../src/renderer/src/stores/settings'
import type { SecretStorage } from '../../src/shared/secret-storage'
import { APP_INFO, fail, ok, type FakeBridge } from './support/fake-bridge'
import { account } from './support/fixtures'
import { mountManager, row } from './support/accounts'

const SHOP = account({ id: 'shop', name: '商城', appId: 'sim-1002', secrets: { token: '••••a1b2' } })
const NOTICES = ['secret-storage-weak', 'secret-storage-consented', 'secret-storage-key-file']

afterEach(() => useAppStore().dispose())

/** The account manager on a host whose app:info reports this storage, with the add (or edit) form open. */
async function openForm(secretStorage: SecretStorage, mode: 'add' | 'edit' = 'add') {
  const h = await mountManager([SHOP])
  h.fake.bridge.appInfo.mockResolvedValue(ok({ ...APP_INFO, host: 'electron', secretStorage }))
  await useAppStore().load()
  const opener = mode === 'add' ? h.wrapper.get('[data-testid="account-add"]') : row(h.wrapper, 'shop').get('[data-testid="account-edit"]')
  await opener.trigger('click')
  await flushPromises()
  return h
}

/** Fills in a new account and saves it; main answers needs_consent, so the consent dialog opens. */
async function saveNeedingConsent(wrapper: VueWrapper, fake: FakeBridge): Promise<void> {
  fake.bridge.accountsAdd.mockResolvedValueOnce(fail('needs_consent'))
  await wrapper.get('[data-testid="account-name-input"]').setValue('测试账号')
  await wrapper.get('[data-testid="account-app-id-input"]').setValue('sim-1002')
  await wrapper.get('[data-testid="account-secret-input-token"]').setValue('45.storage-notice-token')
  await wrapper.get('[data-testid="account-save"]').trigger('click')
  await flushPromises()
}

/** The notices shown, by test id. */
function shown(wrapper: VueWrapper): string[] {
  return NOTICES.filter((id) => wrapper.find(`[data-testid="${id}"]`).exists())
}

/** The notice's text in Chinese, then in English. */
async function bothLanguages(wrapper: VueWrapper, testId: string): Promise<{ zh: string; en: string }> {
  const zh = wrapper.get(`[data-testid="${testId}"]`).text()
  useSettingsStore().setLocale('en')
  await flushPromises()
  return { zh, en: wrapper.get(`[data-testid="${testId}"]`).text() }
}

/** Whether the notice sits inside the secrets box, before the first secret field. */
function aboveSecretFields(wrapper: VueWrapper, testId: string): boolean {
  const notice = wrapper.get(`[data-testid="account-secrets"] [data-testid="${testId}"]`).element
  const firstField = wrapper.get('[data-testid^="account-secret-input-"]').element
  return (notice.compareDocumentPosition(firstField) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
}

describe('the account form’s secret storage notice', () => {
  it.each([
    {
      protection: 'basic_text' as const,
      zh: '此 Linux 系统没有可用的系统钥匙串',
      notZh: '密钥文件',
      en: 'This Linux system has no keyring available'
    },
    {
      protection: 'no_keychain' as const,
      zh: '系统的安全存储无法使用，密钥改用缓存旁一个只有你能读取的密钥文件加密',
      notZh: 'Linux',
      en: "The system's secure storage cannot be used, so secrets are encrypted with a key file beside the cache that only you can read"
    }
  ])('$protection, not yet agreed: a warning above the secret fields saying why, and that saving asks first', async ({ protection, zh, notZh, en }) => {
    const { wrapper } = await openForm({ protection, consented: false })
    expect(shown(wrapper)).toEqual(['secret-storage-weak'])
    expect(wrapper.get('[data-testid="account-secrets"] .el-alert').classes()).toContain('el-alert--warning')
    expect(aboveSecretFields(wrapper, 'secret-storage-weak')).toBe(true)
    const text = await bothLanguages(wrapper, 'secret-storage-weak')
    expect(text.zh).toContain('密钥只能以较弱的方式加密保存')
    expect(text.zh).toContain(zh)
    expect(text.zh).toContain('保存密钥时会先征求你的同意')
    expect(text.zh).not.toContain(notZh)
    expect(text.en).toContain('Secrets can only be weakly protected on this computer')
    expect(text.en).toContain(en)
    expect(text.en).toContain('Saving a secret will ask for your consent first')
  })

  it.each([
    { protection: 'basic_text' as const, zh: '此系统没有系统钥匙串', en: 'this system has no keyring' },
    { protection: 'no_keychain' as const, zh: '只有你能读取的密钥文件', en: 'a key file beside the cache that only you can read' }
  ])('$protection, already agreed: a quiet line instead of the warning', async ({ protection, zh, en }) => {
    const { wrapper } = await openForm({ protection, consented: true }, 'edit')
    expect(shown(wrapper)).toEqual(['secret-storage-consented'])
    expect(wrapper.find('[data-testid="account-secrets"] .el-alert').exists()).toBe(false)
    expect(aboveSecretFields(wrapper, 'secret-storage-consented')).toBe(true)
    const text = await bothLanguages(wrapper, 'secret-storage-consented')
    expect(text.zh).toContain('你已同意以较弱的方式保存密钥')
    expect(text.zh).toContain(zh)
    expect(text.zh).not.toContain('征求你的同意')
    expect(text.en).toContain('You agreed to store secrets with weak encryption')
    expect(text.en).toContain(en)
  })

  it('key_file (browser host, CLI): says secrets are kept with a key file only you can read, without warning styling', async () => {
    const { wrapper } = await openForm({ protection: 'key_file', consented: false })
    expect(shown(wrapper)).toEqual(['secret-storage-key-file'])
    expect(wrapper.find('[data-testid="account-secrets"] .el-alert').exists()).toBe(false)
    expect(aboveSecretFields(wrapper, 'secret-storage-key-file')).toBe(true)
    const { zh, en } = await bothLanguages(wrapper, 'secret-storage-key-file')
    expect(zh).toContain('密钥文件放在缓存旁，只有你能读取')
    expect(zh).not.toContain('较弱')
    expect(en).toContain('with the key in a file beside the cache that only you can read')
    expect(en).not.toContain('weak')
  })

  it('keychain: nothing, in either language', async () => {
    const { wrapper } = await openForm({ protection: 'keychain', consented: false })
    expect(shown(wrapper)).toEqual([])
    useSettingsStore().setLocale('en')
    await flushPromises()
    expect(shown(wrapper)).toEqual([])
    expect(wrapper.find('[data-testid="account-secrets"] .el-alert').exists()).toBe(false)
  })

  it('turns the warning into the quiet line once the user agrees while saving', async () => {
    const { wrapper, fake } = await openForm({ protection: 'basic_text', consented: false })
    await saveNeedingConsent(wrapper, fake)
    await wrapper.get('[data-testid="account-consent-accept"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.accountsAdd).toHaveBeenLastCalledWith(expect.objectContaining({ allowWeakStorage: true }))

    await wrapper.get('[data-testid="account-add"]').trigger('click')
    await flushPromises()
    expect(shown(wrapper)).toEqual(['secret-storage-consented'])
  })

  it('declining keeps the warning', async () => {
    const { wrapper, fake } = await openForm({ protection: 'no_keychain', consented: false })
    await saveNeedingConsent(wrapper, fake)
    await wrapper.get('[data-testid="account-consent-cancel"]').trigger('click')
    await flushPromises()
    expect(shown(wrapper)).toEqual(['secret-storage-weak'])
  })
})
