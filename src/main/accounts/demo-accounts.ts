// The demo accounts: the simulator's apps and its TP, saved like any other account on first run,
// so there is real data without a Baidu token; removable, and restorable. Their tokens are public
// fakes from the simulator, read from there rather than stored (a token pasted into one is stored).
import type { AccountKind, SecretField } from '../../shared/accounts'
import { DEMO_APPS, DEMO_TP } from '../simulator'
import type { AccountFields } from './account-repository'

/** Base URL the demo accounts carry; their requests go to the bundled simulator, not the network. */
export const DEMO_BASE_URL = 'http://simulator.invalid'
const DEMO_TAG = '演示 Demo'

export function demoAccountId(id: string): string {
  return `demo-${id}`
}

export interface DemoSeed {
  id: string
  fields: AccountFields
  secrets: Partial<Record<SecretField, string>>
}

export function demoSeeds(): DemoSeed[] {
  const seed = (id: string, name: string, kind: AccountKind, appId: string | null, secrets: DemoSeed['secrets']): DemoSeed => ({
    id: demoAccountId(id),
    fields: { name, kind, appId, baseUrl: DEMO_BASE_URL, notes: '', tags: [DEMO_TAG], demo: true },
    secrets
  })
  return [...DEMO_APPS.map((app) => seed(app.appId, app.name, 'authorizer', app.appId, { token: app.token })), seed(DEMO_TP.tpId, DEMO_TP.name, 'tp', null, { tpToken: DEMO_TP.token })]
}

/** A demo account's built-in secret, when it has one for this field. */
export function demoSecret(accountId: string, field: SecretField): string | undefined {
  return demoSeeds().find((s) => s.id === accountId)?.secrets[field]
}
