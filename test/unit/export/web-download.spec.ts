// The browser host runs an export job into a private temp file and serves it once: streamed from
// disk with the right headers, then deleted; a second fetch is refused; a file never fetched is
// deleted when it expires. Also the shelf on its own.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebHost, type WebHost } from '../../../src/main/web'
import { DownloadShelf } from '../../../src/main/web/downloads'
import type { ExportFinished } from '../../../src/shared/export-jobs'
import { demoCore } from '../../support/demo-core'
import { tempDir } from '../../support/temp'

const { core } = demoCore()
let host: WebHost

beforeAll(async () => {
  const dir = tempDir()
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>')
  host = await startWebHost({ core, rendererDir: dir })
  await core.sync.start({ accounts: [core.accounts.list()[0]!.id], reports: ['trend', 'region'], from: '20261001', to: '20261031' }).done
}, 60_000)
afterAll(async () => {
  await host.close()
  core.close()
})

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

function call(channel: string, input: unknown): Promise<{ ok: boolean; data?: unknown }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ input })
    const req = request(
      { host: '127.0.0.1', port: host.port, path: `/api/call/${encodeURIComponent(channel)}`, method: 'POST', headers: { 'content-type': 'application/json', 'x-swanboard-key': host.key, origin: host.origin } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))))
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** Listens on the event stream until the job's export:finished arrives. */
function finishedEvent(): { ready: Promise<void>; finished: (jobId: () => string) => Promise<ExportFinished>; close: () => void } {
  let resolveReady!: () => void
  const ready = new Promise<void>((r) => (resolveReady = r))
  const frames: ExportFinished[] = []
  const waiters: (() => void)[] = []
  const req = request({ host: '127.0.0.1', port: host.port, path: `/api/events?k=${host.key}`, headers: { origin: host.origin } }, (res) => {
    resolveReady()
    let buffer = ''
    res.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8')
      for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
        const frame = buffer.slice(0, i)
        buffer = buffer.slice(i + 2)
        const m = /^event: export:finished\ndata: (.*)$/s.exec(frame)
        if (m) frames.push(JSON.parse(m[1]!) as ExportFinished)
        waiters.splice(0).forEach((w) => w())
      }
    })
  })
  req.on('error', () => undefined)
  req.end()
  return {
    ready,
    finished: async (jobId) => {
      for (;;) {
        const found = frames.find((f) => f.jobId === jobId())
        if (found) return found
        await new Promise<void>((r) => waiters.push(r))
      }
    },
    close: () => req.destroy()
  }
}

