// app://swanboard/… serves the built renderer (file:// breaks module scripts and has no CSP header).
import { readFile } from 'node:fs/promises'
import type { Protocol } from 'electron'
import { SECURITY_HEADERS } from './csp'
import { resolveStaticFile } from './static-files'

export const APP_SCHEME = 'app'

export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true }
}

export function registerAppProtocol(protocol: Protocol, rendererDir: string, csp: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const file = url.host === 'swanboard' ? await resolveStaticFile(rendererDir, url.pathname) : null
    if (!file) return new Response('Not found', { status: 404 })
    return new Response(await readFile(file.path), {
      headers: { 'content-type': file.mime, 'content-security-policy': csp, ...SECURITY_HEADERS }
    })
  })
}
