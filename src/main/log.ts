// The one logger. Everything it writes passes through redact(): tokens never reach a log.

const TOKEN_PATTERN = /\b(?:2[14]|4[2-6])\.[A-Za-z0-9][A-Za-z0-9._~-]{6,}/g
const SECRET_PARAM = /((?:access_token|refresh_token|client_secret|token)=)[^&\s"']+/gi

/** Masks anything that looks like a Baidu token or a secret query parameter. */
export function redact(text: string): string {
  return text.replace(SECRET_PARAM, '$1***').replace(TOKEN_PATTERN, (t) => `${t.slice(0, 3)}***`)
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'

export interface Logger {
  log(level: LogLevel, message: string, detail?: unknown): void
}

function describe(detail: unknown): string {
  if (detail === undefined) return ''
  if (detail instanceof Error) return ` ${detail.name}: ${detail.message}`
  try {
    return ` ${JSON.stringify(detail)}`
  } catch {
    return ` ${String(detail)}`
  }
}

/** A logger writing redacted lines to a sink (stderr by default). */
export function createLogger(sink: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  return {
    log(level, message, detail) {
      sink(redact(`${new Date().toISOString()} ${level.toUpperCase()} ${message}${describe(detail)}`))
    }
  }
}

export const silentLogger: Logger = { log: () => undefined }
