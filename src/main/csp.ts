// The renderer's Content-Security-Policy, shared by Electron and the browser host.

export interface CspOptions {
  /** Origin of the Vite dev server in `npm run dev`; it needs HMR over websocket and injected styles. */
  devServer?: string
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const dev = options.devServer ? new URL(options.devServer) : undefined
  const connect = dev ? `'self' ws://${dev.host} ${dev.origin}` : `'self'`
  return [
    "default-src 'none'",
    "script-src 'self'",
    // Vite's dev server injects <style> tags; built CSS is a file.
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'"
  ].join('; ')
}

/** Headers every renderer response carries, besides the CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin'
}