describe('browser host: export jobs as one-time downloads', () => {
  it('serves the job’s file once, streamed from a temp file that is then deleted', async () => {
    const before = new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('swanboard-export-')))
    const events = finishedEvent()
    await events.ready
    const account = core.accounts.list()[0]!
    const started = (await call('export:start', { kind: 'account', accountId: account.id, from: '20261001', to: '20261031', locale: 'zh-CN' })) as { ok: true; data: { jobId: string } }
    expect(started.ok).toBe(true)
    const finished = await events.finished(() => started.data.jobId)
    events.close()
    expect(finished.error).toBeNull()
    const result = finished.result as { status: string; url: string; fileName: string }
    expect(result.status).toBe('download')
    expect(result.fileName).toBe(`${account.name}_全部报表_20261001-20261031.xlsx`)
    // Other spec files run alongside and use temp folders too: look for this job's file.
    const created = readdirSync(tmpdir()).filter((n) => n.startsWith('swanboard-export-') && !before.has(n) && existsSync(join(tmpdir(), n, result.fileName)))
    expect(created).toHaveLength(1) // waiting to be fetched
    expect(readdirSync(join(tmpdir(), created[0]!))).toEqual([result.fileName]) // no temp file beside it

    const file = await get(result.url, { origin: host.origin })
    expect(file.status).toBe(200)
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(Number(file.headers['content-length'])).toBe(file.body.length)
    expect(file.headers['content-disposition']).toContain(encodeURIComponent(result.fileName))
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(file.body as unknown as ArrayBuffer)
    expect(wb.worksheets[0]!.name).toBe('摘要')
    expect(wb.worksheets.map((w) => w.name)).toContain('地域分布')

    expect((await get(result.url, { origin: host.origin })).status).toBe(404)
    expect(existsSync(join(tmpdir(), created[0]!))).toBe(false)
  })

  it('a tab’s export is a job too, its file streamed and served once (xlsx and CSV)', async () => {
    const events = finishedEvent()
    await events.ready
    const account = core.accounts.list()[0]!
    const query = { accountId: account.id, report: 'region' as const, from: '20261001', to: '20261031' }
    const cached = core.reports.offline({ ...query, variant: {} })!
    for (const format of ['xlsx', 'csv'] as const) {
      const started = (await call('export:start', { kind: 'report', query, format, locale: 'en' })) as { ok: true; data: { jobId: string } }
      expect(started.ok).toBe(true)
      const finished = await events.finished(() => started.data.jobId)
      expect(finished.error).toBeNull()
      const result = finished.result as { status: string; url: string; fileName: string }
      expect(result).toMatchObject({ status: 'download', fileName: expect.stringMatching(new RegExp(`_20261001-20261031\\.${format}$`)) })
      const file = await get(result.url, { origin: host.origin })
      expect(file.status).toBe(200)
      expect(file.headers['content-type']).toBe(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      if (format === 'csv') {
        expect(file.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
        expect(file.body.toString('utf8').trimEnd().split('\n')).toHaveLength(cached.data.rows.length + 1)
      } else {
        const wb = new ExcelJS.Workbook()
        await wb.xlsx.load(file.body as unknown as ArrayBuffer)
        expect(wb.worksheets[0]!.rowCount).toBe(cached.data.rows.length + 1)
      }
      expect((await get(result.url, { origin: host.origin })).status).toBe(404)
    }
    events.close()
  })

  it('a tab’s export of a range not in the cache reads it the way the tab would (fetched, then cached)', async () => {
    const events = finishedEvent()
    await events.ready
    const query = { accountId: core.accounts.list()[0]!.id, report: 'trend' as const, variant: { gran: 'day' }, from: '20260901', to: '20260910' }
    expect(core.reports.offline(query)).toBeNull()
    const started = (await call('export:start', { kind: 'report', query, format: 'xlsx', locale: 'zh-CN' })) as { ok: true; data: { jobId: string } }
    const finished = await events.finished(() => started.data.jobId)
    events.close()
    const file = await get((finished.result as { url: string }).url, { origin: host.origin })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(file.body as unknown as ArrayBuffer)
    expect(wb.worksheets[0]!.rowCount).toBe(11)
    expect(core.reports.offline(query)?.data.rows).toHaveLength(10)
  })
})

describe('download shelf', () => {
  it('deletes a disk file that is never fetched when it expires, and everything on clear', async () => {
    const shelf = new DownloadShelf(Date.now, 50)
    const mk = () => {
      const dir = mkdtempSync(join(tmpdir(), 'swanboard-shelf-test-'))
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, 'f.xlsx'), 'x')
      return dir
    }
    const expiring = mk()
    shelf.putFile({ fileName: 'f.xlsx', mime: 'x', path: join(expiring, 'f.xlsx'), dir: expiring })
    await new Promise((r) => setTimeout(r, 120))
    expect(existsSync(expiring)).toBe(false)
    expect(shelf.size).toBe(0)

    const kept = new DownloadShelf(Date.now, 60_000)
    const a = mk()
    const id = kept.putFile({ fileName: 'f.xlsx', mime: 'x', path: join(a, 'f.xlsx'), dir: a })
    const b = mk()
    kept.putFile({ fileName: 'f.xlsx', mime: 'x', path: join(b, 'f.xlsx'), dir: b })
    const taken = kept.take(id)!
    expect(kept.take(id)).toBeUndefined()
    await kept.release(taken)
    expect(existsSync(a)).toBe(false)
    kept.clear()
    expect(existsSync(b)).toBe(false)
  })
})
