// The core a CLI command works on. Its log goes nowhere (the terminal is for results), so what the
// user must still hear about when the cache opens is said on stderr here, for every command alike.
import type { AccountSummary } from '../../shared/accounts'
import { label, type Bilingual, type Locale } from '../../shared/reports'
import { AppError } from '../app-error'
import { createCore, type Core, type CoreOptions } from '../core'
import { createLogger } from '../log'
import { NewerSchemaError } from '../store'
import { reportError, type CliIO } from './io'

const MESSAGES = {
  recovered: (file: string, reason: string): Bilingual => ({
    zh: `swanboard: 警告：本地缓存文件已损坏，已另存为 ${file}；已新建空缓存，数据需重新同步。\n  详情：${reason}\n`,
    en: `swanboard: warning: the local cache file was damaged and has been kept aside as ${file}; a fresh cache was started, so data will be synced again.\n  Details: ${reason}\n`
  }),
  newer: (db: string, e: NewerSchemaError): Bilingual => ({
    zh: `swanboard: 缓存 ${db} 由更新版本的 Swanboard 写入（结构版本 ${e.found}，此版本最高支持 ${e.supported}），无法打开；文件未做任何改动。请升级 Swanboard，或用 --db 指定其他文件。\n`,
    en: `swanboard: the cache ${db} was written by a newer Swanboard (schema ${e.found}; this version knows up to ${e.supported}) and cannot be opened; the file was left untouched. Update Swanboard, or name another file with --db.\n`
  })
} satisfies Record<string, (...args: never[]) => Bilingual>

/** The core over `options.dbPath`, or null when the cache cannot be opened (the user has been told why). */
export function openCliCore(options: Omit<CoreOptions, 'logger'>, io: CliIO, locale: Locale): Core | null {
  let core: Core
  try {
    core = createCore({ ...options, logger: createLogger(() => undefined) })
  } catch (err) {
    if (err instanceof NewerSchemaError) io.err(label(MESSAGES.newer(options.dbPath, err), locale))
    else reportError(io, err, locale)
    return null
  }
  if (core.recovery) io.err(label(MESSAGES.recovered(core.recovery.damagedPath, core.recovery.reason), locale))
  return core
}

/** A saved account named by `--account` (or `--demo`: demo accounts only), by its name or id. */
export function findAccount(core: Core, nameOrId: string, demoOnly = false): AccountSummary {
  const found = core.accounts.list().find((a) => (a.name === nameOrId || a.id === nameOrId) && (!demoOnly || a.demo))
  if (!found) throw new AppError('not_found', demoOnly ? `no demo account named ${nameOrId}` : `no account named ${nameOrId}`)
  return found
}
