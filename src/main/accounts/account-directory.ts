// Saved accounts and how to reach each one. For now: the built-in demo accounts.
import type { AccountSummary } from '../../shared/dto'
import { AppError } from '../app-error'
import type { BaiduClient } from '../baidu'

export interface AccountEntry {
  summary: AccountSummary
  client: BaiduClient
}

export class UnknownAccountError extends AppError {
  constructor(readonly accountId: string) {
    super('not_found', `no account with id ${JSON.stringify(accountId)}`)
    this.name = 'UnknownAccountError'
  }
}

export class AccountDirectory {
  private readonly byId: Map<string, AccountEntry>

  constructor(entries: readonly AccountEntry[]) {
    this.byId = new Map(entries.map((e) => [e.summary.id, e]))
  }

  list(): AccountSummary[] {
    return [...this.byId.values()].map((e) => e.summary)
  }

  entries(): AccountEntry[] {
    return [...this.byId.values()]
  }

  get(accountId: string): AccountEntry {
    const entry = this.byId.get(accountId)
    if (!entry) throw new UnknownAccountError(accountId)
    return entry
  }
}
