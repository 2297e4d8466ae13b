import { flushPromises } from '@vue/test-utils'
import { ElDatePicker } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import RangeControl from '../../src/renderer/src/components/layout/RangeControl.vue'
import { useRangeStore } from '../../src/renderer/src/stores/range'
import { harness, mountWith } from './support/mount'

// Node re-reads TZ when it changes; the renderer tsconfig has no node types, hence the cast.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env
const originalTz = env.TZ

afterEach(() => {
  env.TZ = originalTz
})

describe('RangeControl', () => {
  it('disables picker days after yesterday in Beijing, by calendar day, in any laptop zone', async () => {
    // 23:00 on 1 March in Beijing is 07:00 on 1 March in Los Angeles: yesterday (Beijing) is 29 Feb,
    // although 1 March has already begun on the laptop's own clock.
    env.TZ = 'America/Los_Angeles'
    vi.useFakeTimers({ now: Date.UTC(2024, 2, 1, 15, 0), toFake: ['Date'] })
    const { pinia } = harness()
    const wrapper = mountWith(RangeControl, pinia)
    const disabledDate = wrapper.getComponent(ElDatePicker).props('disabledDate') as (d: Date) => boolean
    expect(disabledDate(new Date(2024, 1, 29))).toBe(false)
    expect(disabledDate(new Date(2024, 2, 1))).toBe(true)
    expect(disabledDate(new Date(2024, 2, 2))).toBe(true)
    expect(disabledDate(new Date(2023, 0, 1))).toBe(false)
  })

  it('applies a custom range from the picker and shows its length', async () => {
    vi.useFakeTimers({ now: Date.UTC(2024, 2, 10, 4, 0), toFake: ['Date'] })
    const { pinia } = harness()
    const wrapper = mountWith(RangeControl, pinia)
    wrapper.getComponent(ElDatePicker).vm.$emit('update:modelValue', ['20240201', '20240210'])
    await flushPromises()
    expect(useRangeStore().range).toEqual({ from: '20240201', to: '20240210' })
    expect(wrapper.text()).toContain('共 10 天')
    expect(wrapper.find('[aria-pressed="true"]').exists()).toBe(false)
  })
})
