// Mounting one tab's view over the fake bridge, on the demo account (or a platform account).
import { flushPromises } from '@vue/test-utils'
import { useAccountsStore } from '../../../src/renderer/src/stores/accounts'
import { useRangeStore } from '../../../src/renderer/src/stores/range'
import { TAB_VIEWS } from '../../../src/renderer/src/views/report-views'
import type { TabId } from '../../../src/renderer/src/views/tabs'
import type { ReportQuery } from '../../../src/shared/dto'
import { DEMO_ACCOUNT } from './fake-bridge'
import { account } from './fixtures'
import { harness, mountWith } from './mount'

export const PLATFORM = account({ id: 'tp', name: '服务商', kind: 'tp', appId: null })

export async function mountTab(id: TabId, configure: (h: ReturnType<typeof harness>) => void = () => {}) {
  const h = harness()
  h.fake.setStoredAccounts([id === 'tp' ? PLATFORM : DEMO_ACCOUNT])
  configure(h)
  await useAccountsStore().load()
  useRangeStore().setRange({ from: '20190413', to: '20190415' })
  const wrapper = mountWith(TAB_VIEWS[id], h.pinia)
  await flushPromises()
  return { ...h, wrapper }
}

export function lastQuery(calls: unknown[][]): ReportQuery {
  return calls.at(-1)?.[0] as ReportQuery
}

/** The text of each cell of each body row of an Element Plus table. */
export function cells(root: { findAll(selector: string): { findAll(selector: string): { text(): string }[] }[] }, testId: string): string[][] {
  return root.findAll(`[data-testid="${testId}"] tbody tr`).map((r) => r.findAll('td').map((td) => td.text()))
}
