// `swanboard accounts list|add|remove`: saved accounts from the command line. Secrets go in through
// flags or environment variables and are sealed in the cache; nothing printed ever shows one.
import Table from 'cli-table3'
import { ACCOUNT_KINDS, type AccountInput, type AccountKind, type AccountSummary, type AuthProblem } from '../../shared/accounts'
import { label, type Bilingual, type Locale } from '../../shared/reports'
import { AppError } from '../app-error'
import type { Core } from '../core'
import { findAccount, openCliCore } from './cli-core'
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

/** Runs a command on the cache at `db` and closes it; 1 when the cache cannot be opened (already told). */
async function withCore(db: string, io: CliIO, locale: Locale, run: (core: Core) => Promise<number>): Promise<number> {
  const core = openCliCore({ dbPath: db }, io, locale)
  if (!core) return 1
  try {
    return await run(core)
  } finally {
    core.close()
  }
}

/** Which credential to renew, in the CLI's words. */
const AUTH_PROBLEM_HINT: Record<AuthProblem, Bilingual> = {
  tp_token: { zh: '请填写新的 TP token', en: 'enter a new TP token' },
  refresh_token: { zh: '请重新授权该小程序', en: 're-authorize the smart program' },
  app_credentials: { zh: '请检查 App Key 与 App Secret', en: 'check the App Key and App Secret' }
}

function describeHealth(a: AccountSummary, locale: Locale): string {
  if (a.needsAction) return `needs action: ${a.needsAction}${a.authProblem ? ` (${label(AUTH_PROBLEM_HINT[a.authProblem], locale)})` : ''}`
  if (a.health.lastError && (a.health.lastOkAt ?? 0) < a.health.lastError.at) return `last error: ${a.health.lastError.code}`
  return a.health.lastOkAt ? `ok ${new Date(a.health.lastOkAt).toISOString().slice(0, 16).replace('T', ' ')}` : '-'
}

export async function accountsListCommand(args: { db: string; json: boolean }, io: CliIO, locale: Locale): Promise<number> {
  try {
    return await withCore(args.db, io, locale, async (core) => {
      const accounts = core.accounts.list()
      if (args.json) {
        io.out(`${JSON.stringify(accounts)}\n`)
        return 0
      }
      const table = new Table({ head: ['name', 'kind', 'app id', 'secrets', 'tags', 'health'], style: { head: [], border: [] } })
      for (const a of accounts) {
        const secrets = Object.entries(a.secrets).map(([f, m]) => `${f} ${m ?? '(none)'}`).join('\n')
        table.push([a.name + (a.demo ? ' (demo)' : ''), a.kind, a.appId ?? '-', secrets, a.tags.join(', '), describeHealth(a, locale)])
      }
      io.out(`${table.toString()}\n`)
      return 0
    })
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
    return await withCore(args.db, io, locale, async (core) => {
      const added = await core.accounts.add(input)
      io.out(args.json ? `${JSON.stringify(added)}\n` : `Added ${added.name} (${added.kind}); secrets: ${Object.entries(added.secrets).map(([f, m]) => `${f} ${m}`).join(', ')}\n`)
      return 0
    })
  } catch (err) {
    reportError(io, err, locale)
    return err instanceof AppError && err.code === 'invalid_input' ? 2 : 1
  }
}

export async function accountsRemoveCommand(args: { name: string; db: string }, io: CliIO, locale: Locale): Promise<number> {
  try {
    return await withCore(args.db, io, locale, async (core) => {
      const found = findAccount(core, args.name)
      const removed = core.accounts.remove(found.id) ? found : null
      io.out(`Removed ${removed?.name ?? args.name} and its cached data.\n`)
      return 0
    })
  } catch (err) {
    reportError(io, err, locale)
    return err instanceof AppError && err.code === 'not_found' ? 2 : 1
  }
}
