// Export jobs through the contract: start answers an id, progress arrives throttled, the finished
// event says what became of the file; cancel and failures leave nothing under the chosen name and
// no temp file; a dialog cancelled writes nothing; a host without a destination gets the bytes.
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { ExportJobs, type ExportHost } from '../../../src/main/export'
import { dispatch } from '../../../src/main/dispatch'
import { createHandlers, type HostServices } from '../../../src/main/handlers'
import { createCore } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'
import type { ExportProgress } from '../../../src/shared/export-jobs'
import type { ExportFile } from '../../../src/main/export'
import { tempDir } from '../../support/temp'
import { fakeAccount, fakeSource } from './fake-source'
import { dialogHost, recorder, run } from './job-harness'
import { readXlsx } from './readers'

const accounts = [fakeAccount('big', '大号'), fakeAccount('small', '小号')]
const source = fakeSource({ accounts, pages: { big: 60_000, small: 10 }, trend: ['big', 'small'] })
const RANGE = { from: '20261001', to: '20261031' }

describe('export jobs', () => {
  it('writes the file under the chosen name, with throttled progress through the phases', async () => {
    const dir = tempDir()
    const path = join(dir, 'chosen.xlsx')
    const jobs = new ExportJobs({ source, host: dialogHost(path), logger: silentLogger })
    const events = recorder()
    const { emit } = events
    const finished = await run(jobs, { kind: 'account', accountId: 'big', ...RANGE, locale: 'en' }, emit)
    expect(finished).toMatchObject({ result: { status: 'saved', fileName: 'chosen.xlsx' }, error: null })
    expect(events.finished).toEqual([finished])
    expect(readdirSync(dir)).toEqual(['chosen.xlsx'])
    const wb = await readXlsx(path)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'User trend · By day', 'Pages'])
    expect(wb.getWorksheet('Pages')!.rowCount).toBe(60_001)

    const phases = [...new Set(events.progress.map((p) => p.phase))]
    expect(phases).toEqual(['writing', 'finishing'])
    const last = events.progress.at(-1)!
    expect(last.rows).toBe(60_000 + 31)
    // Rows go up monotonically, and the events are throttled (not one per chunk of rows).
    expect(events.progress.map((p) => p.rows)).toEqual([...events.progress.map((p) => p.rows)].sort((a, b) => a - b))
    expect(events.progress.length).toBeLessThan(60_000 / 128 / 2)
    expect(events.progress.every((p) => p.jobId === finished.jobId && p.done <= p.total)).toBe(true)
  })

  it('cancel stops the job: nothing under the chosen name, no temp file, finished as cancelled', async () => {
    const dir = tempDir()
    const path = join(dir, 'chosen.xlsx')
    const discarded: string[] = []
    const jobs = new ExportJobs({ source, host: dialogHost(path, discarded), logger: silentLogger })
    const events = recorder()
    const { emit } = events
    const id = jobs.start({ kind: 'account', accountId: 'big', ...RANGE, locale: 'en' }, ((event: string, payload: unknown) => {
      emit(event, payload)
      // Cancel once rows are being written.
      if (event === 'export:progress' && (payload as ExportProgress).rows > 0) jobs.cancel(id)
    }) as never)
    const finished = await jobs.finished(id)!
    expect(finished).toEqual({ jobId: id, result: { status: 'cancelled' }, error: null })
    expect(events.progress.at(-1)!.rows).toBeLessThan(60_000)
    expect(readdirSync(dir)).toEqual([])
    expect(discarded).toEqual([path])
    expect(jobs.cancel(id)).toBe(false) // over
  })

  it('a failing write leaves nothing: a folder in the way, or a folder that does not exist', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'taken.xlsx'))
    for (const path of [join(dir, 'taken.xlsx'), join(dir, 'missing', 'x.xlsx')]) {
      const jobs = new ExportJobs({ source, host: dialogHost(path), logger: silentLogger })
      const { emit } = recorder()
      const finished = await run(jobs, { kind: 'account', accountId: 'small', ...RANGE, locale: 'zh-CN' }, emit)
      expect(finished.result).toBeNull()
      expect(finished.error).toMatchObject({ code: 'io', retryable: false })
    }
    expect(readdirSync(dir)).toEqual(['taken.xlsx'])
    expect(readdirSync(join(dir, 'taken.xlsx'))).toEqual([])
    expect(existsSync(join(dir, 'missing'))).toBe(false)
  })

  it('a cancelled dialog writes nothing; an unknown account is refused at start', async () => {
    const jobs = new ExportJobs({ source, host: dialogHost(null), logger: silentLogger })
    const { emit } = recorder()
    const finished = await run(jobs, { kind: 'portfolio', accounts: 'all', ...RANGE, perAccountSheets: false, locale: 'en' }, emit)
    expect(finished).toMatchObject({ result: { status: 'cancelled' }, error: null })
    expect(() => jobs.start({ kind: 'account', accountId: 'nobody', ...RANGE, locale: 'en' }, emit as never)).toThrow(/nobody/)
    expect(() => jobs.start({ kind: 'portfolio', accounts: ['small', 'nobody'], ...RANGE, perAccountSheets: true, locale: 'en' }, emit as never)).toThrow(/nobody/)
  })

  it('a host without a destination gets the finished bytes through saveExport, and no temp file stays', async () => {
    const files: ExportFile[] = []
    const host: ExportHost = { saveExport: async (file) => (files.push(file), { status: 'download', fileName: file.fileName, url: '/download/x' }) }
    const jobs = new ExportJobs({ source, host, logger: silentLogger })
    const { emit } = recorder()
    const finished = await run(jobs, { kind: 'portfolio', accounts: ['small', 'big'], ...RANGE, perAccountSheets: false, locale: 'zh-CN' }, emit)
    expect(finished.result).toMatchObject({ status: 'download' })
    expect(files).toHaveLength(1)
    expect(files[0]!.fileName).toMatch(/^Swanboard_多账号对比_20261001-20261031_\d{8}\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(files[0]!.content) as unknown as ArrayBuffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['账号对比', '说明'])
    expect(wb.worksheets[0]!.getCell(2, 1).value).toBe('小号')
  })
})

