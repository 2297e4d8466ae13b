// Parsing and checking CLI option values (commander hands over strings).
import { InvalidArgumentError } from 'commander'
import { isValidDay } from '../../shared/calendar'
import { REPORT_IDS, type Locale, type ReportId } from '../../shared/reports'
import { AppError } from '../app-error'

export function parseDay(value: string): string {
  if (!isValidDay(value)) throw new InvalidArgumentError('expected a date as YYYYMMDD')
  return value
}

export function parsePort(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number 0-65535')
  return n
}

export function parseMs(value: string): number {
  const n = Number(value)
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected milliseconds ≥ 0')
  return n
}

export function parseBaseUrl(value: string): string {
  try {
    const url = new URL(value)
    if (url.protocol === 'http:' || url.protocol === 'https:') return value
  } catch {
    // fall through
  }
  throw new InvalidArgumentError('expected an http(s) URL')
}

/** Messages follow the terminal's language: Chinese when LANG says zh, else English. */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const lang = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || ''
  return lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

/** `--reports a,b`: undefined when absent (every report that applies); an unknown or empty list is refused. */
export function parseReportList(list: string | undefined): ReportId[] | undefined {
  if (list === undefined) return undefined
  const ids = list.split(',').map((r) => r.trim()).filter(Boolean)
  const unknown = ids.find((r) => !(REPORT_IDS as readonly string[]).includes(r))
  if (unknown !== undefined) throw new AppError('invalid_input', `unknown report ${unknown} (one of ${REPORT_IDS.join(', ')})`)
  if (ids.length === 0) throw new AppError('invalid_input', '--reports names no report')
  return ids as ReportId[]
}
