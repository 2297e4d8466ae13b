// Export jobs: a tab (its report or the overview, xlsx or CSV), a whole account or a portfolio,
// written off the call that started it. Start answers a job id at once; progress arrives as export:progress events (at most ~10 a second);
// cancel aborts through an AbortSignal; export:finished says what became of the file. A failed or
// cancelled job leaves nothing under the chosen name and no temp file.
import { randomUUID } from 'node:crypto'
import type { EventMap } from '../../shared/contract'
import { beijingToday } from '../../shared/calendar'
import type { ExportFinished, ExportJobRequest, ExportPhase, ExportProgress } from '../../shared/export-jobs'
import { label, type Bilingual, type Locale } from '../../shared/reports'
import { AppError, toErrorEnvelope } from '../app-error'
import type { Logger } from '../log'
import { writeAccountWorkbook, type ExportProgressSink, type WriteContext } from './account-workbook'
import type { ExportSource } from './cached-reports'
import { exportFileName, XLSX_MIME } from './export-file'
import { portfolioAccounts, writePortfolioWorkbook } from './portfolio-workbook'
import { isTabExport, tabExportPlan } from './tab-export'
import { exportTarget, type ExportHost, type ExportTarget } from './target'
import { tick } from './stream-table'
import { writeJobWorkbook } from './xlsx-file'

const EMIT_EVERY_MS = 100

/** What a job's writer is given. */
export type JobContext = WriteContext & { signal: AbortSignal; generatedAt: number }

/** A job's file: its name and type (known before any work), and how to write it at a path. */
export interface ExportPlan {
  fileName: string
  mime: string
  write(path: string, ctx: JobContext): Promise<void>
}

export type JobEmit = <E extends 'export:progress' | 'export:finished'>(event: E, payload: EventMap[E]) => void

export interface ExportJobDeps {
  source: ExportSource
  host: ExportHost
  logger: Logger
  /** Rows per sheet including the header (tests lower it). */
  maxRowsPerSheet?: number
}

/** Progress events for one job, throttled; the phase changes and the last state always go out. */
class ThrottledProgress implements ExportProgressSink {
  private readonly state: ExportProgress
  private last = 0
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(
    jobId: string,
    private readonly emit: JobEmit
  ) {
    this.state = { jobId, phase: 'collecting', done: 0, total: 0, rows: 0 }
  }

  phase(phase: ExportPhase, total: number): void {
    Object.assign(this.state, { phase, total, done: 0 })
    this.flush()
  }

  step(): void {
    this.state.done = Math.min(this.state.total, this.state.done + 1)
    this.schedule()
  }

  rows(n: number): void {
    this.state.rows += n
    this.schedule()
  }

  flush(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.last = performance.now()
    this.emit('export:progress', { ...this.state })
  }

  stop(): void {
    clearTimeout(this.timer)
    this.timer = undefined
  }

  private schedule(): void {
    if (this.timer) return
    const wait = EMIT_EVERY_MS - (performance.now() - this.last)
    if (wait <= 0) return this.flush()
    this.timer = setTimeout(() => this.flush(), wait)
    this.timer.unref?.()
  }
}

const FILE_WORDS = {
  all: { zh: '全部报表', en: 'all-reports' },
  portfolio: { zh: '多账号对比', en: 'portfolio' }
} satisfies Record<string, Bilingual>

export class ExportJobs {
  private readonly jobs = new Map<string, { controller: AbortController; finished: Promise<ExportFinished> }>()

  constructor(private readonly deps: ExportJobDeps) {}

  /** Starts a job and answers its id; an unknown account is refused here, before any work. */
  start(request: ExportJobRequest, emit: JobEmit): string {
    const plan = this.plan(request)
    const jobId = randomUUID()
    const controller = new AbortController()
    const finished = (async () => {
      // Answer the id before the first event goes out.
      await tick()
      const outcome = await this.run(jobId, plan, request.locale, controller.signal, emit)
      emit('export:finished', outcome)
      return outcome
    })()
    this.jobs.set(jobId, { controller, finished })
    void finished.finally(() => this.jobs.delete(jobId))
    return jobId
  }

  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId)
    if (!job || job.controller.signal.aborted) return false
    job.controller.abort()
    return true
  }

  /** Resolves when the job ends; undefined for a job that is not running. */
  finished(jobId: string): Promise<ExportFinished> | undefined {
    return this.jobs.get(jobId)?.finished
  }

  /** Cancels every running job and waits for them to clean up (app shutdown). */
  async cancelAll(): Promise<void> {
    const running = [...this.jobs.values()]
    for (const job of running) job.controller.abort()
    await Promise.all(running.map((j) => j.finished))
  }

  /** The job's file and writer; an unknown account throws here. */
  private plan(request: ExportJobRequest): ExportPlan {
    const { source } = this.deps
    if (isTabExport(request)) return tabExportPlan(source, request)
    const range = `${request.from}-${request.to}`
    if (request.kind === 'account') {
      const account = source.accounts.get(request.accountId).summary
      return {
        fileName: exportFileName([account.name, label(FILE_WORDS.all, request.locale), range], 'xlsx'),
        mime: XLSX_MIME,
        write: (path, ctx) => writeJobWorkbook(path, ctx, (wb) => writeAccountWorkbook(wb, source, { ...request, generatedAt: ctx.generatedAt }, ctx))
      }
    }
    portfolioAccounts(source, request.accounts)
    return {
      fileName: exportFileName(['Swanboard', label(FILE_WORDS.portfolio, request.locale), range, beijingToday(source.now())], 'xlsx'),
      mime: XLSX_MIME,
      write: (path, ctx) => writeJobWorkbook(path, ctx, (wb) => writePortfolioWorkbook(wb, source, { ...request, generatedAt: ctx.generatedAt }, ctx))
    }
  }

  private async run(jobId: string, plan: ExportPlan, locale: Locale, signal: AbortSignal, emit: JobEmit): Promise<ExportFinished> {
    const { source, host, logger } = this.deps
    const progress = new ThrottledProgress(jobId, emit)
    let target: ExportTarget | null = null
    try {
      target = await exportTarget(host, plan.fileName, plan.mime)
      if (!target) return { jobId, result: { status: 'cancelled' }, error: null }
      signal.throwIfAborted()
      await plan.write(target.path, { locale, used: new Set<string>(), signal, progress, maxRowsPerSheet: this.deps.maxRowsPerSheet, generatedAt: source.now() })
      progress.flush()
      const result = await target.done()
      return { jobId, result, error: null }
    } catch (err) {
      await target?.discard().catch(() => undefined)
      if (signal.aborted) return { jobId, result: { status: 'cancelled' }, error: null }
      logger.log('error', `export job ${jobId} failed`, err)
      const wrapped = err instanceof AppError ? err : new AppError('io', 'the export could not be written', { cause: err })
      const { ok: _ok, ...error } = toErrorEnvelope(wrapped)
      return { jobId, result: null, error }
    } finally {
      progress.stop()
    }
  }
}
