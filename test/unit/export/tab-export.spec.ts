// A tab's export is a job like the others: progress in rows written, cancel, and a failed or
// cancelled export leaves nothing under the chosen name and no temp file, for xlsx and CSV alike.
// While a large one is written, the window's other calls are still answered (the job yields).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../../../src/main/core'
import { dispatch } from '../../../src/main/dispatch'
import { ExportJobs, type ExportSource } from '../../../src/main/export'
import { createHandlers } from '../../../src/main/handlers'
import { silentLogger } from '../../../src/main/log'
import type { PageRow } from '../../../src/shared/report-data'
import type { ExportFormat, ExportJobRequest, ExportProgress } from '../../../src/shared/export-jobs'
import { tempDir } from '../../support/temp'
import { fakeAccount, fakeSource, FAKE_NOW } from './fake-source'
import { dialogHost, recorder, run } from './job-harness'
import { readXlsx } from './readers'

const BIG = 30_000
const RANGE = { from: '20261001', to: '20261031' }
const source = fakeSource({ accounts: [fakeAccount('big', '大号'), fakeAccount('small', '小号')], pages: { big: BIG, small: 10 } })
const pagesOf = (format: ExportFormat, accountId = 'big'): ExportJobRequest => ({ kind: 'report', query: { accountId, report: 'pages', variant: {}, ...RANGE }, format, locale: 'en' })

/** The same cache, but the page at `at` has a path whose text is read through `read` (a getter). */
function withPathAt(at: number, read: () => string): ExportSource {
  const offline = (query: Parameters<ExportSource['reports']['offline']>[0]) => {
    const answer = source.reports.offline(query)
    if (!answer) return answer
    const rows = [...(answer.data.rows as PageRow[])]
    const path = { get zh(): string { return read() }, get en(): string { return read() } }
    rows[at] = { ...rows[at]!, path: path as unknown as string }
    return { ...answer, data: { ...answer.data, rows } }
  }
  return { ...source, reports: { offline, get: source.reports.get } as ExportSource['reports'] }
}

describe.each(['xlsx', 'csv'] as const)('a tab export job (%s)', (format) => {
  it('writes the tab under the chosen name and counts the rows as it goes', async () => {
    const dir = tempDir()
    const path = join(dir, `chosen.${format}`)
    const jobs = new ExportJobs({ source, host: dialogHost(path), logger: silentLogger })
    const { progress, finished, emit } = recorder()
    const outcome = await run(jobs, pagesOf(format), emit)
    expect(outcome).toMatchObject({ result: { status: 'saved' }, error: null })
    expect(finished).toEqual([outcome])
    expect(readdirSync(dir)).toEqual([`chosen.${format}`])

    expect(new Set(progress.map((p) => p.phase))).toEqual(new Set(['collecting', 'writing']))
    const rows = progress.map((p) => p.rows)
    expect(rows).toEqual([...rows].sort((a, b) => a - b))
    expect(rows.at(-1)).toBe(BIG)

    if (format === 'csv') {
      const text = readFileSync(path, 'utf8')
      expect(text.charCodeAt(0)).toBe(0xfeff)
      expect(text.trimEnd().split('\n')).toHaveLength(BIG + 1)
    } else {
      const wb = await readXlsx(path)
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Pages', 'About'])
      expect(wb.getWorksheet('Pages')!.rowCount).toBe(BIG + 1)
    }
  })

  it('cancel halfway stops it: nothing under the chosen name, no temp file, finished as cancelled', async () => {
    const dir = tempDir()
    const path = join(dir, `chosen.${format}`)
    const discarded: string[] = []
    let id = ''
    let partial: string[] = []
    // The user cancels as the middle row is being written.
    const cancelHere = (): string => {
      partial = readdirSync(dir)
      expect(jobs.cancel(id)).toBe(true)
      return '/pages/middle'
    }
    const jobs = new ExportJobs({ source: withPathAt(BIG / 2, cancelHere), host: dialogHost(path, discarded), logger: silentLogger })
    const { progress, emit } = recorder()
    id = jobs.start(pagesOf(format), emit as never)
    expect(await jobs.finished(id)).toEqual({ jobId: id, result: { status: 'cancelled' }, error: null })
    expect(partial).toEqual([expect.stringMatching(/\.partial$/)])
    expect(Math.max(...progress.map((p) => p.rows))).toBeLessThan(BIG)
    expect(readdirSync(dir)).toEqual([])
    expect(discarded).toEqual([path])
    expect(jobs.cancel(id)).toBe(false) // over
  })

  it('a failure halfway through the rows leaves nothing, and says so as an io error', async () => {
    const dir = tempDir()
    const path = join(dir, `chosen.${format}`)
    const discarded: string[] = []
    // What was in the folder when the row failed: the first half, in a temp file.
    let partial: { name: string; size: number }[] = []
    const unreadable = (): string => {
      partial = readdirSync(dir).map((name) => ({ name, size: statSync(join(dir, name)).size }))
      throw new Error('unreadable page name')
    }
    const jobs = new ExportJobs({ source: withPathAt(BIG / 2, unreadable), host: dialogHost(path, discarded), logger: silentLogger })
    const outcome = await run(jobs, pagesOf(format), recorder().emit)
    expect(outcome.result).toBeNull()
    expect(outcome.error).toMatchObject({ code: 'io', retryable: false })
    expect(partial).toEqual([{ name: expect.stringMatching(new RegExp(`^\\.chosen\\.${format}\\.[0-9a-f]+\\.partial$`)), size: expect.any(Number) }])
    expect(partial[0]!.size).toBeGreaterThan(0)
    expect(readdirSync(dir)).toEqual([])
    expect(discarded).toEqual([path])
  })

  it('an unwritable destination leaves nothing: a folder in the way, or a folder that does not exist', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, `taken.${format}`))
    for (const path of [join(dir, `taken.${format}`), join(dir, 'missing', `x.${format}`)]) {
      const jobs = new ExportJobs({ source, host: dialogHost(path), logger: silentLogger })
      const outcome = await run(jobs, pagesOf(format, 'small'), recorder().emit)
      expect(outcome).toMatchObject({ result: null, error: { code: 'io' } })
    }
    expect(readdirSync(dir)).toEqual([`taken.${format}`])
    expect(readdirSync(join(dir, `taken.${format}`))).toEqual([])
    expect(existsSync(join(dir, 'missing'))).toBe(false)
  })
})

