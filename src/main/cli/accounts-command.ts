// `swanboard accounts list|add|remove`: saved accounts from the command line. Secrets go in through
// flags or environment variables and are sealed in the cache; nothing printed ever shows one.
import Table from 'cli-table3'
import { ACCOUNT_KINDS, type AccountInput, type AccountKind, type AccountSummary } from '../../shared/accounts'
import type { Locale } from '../../shared/reports'
import { AppError } from '../app-error'
import { createCore } from '../core'
import { createLogger } from '../log'
import type { CliIO } from './io'
import { reportError } from './io'

export interface AddArgs {
  name: string
  kind: string
  appId?: string
  token?: string
  tpToken?: string
  refreshToken?: string
  appKey?: string
  appSecret?: string
  baseUrl?: string
  notes?: string
  tags?: string
}

/** Secret flags fall back to environment variables, which keep them out of shell history. */
const SECRET_ENV: Record<'token' | 'tpToken' | 'refreshToken' | 'appKey' | 'appSecret', string> = {
  token: 'SWANBOARD_TOKEN',
  tpToken: 'SWANBOARD_TP_TOKEN',
  refreshToken: 'SWANBOARD_REFRESH_TOKEN',
  appKey: 'SWANBOARD_APP_KEY',
  appSecret: 'SWANBOARD_APP_SECRET'
}

function withCore<T>(db: string, io: CliIO, run: (core: ReturnType<typeof createCore>) => Promise<T>): Promise<T> {
  const core = createCore({ dbPath: db, logger: createLogger(() => undefined) })
  return run(core).finally(() => core.close())
}

function describeHealth(a: AccountSummary): string {
  if (a.needsAction) return `needs action: ${a.needsAction}`
  if (a.health.lastError && (a.health.lastOkAt ?? 0) < a.health.lastError.at) return `last error: ${a.health.lastError.code}`
  return a.health.lastOkAt ? `ok ${new Date(a.health.lastOkAt).toISOString().slice(0, 16).replace('T', ' ')}` : '-'
}

export async function accountsListCommand(args: { db: string; json: boolean }, io: CliIO, locale: Locale): Promise<number> {
  try {
    const accounts = await withCore(args.db, io, async (core) => core.accounts.list())
    if (args.json) {
      io.out(`${JSON.stringify(accounts)}\n`)
      return 0
    }
    const table = new Table({ head: ['name', 'kind', 'app id', 'secrets', 'tags', 'health'], style: { head: [], border: [] } })
    for (const a of accounts) {
      const secrets = Object.entries(a.secrets).map(([f, m]) => `${f} ${m ?? '(none)'}`).join('\n')
      table.push([a.name + (a.demo ? ' (demo)' : ''), a.kind, a.appId ?? '-', secrets, a.tags.join(', '), describeHealth(a)])
    }
    io.out(`${table.toString()}\n`)
    return 0
  } catch (err) {
    reportError(io, err, locale)
    return 1
  }
}

export async function accountsAddCommand(args: AddArgs & { db: string; json: boolean }, io: CliIO, locale: Locale): Promise<number> {
  if (!(ACCOUNT_KINDS as readonly string[]).includes(args.kind)) {
    io.err(`swanboard: --kind must be one of ${ACCOUNT_KINDS.join(', ')}\n`)
    return 2
  }
  const secrets: Record<string, string> = {}
  for (const [field, env] of Object.entries(SECRET_ENV)) {
    const value = (args as unknown as Record<string, string | undefined>)[field] ?? io.env[env]
    if (value) secrets[field] = value
  }
  const input: AccountInput = {
    name: args.name,
    kind: args.kind as AccountKind,
    appId: args.appId ?? null,
    baseUrl: args.baseUrl,
    notes: args.notes,
    tags: args.tags ? args.tags.split(',').map((t) => t.trim()).filter(Boolean) : undefined,
    secrets
  }
  try {
    const added = await withCore(args.db, io, (core) => core.accounts.add(input))
    io.out(args.json ? `${JSON.stringify(added)}\n` : `Added ${added.name} (${added.kind}); secrets: ${Object.entries(added.secrets).map(([f, m]) => `${f} ${m}`).join(', ')}\n`)
    return 0
  } catch (err) {
    reportError(io, err, locale)
    return err instanceof AppError && err.code === 'invalid_input' ? 2 : 1
  }
}

export async function accountsRemoveCommand(args: { name: string; db: string }, io: CliIO, locale: Locale): Promise<number> {
  try {
    const removed = await withCore(args.db, io, async (core) => {
      const found = core.accounts.list().find((a) => a.name === args.name || a.id === args.name)
      if (!found) throw new AppError('not_found', `no account named ${args.name}`)
      return core.accounts.remove(found.id) ? found : null
    })
    io.out(`Removed ${removed?.name ?? args.name} and its cached data.\n`)
    return 0
  } catch (err) {
    reportError(io, err, locale)
    return err instanceof AppError && err.code === 'not_found' ? 2 : 1
  }
}
