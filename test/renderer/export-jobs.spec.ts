// Whole-account and portfolio exports: a job started from the header, its progress, cancel, and
// its end (a saved file, a download, or a translated error).
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import App from '../../src/renderer/src/App.vue'
import { useExportJobsStore } from '../../src/renderer/src/stores/export-jobs'
import { presetRange } from '../../src/shared/calendar'
import { ERROR_MESSAGES } from '../../src/shared/errors'
import { deferred, DEMO_ACCOUNT, ok } from './support/fake-bridge'
import { account } from './support/fixtures'
import { harness, mountWith } from './support/mount'

const SHOP = account({ id: 'shop', name: '商城' })

async function mountApp() {
  const h = harness()
  h.fake.setStoredAccounts([DEMO_ACCOUNT, SHOP])
  const wrapper = mountWith(App, h.pinia)
  await flushPromises()
  return { ...h, wrapper, jobs: useExportJobsStore() }
}

function catchClicks(): { clicked: HTMLAnchorElement[]; restore(): void } {
  const clicked: HTMLAnchorElement[] = []
  const original = HTMLAnchorElement.prototype.click
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this)
  }
  return { clicked, restore: () => (HTMLAnchorElement.prototype.click = original) }
}

describe('export all', () => {
  it('starts a job for the current account and range, shows its progress, and downloads the file at the end', async () => {
    const { wrapper, fake } = await mountApp()
    await wrapper.get('[data-testid="export-all"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.exportStart).toHaveBeenCalledWith({ kind: 'account', accountId: 'demo', ...presetRange('last30'), locale: 'zh-CN' })
    expect(wrapper.get('[data-testid="export-all"]').attributes('disabled')).toBeDefined()
    expect(wrapper.get('[data-testid="export-job-progress"]').text()).toContain('正在开始')

    fake.emit('export:progress', { jobId: 'job-1', phase: 'writing', done: 3, total: 12, rows: 1234 })
    fake.emit('export:progress', { jobId: 'other', phase: 'writing', done: 9, total: 9, rows: 1 })
    await flushPromises()
    const progress = wrapper.get('[data-testid="export-job-progress"]').text()
    expect(progress).toContain('正在写入工作表')
    expect(progress).toContain('3 / 12 · 1234 行')

    const { clicked, restore } = catchClicks()
    try {
      fake.emit('export:finished', { jobId: 'job-1', result: { status: 'download', fileName: '演示_全部.xlsx', url: '/download/x' }, error: null })
      await flushPromises()
    } finally {
      restore()
    }
    expect(clicked.map((a) => a.getAttribute('download'))).toEqual(['演示_全部.xlsx'])
    expect(wrapper.find('[data-testid="export-job-progress"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="export-job-result"]').text()).toContain('已开始下载 演示_全部.xlsx')
    expect(wrapper.get('[data-testid="export-all"]').attributes('disabled')).toBeUndefined()

    await wrapper.get('[data-testid="export-job-close"]').trigger('click')
    expect(wrapper.find('[data-testid="export-job-result"]').exists()).toBe(false)
  })

  it('cancels the running job; nothing is left behind', async () => {
    const { wrapper, fake } = await mountApp()
    await wrapper.get('[data-testid="export-all"]').trigger('click')
    await flushPromises()
    await wrapper.get('[data-testid="export-job-cancel"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.exportCancel).toHaveBeenCalledWith({ jobId: 'job-1' })
    expect(wrapper.get('[data-testid="export-job-cancel"]').text()).toContain('正在取消')
    fake.emit('export:finished', { jobId: 'job-1', result: { status: 'cancelled' }, error: null })
    await flushPromises()
    expect(wrapper.get('[data-testid="export-job-result"]').text()).toContain('导出已取消')
  })

  it('shows a failure in words, in the chosen language', async () => {
    const { wrapper, fake } = await mountApp()
    await wrapper.get('[data-testid="locale-switch"]').trigger('click')
    await wrapper.get('[data-testid="export-all"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.exportStart.mock.calls[0]?.[0]).toMatchObject({ locale: 'en' })
    fake.emit('export:finished', { jobId: 'job-1', result: null, error: { code: 'io', message: 'disk full', retryable: false } })
    await flushPromises()
    expect(wrapper.get('[data-testid="export-job-result"]').text()).toContain(ERROR_MESSAGES.io.en)
    expect(wrapper.get('[data-testid="export-job-result"]').classes()).toContain('is-failed')
  })

  it('takes events that overtake the start answer (a fast job)', async () => {
    const { fake, jobs } = await mountApp()
    const started = deferred<ReturnType<typeof ok<{ jobId: string }>>>()
    fake.bridge.exportStart.mockReturnValueOnce(started.promise)
    const done = jobs.startAccount()
    await flushPromises()
    fake.emit('export:progress', { jobId: 'fast', phase: 'finishing', done: 1, total: 1, rows: 10 })
    fake.emit('export:finished', { jobId: 'fast', result: { status: 'saved', fileName: 'a.xlsx' }, error: null })
    started.resolve(ok({ jobId: 'fast' }))
    expect(await done).toBe(true)
    expect(jobs.job).toMatchObject({ jobId: 'fast', phase: 'done', result: { status: 'saved', fileName: 'a.xlsx' } })
    expect(jobs.busy).toBe(false)
  })
})

describe("a tab's export", () => {
  it('shows its progress on its own button, not in the panel, and holds other exports back until it ends', async () => {
    const { wrapper, fake } = await mountApp()
    await flushPromises()
    await wrapper.get('[data-testid="export-overview-csv"]').trigger('click')
    await flushPromises()
    expect(fake.bridge.exportStart).toHaveBeenCalledWith(expect.objectContaining({ kind: 'overview', accountId: 'demo', format: 'csv' }))
    fake.emit('export:progress', { jobId: 'job-1', phase: 'writing', done: 0, total: 1, rows: 6 })
    await flushPromises()
    expect(wrapper.get('[data-testid="export-overview-csv"]').text()).toBe('已写入 6 行')
    expect(wrapper.find('[data-testid="export-job-progress"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="export-all"]').attributes('disabled')).toBeDefined()
    expect(wrapper.get('[data-testid="export-overview"]').attributes('disabled')).toBeDefined()

    fake.emit('export:finished', { jobId: 'job-1', result: { status: 'saved', fileName: '概况.csv' }, error: null })
    await flushPromises()
    expect(wrapper.find('[data-testid="export-job-result"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="export-overview-cancel"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="export-all"]').attributes('disabled')).toBeUndefined()
    expect(document.body.textContent).toContain('已导出到 概况.csv')
  })
})

describe('export portfolio', () => {
  it('chooses accounts and per-account sheets, then starts a portfolio job', async () => {
    const { wrapper, fake } = await mountApp()
    await wrapper.get('[data-testid="export-portfolio"]').trigger('click')
    await flushPromises()
    const boxes = document.body.querySelectorAll<HTMLElement>('[data-testid="export-portfolio-account"]')
    expect([...boxes].map((b) => b.getAttribute('data-account-id'))).toEqual(['demo', 'shop'])

    // Everything ticked is "all accounts".
    document.body.querySelector<HTMLElement>('[data-testid="export-portfolio-start"]')!.click()
    await flushPromises()
    expect(fake.bridge.exportStart).toHaveBeenLastCalledWith({ kind: 'portfolio', accounts: 'all', ...presetRange('last30'), perAccountSheets: false, locale: 'zh-CN' })
    fake.emit('export:finished', { jobId: 'job-1', result: { status: 'saved', fileName: '组合.xlsx' }, error: null })
    await flushPromises()
    expect(wrapper.get('[data-testid="export-job-result"]').text()).toContain('已导出到 组合.xlsx')

    await wrapper.get('[data-testid="export-portfolio"]').trigger('click')
    await flushPromises()
    ;(document.body.querySelector('[data-testid="export-portfolio-account"][data-account-id="demo"] input') as HTMLInputElement).click()
    ;(document.body.querySelector('[data-testid="export-portfolio-sheets"]') as HTMLElement).click()
    await flushPromises()
    document.body.querySelector<HTMLElement>('[data-testid="export-portfolio-start"]')!.click()
    await flushPromises()
    expect(fake.bridge.exportStart).toHaveBeenLastCalledWith({ kind: 'portfolio', accounts: ['shop'], ...presetRange('last30'), perAccountSheets: true, locale: 'zh-CN' })
  })
})
