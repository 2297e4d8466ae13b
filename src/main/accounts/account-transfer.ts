// The account list as a JSON file: everything but secrets, in and out.
import { z } from 'zod'
import { ACCOUNT_KINDS, type AccountExport, type AccountInput, type AccountSummary } from '../../shared/accounts'
import { AppError } from '../app-error'

export function exportAccounts(accounts: readonly AccountSummary[], now: number): AccountExport {
  return {
    format: 'swanboard-accounts',
    version: 1,
    exportedAt: now,
    // Demo accounts belong to this install; an exported list carries the user's own.
    accounts: accounts.filter((a) => !a.demo).map((a) => ({ name: a.name, kind: a.kind, appId: a.appId, baseUrl: a.baseUrl, notes: a.notes, tags: a.tags }))
  }
}

const exportSchema = z.strictObject({
  format: z.literal('swanboard-accounts'),
  version: z.literal(1),
  exportedAt: z.number(),
  accounts: z
    .array(
      z.looseObject({
        name: z.string().trim().min(1).max(100),
        kind: z.enum(ACCOUNT_KINDS),
        appId: z.string().trim().max(100).nullable(),
        baseUrl: z.url({ protocol: /^https?$/ }).max(500),
        notes: z.string().max(2000).default(''),
        tags: z.array(z.string().trim().min(1).max(40)).max(20).default([])
      })
    )
    .max(1000)
})

/** The accounts of an exported list, as inputs without secrets; anything else is refused whole. */
export function parseAccountExport(json: string): AccountInput[] {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    throw new AppError('invalid_input', 'the file is not JSON')
  }
  const parsed = exportSchema.safeParse(data)
  if (!parsed.success) throw new AppError('invalid_input', `not a Swanboard account list: ${parsed.error.issues[0]?.message ?? 'invalid'}`)
  return parsed.data.accounts.map((a) => ({ name: a.name, kind: a.kind, appId: a.appId, baseUrl: a.baseUrl, notes: a.notes, tags: a.tags }))
}
