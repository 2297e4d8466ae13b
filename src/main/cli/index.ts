// Entry of the `swanboard` binary (bin/swanboard.mjs loads this through tsx).
import { buildProgram } from './program'
import { processIO } from './io'

export async function main(argv: readonly string[]): Promise<number> {
  let code = 0
  const program = buildProgram(processIO, (c) => (code = c))
  try {
    await program.parseAsync([...argv])
  } catch (err) {
    // commander has already printed its message (and help); map its exits to ours.
    const exitCode = (err as { exitCode?: number }).exitCode
    return exitCode === 0 ? 0 : 2
  }
  return code
}
