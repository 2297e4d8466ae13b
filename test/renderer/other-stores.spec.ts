import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { i18n } from '../../src/renderer/src/i18n'
import { useAccountsStore } from '../../src/renderer/src/stores/accounts'
import { useExportJobsStore } from '../../src/renderer/src/stores/export-jobs'
import { useLinksStore } from '../../src/renderer/src/stores/links'
import { useRangeStore } from '../../src/renderer/src/stores/range'
import { SETTINGS_STORAGE, useSettingsStore } from '../../src/renderer/src/stores/settings'
import { DEMO_ACCOUNT, fail, ok } from './support/fake-bridge'
import { harness } from './support/mount'

// 2024-03-01 01:00 in Beijing is still 29 February in UTC.
const MARCH_1_BEIJING = Date.UTC(2024, 1, 29, 17, 0)

describe('accounts store', () => {
  it('selects the demo account on open', async () => {
    const { fake } = harness()
    fake.bridge.accountsList.mockResolvedValueOnce(
      ok([{ ...DEMO_ACCOUNT, id: 'real', name: 'Real', demo: false }, DEMO_ACCOUNT])
    )
    const accounts = useAccountsStore()
    await accounts.load()
    expect(accounts.selectedId).toBe('demo')
    accounts.select('nope')
    expect(accounts.selectedId).toBe('demo')
  })

  it('keeps the failure as an AppError', async () => {
    const { fake } = harness()
    fake.bridge.accountsList.mockResolvedValueOnce(fail('io'))
    const accounts = useAccountsStore()
    await accounts.load()
    expect(accounts.error?.code).toBe('io')
    expect(accounts.loaded).toBe(false)
  })
})

describe('range store', () => {
  it('starts on the last 30 Beijing days and refuses ranges past yesterday', () => {
    vi.useFakeTimers({ now: MARCH_1_BEIJING, toFake: ['Date'] })
    setActivePinia(createPinia())
    const range = useRangeStore()
    expect(range.range).toEqual({ from: '20240131', to: '20240229' })
    expect(range.preset).toBe('last30')
    expect(range.presetFor('thisMonth')).toBeNull()
    expect(range.applyPreset('thisMonth')).toBe(false)
    expect(range.setRange({ from: '20240201', to: '20240301' })).toBe(false)
    expect(range.setRange({ from: '20240210', to: '20240201' })).toBe(false)
    expect(range.setRange({ from: '20240201', to: '20240229' })).toBe(true)
    expect(range.preset).toBe('lastMonth')
  })

  it('rolls a preset forward after Beijing midnight but leaves a custom range alone', () => {
    vi.useFakeTimers({ now: MARCH_1_BEIJING, toFake: ['Date'] })
    setActivePinia(createPinia())
    const range = useRangeStore()
    range.applyPreset('last7')
    range.tick(MARCH_1_BEIJING + 24 * 3600_000)
    expect(range.range).toEqual({ from: '20240224', to: '20240301' })
    range.setRange({ from: '20240210', to: '20240212' })
    range.tick(MARCH_1_BEIJING + 48 * 3600_000)
    expect(range.range).toEqual({ from: '20240210', to: '20240212' })
  })
})

describe('settings store', () => {
  it('defaults to Chinese and persists the locale, theme and metrics', async () => {
    setActivePinia(createPinia())
    const settings = useSettingsStore()
    expect(settings.locale).toBe('zh-CN')
    settings.toggleLocale()
    settings.toggleTheme()
    settings.setTrendMetrics(['session_count', 'user_count'])
    await nextTick()
    expect(i18n.global.locale.value).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(document.documentElement.classList.contains('dark')).toBe(true)

    setActivePinia(createPinia())
    const again = useSettingsStore()
    expect(again.locale).toBe('en')
    expect(again.theme).toBe('dark')
    expect(again.trendMetrics).toEqual(['user_count', 'session_count'])
  })

  it('ignores junk in storage', () => {
    localStorage.setItem(SETTINGS_STORAGE, JSON.stringify({ locale: 'fr', theme: 'neon', trendMetrics: ['x'] }))
    setActivePinia(createPinia())
    const settings = useSettingsStore()
    expect(settings.locale).toBe('zh-CN')
    expect(settings.theme).toBe('light')
    expect(settings.trendMetrics).toEqual(['user_count', 'new_user_count'])
  })
})

describe('export jobs and links stores', () => {
  const query = { accountId: 'demo', report: 'region' as const, variant: {}, from: '20240101', to: '20240107' }

  it("starts a tab's export as a job, one at a time; a refused start is a failed job", async () => {
    const { fake } = harness()
    const jobs = useExportJobsStore()
    expect(await jobs.startTab('region', { kind: 'report', query }, 'csv')).toBe(true)
    expect(fake.bridge.exportStart).toHaveBeenCalledWith({ kind: 'report', query, format: 'csv', locale: 'zh-CN' })
    expect(jobs.job).toMatchObject({ kind: 'report', tab: 'region', format: 'csv', jobId: 'job-1', phase: 'running' })
    expect(await jobs.startTab('region', { kind: 'report', query }, 'xlsx')).toBe(false)
    fake.emit('export:finished', { jobId: 'job-1', result: { status: 'saved', fileName: 'a.csv' }, error: null })
    expect(jobs.job).toMatchObject({ phase: 'done', result: { status: 'saved', fileName: 'a.csv' } })

    fake.bridge.exportStart.mockResolvedValueOnce(fail('invalid_input'))
    expect(await jobs.startTab('overview', { kind: 'overview', accountId: 'demo', day: '20240107' }, 'xlsx')).toBe(false)
    expect(fake.bridge.exportStart).toHaveBeenLastCalledWith({ kind: 'overview', accountId: 'demo', day: '20240107', format: 'xlsx', locale: 'zh-CN' })
    expect(jobs.job).toMatchObject({ tab: 'overview', phase: 'failed', error: { code: 'invalid_input' } })
    expect(jobs.busy).toBe(false)
  })

  it('refuses a download link to another origin', async () => {
    const { fake } = harness()
    const jobs = useExportJobsStore()
    await jobs.startTab('region', { kind: 'report', query }, 'xlsx')
    fake.emit('export:finished', { jobId: 'job-1', result: { status: 'download', fileName: 'a.xlsx', url: 'https://evil.example/a.xlsx' }, error: null })
    expect(jobs.job).toMatchObject({ phase: 'failed', error: { code: 'forbidden' } })
  })

  it('opens allow-listed links only, in a tab when the host cannot', async () => {
    const { fake } = harness()
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    const links = useLinksStore()
    expect(await links.openExternal('https://evil.example/')).toBe(false)
    expect(fake.bridge.shellOpenExternal).not.toHaveBeenCalled()

    expect(await links.openExternal('https://smartprogram.baidu.com/docs/third/data/')).toBe(true)
    expect(open).not.toHaveBeenCalled()

    fake.bridge.shellOpenExternal.mockResolvedValueOnce(ok({ opened: false }))
    await links.openExternal('https://smartprogram.baidu.com/docs/third/data/')
    expect(open).toHaveBeenCalledWith('https://smartprogram.baidu.com/docs/third/data/', '_blank', 'noopener')
    open.mockRestore()
  })
})
