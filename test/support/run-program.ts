// `swanboard …` through the real command parser, in this process, with its output captured.
import { buildProgram } from '../../src/main/cli/program'
import type { CliIO } from '../../src/main/cli/io'

export interface ProgramRun {
  code: number
  out: string
  err: string
}

/** English unless `env` says otherwise; a parse error (commander's exit) counts as exit code 2. */
export async function runProgram(args: readonly string[], env: Record<string, string> = {}): Promise<ProgramRun> {
  let out = ''
  let err = ''
  let code = 0
  const io: CliIO = { out: (t) => void (out += t), err: (t) => void (err += t), env: { LANG: 'en_US.UTF-8', ...env } }
  try {
    await buildProgram(io, (c) => (code = c)).parseAsync(['node', 'swanboard', ...args])
  } catch {
    code = 2
  }
  return { code, out, err }
}
