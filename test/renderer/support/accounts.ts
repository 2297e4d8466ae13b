// Mounting the account manager over the fake bridge with a chosen list of accounts.
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import AccountManager from '../../../src/renderer/src/components/accounts/AccountManager.vue'
import { useAccountManagerStore } from '../../../src/renderer/src/stores/account-manager'
import { useAccountsStore } from '../../../src/renderer/src/stores/accounts'
import type { AccountSummary } from '../../../src/shared/accounts'
import { harness, mountWith } from './mount'

export async function mountManager(list: AccountSummary[]) {
  const h = harness()
  h.fake.setStoredAccounts(list)
  const accounts = useAccountsStore()
  await accounts.load()
  const manager = useAccountManagerStore()
  manager.openManager()
  const wrapper = mountWith(AccountManager, h.pinia)
  await flushPromises()
  return { ...h, accounts, manager, wrapper }
}

export function row(wrapper: VueWrapper, id: string) {
  return wrapper.get(`[data-testid="account-row"][data-account-id="${id}"]`)
}

/** Element Plus options render in a popper attached to the body. */
export async function chooseOption(wrapper: VueWrapper, selectTestId: string, optionTestId: string): Promise<void> {
  await wrapper.get(`[data-testid="${selectTestId}"] .el-select__wrapper`).trigger('click')
  await flushPromises()
  const option = document.body.querySelector<HTMLElement>(`[data-testid="${optionTestId}"]`)
  if (!option) throw new Error(`no option ${optionTestId}`)
  option.click()
  await flushPromises()
}
