// Long-running commands: the HTTP simulator and the browser host. Both stop on SIGINT/SIGTERM.
import { join } from 'node:path'
import { createCore } from '../core'
import { createLogger } from '../log'
import { projectRoot } from '../paths'
import { createSimulator, DEMO_APPS, startSimulatorServer } from '../simulator'
import { startWebHost } from '../web'
import type { CliIO } from './io'

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve())
    process.once('SIGTERM', () => resolve())
  })
}

export interface SimulatorArgs {
  port: number
  host: string
  latencyMs: number
}

export async function simulatorCommand(args: SimulatorArgs, io: CliIO): Promise<number> {
  const server = await startSimulatorServer({
    simulator: createSimulator({ apps: DEMO_APPS }),
    port: args.port,
    host: args.host,
    latencyMs: args.latencyMs
  })
  io.out(`Baidu API simulator listening on ${server.url}\n`)
  io.out('Apps and their (fake) authorizer tokens:\n')
  for (const app of DEMO_APPS) io.out(`  ${app.appId}  ${app.token}  ${app.name}\n`)
  await untilSignal()
  await server.close()
  return 0
}

export interface WebArgs {
  port: number
  db: string
  demoLatencyMs: number
}

export async function webCommand(args: WebArgs, io: CliIO): Promise<number> {
  const core = createCore({ dbPath: args.db, logger: createLogger(io.err), demoLatencyMs: args.demoLatencyMs })
  const host = await startWebHost({ core, rendererDir: join(projectRoot(), 'out', 'renderer'), port: args.port })
  io.out(`Swanboard is running at ${host.url}\n`)
  io.out('Open that address in a browser on this machine (it carries a per-run key). Ctrl+C stops it.\n')
  await untilSignal()
  await host.close()
  core.close()
  return 0
}
