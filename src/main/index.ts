// Composition root of the desktop app: wires services to Electron, nothing else.
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron'
import { appendFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { isAllowedExternalUrl } from '../shared/external-links'
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol'
import { createCore, keyFilePath, type Core } from './core'
import { NewerSchemaError } from './store'
import { contentSecurityPolicy } from './csp'
import { electronHost } from './electron-host'
import { ExportJobs } from './export'
import { desktopVault } from './electron-vault'
import { createHandlers, type CallContext } from './handlers'
import { isOwnMainFrame, registerIpc } from './ipc'
import { createLogger } from './log'
import { APP_ORIGIN, APP_URL, createMainWindow, guardWebContents, secureSession } from './window'

// Must happen before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
app.enableSandbox()

const devServer = process.env['ELECTRON_RENDERER_URL']
/** How often an open app re-checks that Baidu's API is reachable. */
const CONNECTIVITY_PROBE_MS = 30_000

function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url)
    // Node's URL gives custom schemes the origin "null", so compare scheme and host instead.
    if (`${u.protocol}//${u.host}` === APP_ORIGIN) return true
    return devServer !== undefined && u.origin === new URL(devServer).origin
  } catch {
    return false
  }
}

function openExternal(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url)
}

async function start(): Promise<void> {
  await app.whenReady()
  const userData = app.getPath('userData')
  mkdirSync(join(userData, 'logs'), { recursive: true })
  const logger = createLogger((line) => appendFileSync(join(userData, 'logs', 'main.log'), `${line}\n`))
  // Secrets go to the system keychain through safeStorage; without one, the 0600 key file, and the
  // account form asks before saving any (needs_consent), as it does for basic_text.
  const dbPath = join(userData, 'swanboard.db')
  const vault = await desktopVault(keyFilePath(dbPath))
  if (vault.protection !== 'keychain') logger.log('warn', `secrets are weakly protected here (${vault.protection}): saving them needs the user's consent`)
  let core: Core
  try {
    core = createCore({ dbPath, logger, vault })
  } catch (err) {
    if (!(err instanceof NewerSchemaError)) throw err
    dialog.showErrorBox('Swanboard', `本地缓存由更新版本的 Swanboard 写入，此版本无法打开。请升级 Swanboard。\n\nThe local cache was written by a newer Swanboard and this version cannot open it. Please update Swanboard.`)
    app.exit(1)
    return
  }

  const csp = contentSecurityPolicy({ devServer })
  secureSession(session.defaultSession, csp)
  registerAppProtocol(protocol, join(__dirname, '../renderer'), csp)
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal))

  let window: BrowserWindow | undefined
  const send: CallContext['emit'] = (event, payload) => {
    if (window && !window.isDestroyed()) window.webContents.send(event, payload)
  }
  core.subscribe(send)
  core.connectivity.watch(CONNECTIVITY_PROBE_MS)
  const host = electronHost(() => window)
  const jobs = new ExportJobs({ source: core, host, logger })
  const handlers = createHandlers(core, host, jobs)
  registerIpc(ipcMain, {
    handlers,
    logger,
    context: { emit: send },
    isTrustedSender: (frame) => isOwnMainFrame(frame, window?.webContents.mainFrame, isAppUrl)
  })

  const open = (): void => {
    window = createMainWindow(join(__dirname, '../preload/index.js'), join(__dirname, '../../resources/icon.png'))
    window.once('ready-to-show', () => window?.show())
    window.on('closed', () => (window = undefined))
    void window.loadURL(devServer ?? APP_URL)
  }
  open()

  app.on('second-instance', () => {
    if (!window) return open()
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // A job still writing at quit would leave a hidden partial file beside the chosen path: hold the
  // quit until every job has cancelled and cleaned up, and a sync has recorded how far it got.
  let quitting = false
  app.on('will-quit', (event) => {
    if (quitting) return
    quitting = true
    event.preventDefault()
    core.sync.cancelAll()
    void Promise.allSettled([jobs.cancelAll(), core.sync.idle()]).finally(() => {
      core.close()
      app.quit()
    })
  })
}

if (app.requestSingleInstanceLock()) {
  start().catch((err: unknown) => {
    console.error(err)
    app.exit(1)
  })
} else {
  app.quit()
}
