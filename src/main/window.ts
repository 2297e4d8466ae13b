// The secure main window and the guards every web contents gets.
import { BrowserWindow, type Session, type WebContents, type WebPreferences } from 'electron'
import { isAllowedExternalUrl } from '../shared/external-links'

export const APP_ORIGIN = 'app://swanboard'
export const APP_URL = `${APP_ORIGIN}/index.html`

export function webPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false
  }
}

export function createMainWindow(preload: string, icon: string): BrowserWindow {
  return new BrowserWindow({
    icon,
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 600,
    title: 'Swanboard',
    show: false,
    backgroundColor: '#f5f7fa',
    webPreferences: webPreferences(preload)
  })
}

/** No navigation, no new windows, no webviews; allow-listed https links open in the browser. */
export function guardWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url)
    return { action: 'deny' }
  })
}

/** Deny every permission (camera, notifications, …) and put the CSP on every http(s) response. */
export function secureSession(session: Session, csp: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } })
  })
}