describe('export:start and export:cancel through the contract', () => {
  it('validates the request, answers a job id, and emits progress and finished events', async () => {
    const core = createCore({ dbPath: ':memory:', logger: silentLogger, now: () => Date.UTC(2026, 10, 21, 4) })
    const dir = tempDir()
    const host: HostServices = { ...dialogHost(join(dir, 'all.xlsx')), kind: 'web' }
    const jobs = new ExportJobs({ source: core, host, logger: silentLogger })
    const handlers = createHandlers(core, host, jobs)
    const events = recorder()
    const { emit } = events
    const ctx = { emit: emit as never }
    const account = core.accounts.list()[0]!
    const bad = await dispatch(handlers, 'export:start', { kind: 'account', accountId: account.id, from: '20261031', to: '20261001', locale: 'en' }, ctx, silentLogger)
    expect(bad).toMatchObject({ ok: false, code: 'invalid_input' })
    const unknown = await dispatch(handlers, 'export:start', { kind: 'account', accountId: 'nobody', from: '20261001', to: '20261031', locale: 'en' }, ctx, silentLogger)
    expect(unknown).toMatchObject({ ok: false, code: 'not_found' })

    const started = (await dispatch(handlers, 'export:start', { kind: 'account', accountId: account.id, from: '20261001', to: '20261031', locale: 'en' }, ctx, silentLogger)) as { ok: true; data: { jobId: string } }
    expect(started.ok).toBe(true)
    const finished = await jobs.finished(started.data.jobId)!
    expect(finished.result).toEqual({ status: 'saved', fileName: 'chosen.xlsx' })
    expect(events.finished).toEqual([finished])
    // Nothing was synced: the summary says so and there are no report sheets.
    expect((await readXlsx(join(dir, 'all.xlsx'))).worksheets.map((w) => w.name)).toEqual(['Summary'])
    expect(await dispatch(handlers, 'export:cancel', { jobId: started.data.jobId }, ctx, silentLogger)).toEqual({ ok: true, data: { cancelled: false } })
    core.close()
  })
})
