import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import App from '../../src/renderer/src/App.vue'
import { settingsDiff } from '../../src/renderer/src/stores/app-settings'
import { useSettingsStore } from '../../src/renderer/src/stores/settings'
import { ERROR_MESSAGES } from '../../src/shared/errors'
import { DEFAULT_APP_SETTINGS, type AppSettings } from '../../src/shared/sync'
import { fail } from './support/fake-bridge'
import { harness, mountWith } from './support/mount'

const STORED: AppSettings = { ...DEFAULT_APP_SETTINGS, unsettledDays: 3, accountRequestsPerSecond: 12.5, autoSyncOnOpen: false }

async function openSettings() {
  const h = harness()
  h.fake.setStoredSettings(STORED)
  const wrapper = mountWith(App, h.pinia)
  await flushPromises()
  await wrapper.get('[data-testid="settings-open"]').trigger('click')
  await flushPromises()
  return { ...h, wrapper }
}

function input(wrapper: VueWrapper, key: keyof AppSettings) {
  return wrapper.get<HTMLInputElement>(`[data-testid="settings-${key}"] input`)
}

async function type(wrapper: VueWrapper, key: keyof AppSettings, text: string): Promise<void> {
  const field = input(wrapper, key)
  await field.setValue(text)
  await field.trigger('change')
  await flushPromises()
}

describe('settings dialog', () => {
  it('loads the settings from main into labelled controls, with help text', async () => {
    const { wrapper, fake } = await openSettings()
    const dialog = wrapper.get('[data-testid="settings-dialog"]')
    // Once at start-up, and fresh again on opening.
    expect(fake.bridge.settingsGet).toHaveBeenCalledTimes(2)
    expect(input(wrapper, 'unsettledDays').element.value).toBe('3')
    expect(input(wrapper, 'unsettledTtlMinutes').element.value).toBe('60')
    expect(input(wrapper, 'accountRequestsPerSecond').element.value).toBe('12.5')
    expect(wrapper.get('[data-testid="settings-autoSyncOnOpen"] [role="switch"]').attributes('aria-checked')).toBe('false')
    expect(dialog.text()).toContain('未定稿天数')
    expect(dialog.text()).toContain('缓存有效期（分钟）')
    expect(dialog.text()).toContain('单账号每秒请求数')
    expect(dialog.text()).toContain('范围：0–14')
    // Language and theme stay in the header.
    expect(dialog.text()).toContain('页面右上角')
  })

  it('shows a field error and sends nothing while a value is out of range', async () => {
    const { wrapper, fake } = await openSettings()
    await type(wrapper, 'unsettledDays', '99')
    await type(wrapper, 'accountRequestsPerSecond', '0.1')
    expect(wrapper.get('[data-testid="settings-unsettledDays"]').text()).toContain('请输入 0 到 14 之间的整数')
    expect(wrapper.get('[data-testid="settings-accountRequestsPerSecond"]').text()).toContain('请输入 0.5 到 200 之间的数字')
    expect(wrapper.get('[data-testid="settings-globalConcurrency"]').attributes('data-invalid')).toBeUndefined()

    await wrapper.get('[data-testid="settings-save"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.settingsSet).not.toHaveBeenCalled()
    expect(wrapper.get('[data-testid="settings-dialog"]').isVisible()).toBe(true)

    await type(wrapper, 'unsettledDays', '2.5')
    expect(wrapper.get('[data-testid="settings-unsettledDays"]').text()).toContain('整数')
    await type(wrapper, 'unsettledDays', '')
    expect(wrapper.get('[data-testid="settings-unsettledDays"]').attributes('data-invalid')).toBe('true')
  })

  it('saves only the changed fields and closes', async () => {
    const { wrapper, fake } = await openSettings()
    await type(wrapper, 'unsettledTtlMinutes', '120')
    await wrapper.get('[data-testid="settings-autoSyncOnOpen"] [role="switch"]').trigger('click')
    await wrapper.get('[data-testid="settings-save"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.settingsSet).toHaveBeenCalledTimes(1)
    expect(fake.bridge.settingsSet).toHaveBeenCalledWith({ unsettledTtlMinutes: 120, autoSyncOnOpen: true })
    expect(wrapper.get('[data-testid="settings-dialog"]').isVisible()).toBe(false)

    // Reopened, it shows what main now holds.
    await wrapper.get('[data-testid="settings-open"]').trigger('click')
    await flushPromises()
    expect(input(wrapper, 'unsettledTtlMinutes').element.value).toBe('120')
  })

  it('sends nothing when nothing changed, and defaults are only a draft until saved', async () => {
    const { wrapper, fake } = await openSettings()
    await wrapper.get('[data-testid="settings-save"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.settingsSet).not.toHaveBeenCalled()

    await wrapper.get('[data-testid="settings-open"]').trigger('click')
    await flushPromises()
    await wrapper.get('[data-testid="settings-defaults"]').trigger('click')
    expect(input(wrapper, 'unsettledDays').element.value).toBe('2')
    await wrapper.get('[data-testid="settings-save"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.settingsSet).toHaveBeenCalledWith({ unsettledDays: 2, accountRequestsPerSecond: 20, autoSyncOnOpen: true })
  })

  it('keeps the dialog open with the translated reason when saving fails', async () => {
    const { wrapper, fake } = await openSettings()
    fake.bridge.settingsSet.mockResolvedValueOnce(fail('io'))
    await type(wrapper, 'globalConcurrency', '8')
    await wrapper.get('[data-testid="settings-save"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="settings-save-error"]').text()).toContain(ERROR_MESSAGES.io.zh)
    expect(wrapper.get('[data-testid="settings-dialog"]').isVisible()).toBe(true)
  })

  it('is in English when the UI is', async () => {
    const { wrapper } = await openSettings()
    useSettingsStore().setLocale('en')
    await flushPromises()
    const text = wrapper.get('[data-testid="settings-dialog"]').text()
    expect(text).toContain('Unsettled days')
    expect(text).toContain('Requests per second (per account)')
    await type(wrapper, 'globalConcurrency', '65')
    expect(wrapper.get('[data-testid="settings-globalConcurrency"]').text()).toContain('Enter a whole number from 1 to 64')
  })

  it('diffs field by field', () => {
    expect(settingsDiff(DEFAULT_APP_SETTINGS, { ...DEFAULT_APP_SETTINGS })).toEqual({})
    expect(settingsDiff(DEFAULT_APP_SETTINGS, { ...DEFAULT_APP_SETTINGS, globalConcurrency: 2 })).toEqual({ globalConcurrency: 2 })
  })
})
