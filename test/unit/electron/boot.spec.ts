// Loads the built main bundle against a stub `electron` and checks the window's security.
import BetterSqlite3 from 'better-sqlite3'
import ExcelJS from 'exceljs'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CALL_CHANNELS } from '../../../src/shared/channels'
import { createElectronStub, type ElectronStub } from '../../support/electron-stub'
import { loadWithElectronStub, OUT_DIR } from '../../support/load-bundle'
import { tempDir } from '../../support/temp'

let electron: ElectronStub
const downloads = tempDir()
const userData = tempDir()

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the app to start')
    await new Promise((r) => setTimeout(r, 10))
  }
}

beforeAll(async () => {
  electron = createElectronStub(userData)
  loadWithElectronStub('main/index.js', electron.stub)
  await until(() => electron.record.windows.length === 1 && electron.record.ipcHandlers.size > 0)
})

describe('the desktop app boots securely', () => {
  it('opens one window with isolated, sandboxed web preferences and our preload', () => {
    const prefs = electron.record.windows[0]!.options.webPreferences
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(String(prefs['preload'])).toMatch(/out[\\/]preload[\\/]index\.js$/)
    expect(existsSync(String(prefs['preload']))).toBe(true)
    expect(electron.record.sandboxEnabled).toBe(true)
    expect(existsSync(String(electron.record.windows[0]!.options['icon']))).toBe(true)
  })

  it('loads the renderer from the app:// protocol, not file://', () => {
    expect(electron.record.windows[0]!.loadedUrl).toBe('app://swanboard/index.html')
    expect(electron.record.privilegedSchemes.map((s) => s.scheme)).toEqual(['app'])
  })

  it('puts a strict CSP on every response', async () => {
    let headers: Record<string, string[]> = {}
    electron.record.headersListener!({ responseHeaders: { 'content-type': ['text/html'] } }, (r) => (headers = r.responseHeaders))
    const csp = headers['Content-Security-Policy']![0]!
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/)
    expect(csp).toContain("connect-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(headers['content-type']).toEqual(['text/html'])

    const handler = electron.record.protocolHandlers.get('app')!
    const page = await handler(new Request('app://swanboard/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(csp)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('serves nothing outside the built renderer', async () => {
    const handler = electron.record.protocolHandlers.get('app')!
    for (const path of ['/../main/index.js', '/%2e%2e/main/index.js', '/..%2fpreload%2findex.js', '/missing.js']) {
      expect((await handler(new Request(`app://swanboard${path}`))).status, path).toBe(404)
    }
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404)
    expect(existsSync(`${OUT_DIR}/main/index.js`)).toBe(true)
  })

  it('denies navigation, webviews and new windows; opens only allow-listed https links outside', () => {
    const contents = electron.record.windows[0]!.webContents
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false
      contents.emit(name, { preventDefault: () => (prevented = true) }, 'https://evil.example/')
      expect(prevented, name).toBe(true)
    }
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler!({ url: 'http://smartprogram.baidu.com/' })).toEqual({ action: 'deny' })
    expect(electron.record.openedExternal).toEqual([])
    expect(contents.windowOpenHandler!({ url: 'https://smartprogram.baidu.com/docs/' })).toEqual({ action: 'deny' })
    expect(electron.record.openedExternal).toEqual(['https://smartprogram.baidu.com/docs/'])
  })

  it('refuses every permission request', () => {
    let allowed: boolean | undefined
    electron.record.permissionRequest!({}, 'media', (a) => (allowed = a))
    expect(allowed).toBe(false)
    expect(electron.record.permissionCheck!()).toBe(false)
  })

  it('registers a handler for every contract call, and only those', () => {
    expect([...electron.record.ipcHandlers.keys()].sort()).toEqual([...CALL_CHANNELS].sort())
  })

  it('answers our main frame and refuses any other sender', async () => {
    const contents = electron.record.windows[0]!.webContents
    const handler = electron.record.ipcHandlers.get('app:info')!
    await expect(handler({ senderFrame: contents.mainFrame })).resolves.toMatchObject({ ok: true, data: { host: 'electron' } })
    const subframe = { ...contents.mainFrame, routingId: 7, parent: contents.mainFrame }
    const foreign = { ...contents.mainFrame, url: 'https://evil.example/' }
    for (const frame of [subframe, foreign, null]) {
      await expect(handler({ senderFrame: frame })).resolves.toMatchObject({ ok: false, code: 'forbidden' })
    }
  })

  it('validates input at the IPC boundary', async () => {
    const contents = electron.record.windows[0]!.webContents
    const handler = electron.record.ipcHandlers.get('reports:get')!
    const bad = { accountId: 'x', report: 'trend', variant: { gran: 'year' }, from: '20190401', to: '20190415' }
    await expect(handler({ senderFrame: contents.mainFrame }, bad)).resolves.toMatchObject({ ok: false, code: 'invalid_input' })
  })
})

