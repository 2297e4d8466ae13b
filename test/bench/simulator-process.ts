// The HTTP simulator in its own process, as a remote API would be: its CPU work then never shares
// the client's event loop, so a benchmark measures the client and the network alone.
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

const BIN = resolve(__dirname, '../../bin/swanboard.mjs')

export interface SimulatorProcess {
  url: string
  stop(): Promise<void>
}

export async function startSimulatorProcess(latencyMs: number): Promise<SimulatorProcess> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'simulator', '--port', '0', '--latency', String(latencyMs)], { stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise<string>((done, fail) => {
    let out = ''
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString()
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (m) done(m[1]!)
    })
    child.once('exit', (code) => fail(new Error(`simulator exited with ${code}`)))
  })
  return {
    url,
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => done())
        child.kill('SIGTERM')
      })
  }
}
