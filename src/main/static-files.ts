// Files of the built renderer, resolved safely from a URL path (no escaping the root).
import { stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf'
}

export interface StaticFile {
  path: string
  mime: string
}

/** The file a URL path names under `root` ('/' is index.html), or null if it is not one. */
export async function resolveStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const base = resolve(root)
  const path = resolve(base, `.${decoded === '/' || decoded === '' ? '/index.html' : decoded}`)
  if (!path.startsWith(base + sep)) return null
  const mime = MIME[extname(path).toLowerCase()]
  if (!mime) return null
  try {
    return (await stat(path)).isFile() ? { path, mime } : null
  } catch {
    return null
  }
}
