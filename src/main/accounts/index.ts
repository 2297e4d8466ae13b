export { AccountDirectory, UnknownAccountError } from './account-directory'
export type { AccountEntry } from './account-directory'
export { createDemoAccounts, demoAccountId, DEMO_BASE_URL } from './demo-accounts'
