// A recognisable token goes in, is used (and refused), and the app's logs, database bytes,
// exports, IPC payloads and events, and CLI output and exports are searched: it is nowhere in clear.
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../../../src/main/core'
import { dispatch } from '../../../src/main/dispatch'
import type { ExportFile } from '../../../src/main/export'
import { createHandlers } from '../../../src/main/handlers'
import { createLogger } from '../../../src/main/log'
import { runProgram } from '../../support/run-program'
import { simulatorServerForSuite } from '../../support/simulator-server'
import { tempDir } from '../../support/temp'
import { readXlsx } from '../export/readers'

const CANARY = '45.SWANBOARD-CANARY-7f3a9c2e41d8b05e'
const FORMS = [CANARY, CANARY.slice(3), Buffer.from(CANARY).toString('base64'), Buffer.from(CANARY).toString('hex'), encodeURIComponent(CANARY)]

function leaks(haystack: string | Buffer): string[] {
  const text = typeof haystack === 'string' ? haystack : haystack.toString('latin1')
  const wide = typeof haystack === 'string' ? '' : haystack.toString('utf16le')
  return FORMS.filter((f) => text.includes(f) || wide.includes(f))
}

const server = simulatorServerForSuite()

describe('a canary token never appears in clear', () => {
  it('not in logs, database bytes, exports, IPC payloads or events', async () => {
    const dir = tempDir()
    const dbPath = join(dir, 'swanboard.db')
    const logs: string[] = []
    const core = createCore({ dbPath, logger: createLogger((l) => logs.push(l)), network: { backoffBaseMs: 1, backoffCapMs: 5 }, settings: { accountRequestsPerSecond: 200 } })
    const files: ExportFile[] = []
    const handlers = createHandlers(core, {
      kind: 'web',
      saveExport: async (file) => (files.push(file), { status: 'download', fileName: file.fileName, url: '/download/x' }),
      openExternal: async () => false
    })
    const payloads: unknown[] = []
    core.subscribe((event, payload) => payloads.push({ event, payload }))
    const exportJobsDone: (() => void)[] = []
    const ctx = {
      emit: (event: string, payload: unknown) => {
        payloads.push({ event, payload })
        if (event === 'export:finished') exportJobsDone.shift()?.()
      }
    }
    const call = async (channel: string, input?: unknown) => {
      const envelope = await dispatch(handlers, channel, input, ctx, core.logger)
      payloads.push(envelope)
      return envelope as { ok: boolean; data?: unknown }
    }

    const added = await call('accounts:add', { name: '金丝雀', kind: 'authorizer', appId: 'sim-1002', baseUrl: server.url, secrets: { token: CANARY } })
    expect(added.ok).toBe(true)
    const id = (added.data as { id: string }).id
    await call('accounts:list')
    await call('accounts:test', { id })
    const started = await call('sync:start', { accounts: [id], reports: ['trend', 'region'], from: '20251001', to: '20251031' })
    expect(started.ok).toBe(true)
    await core.sync.idle()
    await call('sync:status')
    const week = { report: 'trend', variant: { gran: 'day' }, from: '20251001', to: '20251007' }
    await call('reports:get', { accountId: id, ...week })
    const exportJob = async (request: unknown): Promise<void> => {
      const finished = new Promise<void>((resolve) => exportJobsDone.push(resolve))
      expect((await call('export:start', request)).ok).toBe(true)
      await finished
    }
    await exportJob({ kind: 'report', query: { accountId: id, ...week }, format: 'xlsx', locale: 'zh-CN' })
    await exportJob({ kind: 'report', query: { accountId: 'demo-sim-1002', ...week }, format: 'csv', locale: 'en' })
    await exportJob({ kind: 'overview', accountId: id, day: '20251031', format: 'xlsx', locale: 'en' })
    await exportJob({ kind: 'portfolio', accounts: 'all', from: '20251001', to: '20251031', perAccountSheets: true, locale: 'zh-CN' })
    await call('accounts:export')
    await call('accounts:update', { id, change: { notes: 'still here' } })
    await new Promise((r) => setTimeout(r, 700)) // let throttled accounts:changed events go out
    await call('app:info')

    // It was used: Baidu refused it, the account says so, and a sync ran into it.
    const summary = core.accounts.get(id).summary
    expect(summary).toMatchObject({ needsAction: 'auth', secrets: { token: '••••b05e' } })
    expect(core.sync.status()!.summary!.errors.some((e) => e.code === 'auth')).toBe(true)
    // The refused account's own export has nothing cached to write; the demo CSV, the portfolio
    // (the canary account among its rows) and the account list are searched below.
    expect(files.map((f) => f.fileName)).toEqual([expect.stringMatching(/\.csv$/), expect.stringMatching(/多账号对比.*\.xlsx$/), expect.stringMatching(/\.json$/)])

    expect(leaks(JSON.stringify(payloads))).toEqual([])
    expect(leaks(logs.join('\n'))).toEqual([])
    expect(logs.length).toBeGreaterThan(0)
    for (const file of files) {
      expect(leaks(Buffer.from(file.content))).toEqual([])
      if (file.fileName.endsWith('.xlsx')) {
        const wb = new ExcelJS.Workbook()
        await wb.xlsx.load(Buffer.from(file.content) as unknown as ArrayBuffer)
        const cells: string[] = []
        wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))))
        expect(cells.length).toBeGreaterThan(10)
        expect(leaks(cells.join('\n'))).toEqual([])
      }
    }
    // The database and its WAL, byte for byte, before and after closing.
    for (const name of readdirSync(dir)) expect(leaks(readFileSync(join(dir, name))), name).toEqual([])
    core.close()
    for (const name of readdirSync(dir)) expect(leaks(readFileSync(join(dir, name))), name).toEqual([])
    expect(existsSync(join(dir, 'swanboard.key'))).toBe(true)
  })

  it('not in anything the CLI prints or exports', async () => {
    const dir = tempDir()
    const db = join(dir, 'cli.db')
    const printed: string[] = []
    const run = async (...args: string[]) => {
      const { code, out, err } = await runProgram(args)
      printed.push(out, err)
      return code
    }
    expect(await run('accounts', 'add', '--name', 'canary', '--kind', 'authorizer', '--app-id', 'sim-1002', '--token', CANARY, '--base-url', server.url, '--db', db)).toBe(0)
    expect(await run('accounts', 'add', '--name', 'canary-json', '--kind', 'authorizer', '--app-id', 'sim-1002', '--token', CANARY, '--base-url', server.url, '--db', db, '--json')).toBe(0)
    expect(await run('accounts', 'list', '--db', db)).toBe(0)
    expect(await run('accounts', 'list', '--db', db, '--json')).toBe(0)
    expect(await run('sync', '--account', 'canary', '--from', '20251001', '--to', '20251003', '--reports', 'trend', '--db', db, '--json')).toBe(1)
    expect(await run('sync', '--account', 'canary', '--from', '20251001', '--to', '20251003', '--reports', 'trend', '--db', db)).toBe(1)
    expect(await run('fetch', 'trend', '--base-url', server.url, '--token', CANARY, '--from', '20251001', '--to', '20251003')).toBe(1)
    // Exports of the refused account: its workbook (nothing cached: a summary that says so), the
    // portfolio with its sheets, the comparison CSV, and a CSV it cannot write.
    const range = ['--from', '20251001', '--to', '20251003', '--db', db]
    expect(await run('export', '--account', 'canary', ...range, '--out', join(dir, 'canary.xlsx'))).toBe(0)
    expect(await run('export', '--all-accounts', '--per-account-sheets', ...range, '--out', join(dir, 'all.xlsx'))).toBe(0)
    expect(await run('export', '--all-accounts', ...range, '--out', join(dir, 'all.csv'))).toBe(0)
    expect(await run('export', '--account', 'canary', '--reports', 'trend', ...range, '--out', join(dir, 'trend.csv'))).toBe(2)
    const summary = (await readXlsx(join(dir, 'canary.xlsx'))).worksheets[0]!
    expect(summary.getCell(2, 2).value).toBe('canary')
    expect(readFileSync(join(dir, 'all.csv'), 'utf8')).toContain('canary-json')
    for (const name of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, name))
      expect(leaks(bytes), name).toEqual([])
      if (!name.endsWith('.xlsx')) continue
      // An .xlsx is a zip: search every part inflated.
      const zip = await JSZip.loadAsync(bytes)
      const parts = Object.values(zip.files).filter((f) => !f.dir)
      expect(parts.length).toBeGreaterThan(3)
      for (const part of parts) expect(leaks(await part.async('nodebuffer')), `${name}: ${part.name}`).toEqual([])
    }
    const all = printed.join('')
    expect(all).toContain('Wrote ')
    expect(all).toContain('••••b05e')
    expect(all).toMatch(/auth/)
    expect(leaks(all)).toEqual([])
  })
})
