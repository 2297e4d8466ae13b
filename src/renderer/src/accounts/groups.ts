// Accounts grouped by their first tag, for the manager and the header picker.
import type { AccountSummary } from '../../../shared/accounts'

export interface AccountGroup {
  /** null: the accounts without a tag, always last. */
  tag: string | null
  accounts: AccountSummary[]
}

/**
 * One group per first tag, in the order the user put the accounts; an account appears once even
 * with several tags, so the picker never offers the same account twice.
 */
export function groupAccounts(list: readonly AccountSummary[]): AccountGroup[] {
  const byTag = new Map<string, AccountSummary[]>()
  const untagged: AccountSummary[] = []
  for (const account of list) {
    const tag = account.tags[0]
    if (tag === undefined) {
      untagged.push(account)
      continue
    }
    const group = byTag.get(tag)
    if (group) group.push(account)
    else byTag.set(tag, [account])
  }
  const groups: AccountGroup[] = [...byTag].map(([tag, accounts]) => ({ tag, accounts }))
  if (untagged.length > 0) groups.push({ tag: null, accounts: untagged })
  return groups
}

/** The order the user sees: group after group. */
export function displayOrder(list: readonly AccountSummary[]): AccountSummary[] {
  return groupAccounts(list).flatMap((g) => g.accounts)
}

/**
 * The whole new order after moving one account a step within its group, or null when it cannot
 * move that way. The result follows the displayed order, so what is sent is what the user sees.
 */
export function moveAccount(list: readonly AccountSummary[], id: string, step: -1 | 1): string[] | null {
  const groups = groupAccounts(list)
  const group = groups.find((g) => g.accounts.some((a) => a.id === id))
  if (!group) return null
  const i = group.accounts.findIndex((a) => a.id === id)
  const j = i + step
  if (j < 0 || j >= group.accounts.length) return null
  const moved = [...group.accounts]
  ;[moved[i], moved[j]] = [moved[j]!, moved[i]!]
  group.accounts = moved
  return groups.flatMap((g) => g.accounts.map((a) => a.id))
}

/** Every tag in use, in first-seen order: the tag picker's suggestions. */
export function allTags(list: readonly AccountSummary[]): string[] {
  return [...new Set(list.flatMap((a) => a.tags))]
}

/** Name, app id, kind label or any tag containing the text (case-insensitive). */
export function matchesFilter(account: AccountSummary, text: string, kindLabel: string): boolean {
  const needle = text.trim().toLowerCase()
  if (needle === '') return true
  return [account.name, account.appId ?? '', kindLabel, ...account.tags].some((s) => s.toLowerCase().includes(needle))
}
