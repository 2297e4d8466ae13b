// `swanboard` in its own process, as a user (or a benchmark's remote API) runs it.
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

const BIN = resolve(__dirname, '../../bin/swanboard.mjs')

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs one command to its end; English unless `env` says otherwise. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LANG: 'en_US.UTF-8', ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('error', fail)
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

export interface SimulatorProcess {
  url: string
  /** Everything it printed at start-up: address, latency and faults, demo credentials. */
  banner: string
  stop(): Promise<void>
}

/** `swanboard simulator --port 0 …args`, once it has printed its whole banner. */
export async function startSimulatorProcess(args: string[] = []): Promise<SimulatorProcess> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'simulator', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
  const banner = await new Promise<string>((done, fail) => {
    let out = ''
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString()
      // The control API line is the banner's last.
      if (/^Control API: .*$/m.test(out)) done(out)
    })
    child.once('exit', (code) => fail(new Error(`simulator exited with ${code}`)))
  })
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)![1]!
  return {
    url,
    banner,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done()
        child.once('exit', () => done())
        child.kill('SIGTERM')
      })
  }
}
