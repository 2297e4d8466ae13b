// A stand-in `electron` module that records what the app does with it (no Electron can run here).
import { EventEmitter } from 'node:events'
import { join } from 'node:path'

export interface FrameStub {
  processId: number
  routingId: number
  parent: FrameStub | null
  url: string
}

export class WebContentsStub extends EventEmitter {
  mainFrame: FrameStub = { processId: 1, routingId: 1, parent: null, url: 'app://swanboard/index.html' }
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  sent: { channel: string; payload: unknown }[] = []
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }
  isDestroyed(): boolean {
    return false
  }
}

export type IpcHandler = (event: { senderFrame: FrameStub | null }, input?: unknown) => Promise<unknown>

/** What the stub's safeStorage reports: by default a working keychain (gnome_libsecret). */
export interface SafeStorageOptions {
  /** getSelectedStorageBackend(): 'basic_text' is Linux without a keyring. */
  backend?: string
  /** isAsyncEncryptionAvailable(): false when safeStorage cannot encrypt at all. */
  encryptionAvailable?: boolean
}

export function createElectronStub(userData: string, safe: SafeStorageOptions = {}) {
  const record = {
    sandboxEnabled: false,
    privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    ipcHandlers: new Map<string, IpcHandler>(),
    windows: [] as BrowserWindowStub[],
    headersListener: undefined as
      | ((details: { responseHeaders: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void)
      | undefined,
    permissionRequest: undefined as ((wc: unknown, permission: string, cb: (allow: boolean) => void) => void) | undefined,
    permissionCheck: undefined as (() => boolean) | undefined,
    openedExternal: [] as string[],
    exposed: new Map<string, Record<string, unknown>>(),
    quitCalls: 0,
    ipcRendererCalls: [] as { channel: string; input: unknown }[],
    ipcRendererListeners: new Map<string, ((event: unknown, payload: unknown) => void)[]>()
  }

  const app = Object.assign(new EventEmitter(), {
    enableSandbox: () => void (record.sandboxEnabled = true),
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => join(userData, name),
    getVersion: () => '0.0.0-test',
    quit: () => void record.quitCalls++,
    exit: () => undefined
  })

  class BrowserWindowStub extends EventEmitter {
    readonly webContents = new WebContentsStub()
    loadedUrl: string | undefined
    constructor(readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>) {
      super()
      record.windows.push(this)
      app.emit('web-contents-created', {}, this.webContents)
    }
    static getAllWindows(): BrowserWindowStub[] {
      return record.windows
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url
      return Promise.resolve()
    }
    show(): void {}
    focus(): void {}
    restore(): void {}
    isMinimized(): boolean {
      return false
    }
    isDestroyed(): boolean {
      return false
    }
  }

  const stub = {
    app,
    BrowserWindow: BrowserWindowStub,
    ipcMain: { handle: (channel: string, handler: IpcHandler) => void record.ipcHandlers.set(channel, handler) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: typeof record.privilegedSchemes) => void record.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void record.protocolHandlers.set(scheme, handler)
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof record.permissionRequest) => void (record.permissionRequest = h),
        setPermissionCheckHandler: (h: typeof record.permissionCheck) => void (record.permissionCheck = h),
        webRequest: { onHeadersReceived: (l: typeof record.headersListener) => void (record.headersListener = l) }
      }
    },
    shell: { openExternal: async (url: string) => void record.openedExternal.push(url) },
    dialog: {
      showSaveDialog: async () => ({ canceled: true, filePath: undefined }),
      showErrorBox: () => undefined
    },
    // A reversible stand-in for the keychain, so tests can tell sealed bytes from the secret.
    safeStorage: {
      isAsyncEncryptionAvailable: async () => safe.encryptionAvailable ?? true,
      getSelectedStorageBackend: () => safe.backend ?? 'gnome_libsecret',
      encryptStringAsync: async (plain: string) => Buffer.from(`stub:${Buffer.from(plain).reverse().toString('base64')}`),
      decryptStringAsync: async (cipher: Buffer) => ({ shouldReEncrypt: false, result: Buffer.from(cipher.toString().slice(5), 'base64').reverse().toString() })
    },
    contextBridge: {
      exposeInMainWorld: (key: string, api: Record<string, unknown>) => void record.exposed.set(key, api)
    },
    ipcRenderer: {
      invoke: async (channel: string, input: unknown) => {
        record.ipcRendererCalls.push({ channel, input })
        return { ok: true, data: null }
      },
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        record.ipcRendererListeners.set(channel, [...(record.ipcRendererListeners.get(channel) ?? []), listener])
      },
      removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        record.ipcRendererListeners.set(channel, (record.ipcRendererListeners.get(channel) ?? []).filter((l) => l !== listener))
      }
    }
  }
  return { stub, record }
}

export type ElectronStub = ReturnType<typeof createElectronStub>
