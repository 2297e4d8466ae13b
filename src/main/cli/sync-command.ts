// `swanboard sync`: accounts × reports × variants over a range into the cache, with a progress bar.
import { SingleBar } from 'cli-progress'
import type { Day } from '../../shared/calendar'
import { formatDateTime } from '../../shared/format'
import { label, type Bilingual, type Locale, type ReportId } from '../../shared/reports'
import type { AccountSummary } from '../../shared/dto'
import type { InterruptedSync, SyncProgress, SyncRequest, SyncSummary } from '../../shared/sync'
import { AppError } from '../app-error'
import { coversRequest } from '../sync/resume'
import { findAccount, openCliCore } from './cli-core'
import type { CliIO } from './io'
import { reportError } from './io'
import { parseReportList } from './options'

export interface SyncArgs {
  account?: string
  all: boolean
  demo: boolean
  from: Day
  to: Day
  reports?: string
  db: string
  baseUrl?: string
  json: boolean
  refresh: boolean
  /** Simulated latency of the in-process demo accounts (tests, demos). */
  demoLatencyMs: number
  /** Show a progress bar (the terminal is interactive). */
  tty: boolean
}

/** One line on stderr: an earlier sync was cut short and this command does not make it whole. */
function interruptedHint(run: InterruptedSync, accounts: readonly AccountSummary[], locale: Locale): string {
  const time = formatDateTime(run.startedAt, locale)
  const names = run.request.accounts === 'all' ? null : run.request.accounts.map((id) => accounts.find((a) => a.id === id)?.name ?? id)
  const reports = run.request.reports?.join(',') ?? null
  const { from, to } = run.request
  const text: Bilingual = {
    zh: `swanboard: 提示：${time} 开始的一次同步在完成 ${run.requestsDone}/${run.requestsTotal} 个请求后中断（${names?.join('、') ?? '全部账号'}；${reports ?? '全部报表'}；${from}–${to}）。再次运行同样的同步即可只获取缺失的数据。\n`,
    en: `swanboard: note: a sync started ${time} was interrupted after ${run.requestsDone} of ${run.requestsTotal} requests (${names?.join(', ') ?? 'all accounts'}; ${reports ?? 'all reports'}; ${from}–${to}). Run that sync again to fetch only what is missing.\n`
  }
  return label(text, locale)
}

/** Returns the exit code: 0 when everything synced, 1 when some task failed, 2 on bad arguments. */
export async function syncCommand(args: SyncArgs, io: CliIO, locale: Locale): Promise<number> {
  const scopes = [args.account !== undefined, args.all, args.demo].filter(Boolean).length
  if (scopes !== 1) {
    io.err('swanboard: choose exactly one of --account <name>, --all or --demo\n')
    return 2
  }
  let reports: ReportId[] | undefined
  try {
    if (args.from > args.to) throw new AppError('invalid_input', '--from must not be after --to')
    reports = parseReportList(args.reports)
  } catch (err) {
    reportError(io, err, locale)
    return 2
  }
  const core = openCliCore({ dbPath: args.db, demoBaseUrl: args.baseUrl, demoLatencyMs: args.demoLatencyMs }, io, locale)
  if (!core) return 1
  const bar = args.tty && !args.json ? new SingleBar({ format: '{bar} {percentage}% | {value}/{total} requests | {rows} rows | {current} | ETA {eta_formatted}', hideCursor: true, clearOnComplete: false }) : null
  try {
    // --demo: the demo accounts; --all: every saved account; --account: one, by name or id.
    const accounts = args.account !== undefined ? [findAccount(core, args.account).id] : args.demo ? core.accounts.list().filter((a) => a.demo).map((a) => a.id) : 'all'
    const request: SyncRequest = { accounts, reports, from: args.from, to: args.to, refresh: args.refresh }
    const interrupted = core.sync.interrupted()
    if (interrupted && !coversRequest(request, interrupted.request)) io.err(interruptedHint(interrupted, core.accounts.list(), locale))
    bar?.start(1, 0, { rows: 0, current: '' })
    const unsubscribe = core.subscribe((event, payload) => {
      if (event !== 'sync:progress' || !bar) return
      const p = payload as SyncProgress
      bar.setTotal(Math.max(1, p.requestsTotal))
      bar.update(p.requestsDone, { rows: p.rows, current: p.current ? `${p.current.report} ${p.current.variant}`.trim() : '' })
    })
    const { done } = core.sync.start(request)
    const summary: SyncSummary = await done
    unsubscribe()
    bar?.stop()
    const out = { requests: summary.requests, rows: summary.rows, snapshots: summary.snapshots, errors: summary.errors, durationMs: summary.durationMs }
    if (args.json) io.out(`${JSON.stringify(out)}\n`)
    else {
      io.out(`Synced ${summary.snapshots} snapshots, ${summary.rows} rows in ${(summary.durationMs / 1000).toFixed(1)} s with ${summary.requests} requests.\n`)
      for (const e of summary.errors) io.out(`  ${e.accountId} ${e.report} ${e.variant}: ${e.code} ${e.message}\n`)
    }
    return summary.errors.length > 0 ? 1 : 0
  } catch (err) {
    bar?.stop()
    reportError(io, err, locale)
    return err instanceof AppError && (err.code === 'not_found' || err.code === 'invalid_input') ? 2 : 1
  } finally {
    core.close()
  }
}
