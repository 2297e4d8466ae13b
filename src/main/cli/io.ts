// What the CLI prints, so commands stay testable (tests pass their own streams).
import { errorMessage } from '../../shared/errors'
import { toErrorEnvelope } from '../app-error'
import { redact } from '../log'
import type { Locale } from '../../shared/reports'

export interface CliIO {
  out: (text: string) => void
  err: (text: string) => void
  env: NodeJS.ProcessEnv
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env
}

/** Prints a failure as `swanboard: <code> (errno N): <what to do>` plus Baidu's words. */
export function reportError(io: CliIO, err: unknown, locale: Locale): void {
  const e = toErrorEnvelope(err)
  const errno = e.errno === undefined ? '' : ` (errno ${e.errno})`
  const lines = [`swanboard: ${e.code}${errno}: ${errorMessage(e.code, locale, e.errno)}`]
  if (e.detail) lines.push(`  ${e.detail}`)
  if (e.code !== 'internal') lines.push(`  ${e.message}`)
  else if (err instanceof Error) lines.push(`  ${err.message}`)
  io.err(redact(lines.join('\n')) + '\n')
}
