import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import type { Component } from 'vue'
import { installBridge } from '../../../src/renderer/src/api'
import { i18n } from '../../../src/renderer/src/i18n'
import { createFakeBridge, type FakeBridge } from './fake-bridge'

export interface Harness {
  pinia: Pinia
  fake: FakeBridge
}

/** A fresh Pinia and a fake Bridge installed into api.ts: never the real network. */
export function harness(): Harness {
  const fake = createFakeBridge()
  installBridge(fake.bridge)
  const pinia = createPinia()
  setActivePinia(pinia)
  return { pinia, fake }
}

export function mountWith<C extends Component>(component: C, pinia: Pinia, options: ComponentMountingOptions<C> = {}) {
  return mount(component, {
    attachTo: document.body,
    ...options,
    global: {
      plugins: [pinia, i18n],
      // happy-dom has no canvas: charts are stubs whose props the tests read.
      stubs: { LineChart: true, BarChart: true, Sparkline: true },
      ...options.global
    }
  } as ComponentMountingOptions<C>)
}