it('reads what the tab was given from the cache, without asking the network again', async () => {
  const dir = tempDir()
  const path = join(dir, 'small.csv')
  const offline = { ...source, reports: { offline: source.reports.offline, get: async () => Promise.reject(new Error('the network is down')) } } as unknown as ExportSource
  const outcome = await run(new ExportJobs({ source: offline, host: dialogHost(path), logger: silentLogger }), pagesOf('csv', 'small'), recorder().emit)
  expect(outcome).toMatchObject({ result: { status: 'saved' }, error: null })
  expect(readFileSync(path, 'utf8').trimEnd().split('\n')).toHaveLength(11)
})

describe('tab exports through export:start', () => {
  const core = createCore({ dbPath: ':memory:', logger: silentLogger, now: () => FAKE_NOW })
  const demo = core.accounts.list()[0]!.id
  const trendWeek = { accountId: demo, report: 'trend' as const, variant: { gran: 'day' }, from: '20261001', to: '20261007' }

  it('validates the request and refuses an unknown account before any work', async () => {
    const jobs = new ExportJobs({ source, host: dialogHost(join(tempDir(), 'x.csv')), logger: silentLogger })
    const handlers = createHandlers(core, dialogHost(''), jobs)
    const ctx = { emit: recorder().emit as never }
    const call = (input: unknown) => dispatch(handlers, 'export:start', input, ctx, silentLogger)
    expect(await call({ kind: 'report', query: { ...trendWeek, from: '20261008' }, format: 'csv', locale: 'en' })).toMatchObject({ ok: false, code: 'invalid_input' })
    expect(await call({ kind: 'report', query: trendWeek, format: 'pdf', locale: 'en' })).toMatchObject({ ok: false, code: 'invalid_input' })
    expect(await call({ kind: 'overview', accountId: 'big', day: '20261332', format: 'xlsx', locale: 'en' })).toMatchObject({ ok: false, code: 'invalid_input' })
    expect(await call({ kind: 'report', query: { ...trendWeek, accountId: 'nobody' }, format: 'csv', locale: 'en' })).toMatchObject({ ok: false, code: 'not_found' })
    expect(await call({ kind: 'overview', accountId: 'nobody', day: '20261120', format: 'xlsx', locale: 'en' })).toMatchObject({ ok: false, code: 'not_found' })
  })

  it.each(['xlsx', 'csv'] as const)('while a large %s export is written, the window’s other calls are answered', async (format) => {
    const order: string[] = []
    // The last row's page name is read as that row is written: a mark of where the writer is.
    const lastRow = (): string => (order.includes('last row written') || order.push('last row written'), '/pages/last')
    const jobs = new ExportJobs({ source: withPathAt(BIG - 1, lastRow), host: dialogHost(join(tempDir(), `big.${format}`)), logger: silentLogger })
    const handlers = createHandlers(core, dialogHost(''), jobs)
    const quiet = { emit: () => undefined }
    expect(await dispatch(handlers, 'reports:get', trendWeek, quiet, silentLogger)).toMatchObject({ ok: true }) // now cached

    let asked: Promise<unknown> | null = null
    const emit = (event: string, payload: unknown): void => {
      // Once the job starts writing, a call arrives from the window (IPC and HTTP requests come in
      // as event-loop tasks): it is answered before the last row only if the job lets the loop in.
      if (event === 'export:progress' && (payload as ExportProgress).phase === 'writing' && !asked) {
        asked = new Promise((resolve) => setTimeout(resolve, 0))
          .then(() => dispatch(handlers, 'reports:get', trendWeek, quiet, silentLogger))
          .then((answer) => (order.push('reports:get'), answer))
      }
    }
    const started = (await dispatch(handlers, 'export:start', pagesOf(format), { emit: emit as never }, silentLogger)) as { ok: true; data: { jobId: string } }
    expect(await jobs.finished(started.data.jobId)).toMatchObject({ result: { status: 'saved' } })
    expect(await asked).toMatchObject({ ok: true, data: { source: 'cache' } })
    expect(order).toEqual(['reports:get', 'last row written'])
  })
})
