import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrendView from '../../src/renderer/src/views/TrendView.vue'
import { useAccountsStore } from '../../src/renderer/src/stores/accounts'
import { ERROR_MESSAGES } from '../../src/shared/errors'
import { fail } from './support/fake-bridge'
import { harness, mountWith } from './support/mount'

describe('TrendView refresh failures', () => {
  it('keeps the numbers on screen when a refresh fails, with the error and a retry above them', async () => {
    const h = harness()
    await useAccountsStore().load()
    const wrapper = mountWith(TrendView, h.pinia)
    await flushPromises()

    h.fake.bridge.reportsGet.mockResolvedValueOnce(fail('network', { detail: 'socket hang up' }))
    await wrapper.get('[data-testid="refresh"]').trigger('click')
    await flushPromises()

    expect(wrapper.find('[data-testid="trend-table"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="state-error"]').exists()).toBe(false)
    const alert = wrapper.get('[data-testid="refresh-error"]')
    expect(alert.text()).toContain(ERROR_MESSAGES.network.zh)
    expect(alert.text()).toContain('socket hang up')

    await wrapper.get('[data-testid="retry-inline"]').trigger('click')
    await flushPromises()
    expect(h.fake.bridge.reportsGet).toHaveBeenCalledTimes(3)
    expect(h.fake.bridge.reportsGet.mock.calls[2]?.[0]).toMatchObject({ refresh: true })
    expect(wrapper.find('[data-testid="refresh-error"]').exists()).toBe(false)
  })

  it('offers a retry when the account list itself failed', async () => {
    const h = harness()
    h.fake.bridge.accountsList.mockResolvedValueOnce(fail('internal'))
    await useAccountsStore().load()
    const wrapper = mountWith(TrendView, h.pinia)
    await flushPromises()
    expect(wrapper.get('[data-testid="state-error"]').text()).toContain('账号列表加载失败')
    await wrapper.get('[data-testid="retry"]').trigger('click')
    await flushPromises()
    expect(h.fake.bridge.accountsList).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[data-testid="trend-table"]').exists()).toBe(true)
  })
})