describe('the desktop app’s host services', () => {
  const query = { report: 'trend', variant: { gran: 'day' }, from: '20190401', to: '20190430' }
  const accountId = async (): Promise<string> => {
    const frame = electron.record.windows[0]!.webContents.mainFrame
    const listed = (await electron.record.ipcHandlers.get('accounts:list')!({ senderFrame: frame })) as { data: { id: string }[] }
    return listed.data[0]!.id
  }

  it('pushes page progress to the window while a report loads', async () => {
    const contents = electron.record.windows[0]!.webContents
    const result = await electron.record.ipcHandlers.get('reports:get')!({ senderFrame: contents.mainFrame }, { accountId: await accountId(), ...query })
    expect(result).toMatchObject({ ok: true, data: { data: { total: 30 } } })
    const progress = contents.sent.filter((m) => m.channel === 'reports:progress').map((m) => m.payload)
    expect(progress.at(-1)).toMatchObject({ report: 'trend', pagesDone: 2, pagesTotal: 2 })
  })

  /** Starts an export job over IPC and waits for its export:finished event in the window. */
  async function exportJob(input: unknown): Promise<unknown> {
    const contents = electron.record.windows[0]!.webContents
    const started = (await electron.record.ipcHandlers.get('export:start')!({ senderFrame: contents.mainFrame }, input)) as { ok: boolean; data: { jobId: string } }
    expect(started.ok).toBe(true)
    const finished = () => contents.sent.find((m) => m.channel === 'export:finished' && (m.payload as { jobId: string }).jobId === started.data.jobId)
    await until(() => finished() !== undefined)
    return finished()!.payload
  }

  it('exports a tab through the save dialog as a job, writing the whole file under the chosen name', async () => {
    const target = join(downloads, '趋势.xlsx')
    electron.stub.dialog.showSaveDialog = async () => ({ canceled: false, filePath: target }) as never
    const finished = await exportJob({ kind: 'report', query: { accountId: await accountId(), ...query }, format: 'xlsx', locale: 'en' })
    expect(finished).toMatchObject({ result: { status: 'saved', fileName: '趋势.xlsx' }, error: null })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync(target) as unknown as ArrayBuffer)
    expect(wb.worksheets[0]!.name).toBe('User trend · By day')
    expect(wb.worksheets[0]!.rowCount).toBe(31)
    expect(readdirSync(downloads)).toEqual(['趋势.xlsx'])
    const progress = electron.record.windows[0]!.webContents.sent.filter((m) => m.channel === 'export:progress').map((m) => m.payload as { rows: number })
    expect(progress.at(-1)?.rows).toBe(30)
  })

  it('writes nothing when the dialog is cancelled, and reports an unwritable target as io', async () => {
    const input = { kind: 'report', query: { accountId: await accountId(), ...query }, format: 'csv', locale: 'zh-CN' }
    electron.stub.dialog.showSaveDialog = async () => ({ canceled: true, filePath: undefined }) as never
    expect(await exportJob(input)).toMatchObject({ result: { status: 'cancelled' }, error: null })
    electron.stub.dialog.showSaveDialog = async () => ({ canceled: false, filePath: join(downloads, 'no-such-dir', 'x.csv') }) as never
    expect(await exportJob(input)).toMatchObject({ result: null, error: { code: 'io' } })
    expect(readdirSync(downloads)).toEqual(['趋势.xlsx'])
  })

  it('seals new secrets with safeStorage (the system keychain), never in clear', async () => {
    const frame = electron.record.windows[0]!.webContents.mainFrame
    const token = '45.boot-test-secret-token-9f8e'
    const added = (await electron.record.ipcHandlers.get('accounts:add')!(
      { senderFrame: frame },
      { name: '桌面账号', kind: 'authorizer', appId: 'sim-1001', secrets: { token } }
    )) as { ok: boolean; data: { id: string; secrets: { token: string } } }
    expect(added).toMatchObject({ ok: true, data: { secrets: { token: '••••9f8e' } } })
    const db = new BetterSqlite3(join(userData, 'userData', 'swanboard.db'), { readonly: true })
    const row = db.prepare('SELECT scheme, ciphertext FROM account_secrets WHERE account_id = ?').get(added.data.id) as { scheme: string; ciphertext: Buffer }
    db.close()
    expect(row.scheme).toBe('safe-storage')
    expect(row.ciphertext.toString()).toMatch(/^stub:/)
    expect(row.ciphertext.toString()).not.toContain('boot-test-secret')
  })

  // Last: it quits the app.
  it('holds the quit until a running export job has cancelled and left no file behind', async () => {
    const frame = electron.record.windows[0]!.webContents.mainFrame
    const target = join(downloads, 'quit.xlsx')
    let choose: (r: { canceled: boolean; filePath: string }) => void = () => undefined
    electron.stub.dialog.showSaveDialog = () => new Promise((resolve) => (choose = resolve)) as never
    const started = (await electron.record.ipcHandlers.get('export:start')!(
      { senderFrame: frame },
      { kind: 'account', accountId: await accountId(), from: query.from, to: query.to, locale: 'en' }
    )) as { ok: boolean; data: { jobId: string } }
    expect(started.ok).toBe(true)
    await new Promise((r) => setTimeout(r, 20))

    let prevented = false
    electron.stub.app.emit('will-quit', { preventDefault: () => (prevented = true) })
    expect(prevented).toBe(true)
    expect(electron.record.quitCalls).toBe(0)
    choose({ canceled: false, filePath: target })
    await until(() => electron.record.quitCalls === 1)
    const finished = electron.record.windows[0]!.webContents.sent.filter((m) => m.channel === 'export:finished').map((m) => m.payload as { jobId: string })
    expect(finished.filter((f) => f.jobId === started.data.jobId)).toEqual([{ jobId: started.data.jobId, result: { status: 'cancelled' }, error: null }])
    expect(readdirSync(downloads).filter((f) => f.includes('quit'))).toEqual([])
  })
})
