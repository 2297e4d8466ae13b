// Who may talk to the browser host: this host name, this origin, and the per-run key.
import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export interface GuardConfig {
  port: number
  key: string
}

function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

/** Rejects DNS-rebinding: the Host header must name the loopback address we bound. */
export function hostAllowed(req: IncomingMessage, port: number): boolean {
  return allowedHosts(port).includes(req.headers.host ?? '')
}

/** Requests from other pages (another origin, or a cross-site fetch) are refused. */
export function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin
  if (origin !== undefined && origin !== `http://${req.headers.host}`) return false
  const site = req.headers['sec-fetch-site']
  return site === undefined || site === 'same-origin' || site === 'none'
}

export function keyMatches(given: string | undefined | null, key: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(key)
  return a.length === b.length && timingSafeEqual(a, b)
}
