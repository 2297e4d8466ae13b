// Long-running commands: the HTTP simulator and the browser host. Both stop on SIGINT/SIGTERM.
import { join } from 'node:path'
import { createCore } from '../core'
import { createLogger } from '../log'
import { projectRoot } from '../paths'
import { CONTROL_PATH, createSimulator, DEMO_APPS, parseFaultSpec, startSimulatorServer, type FaultPlan } from '../simulator'
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
  jitterMs: number
  /** A fault spec (see parseFaultSpec), e.g. "seed=7,http500:0.05,reset:0.02". */
  faults?: string
}

export async function simulatorCommand(args: SimulatorArgs, io: CliIO): Promise<number> {
  let plan: FaultPlan
  try {
    plan = parseFaultSpec(args.faults ?? '')
  } catch (err) {
    io.err(`swanboard: --faults: ${err instanceof Error ? err.message : String(err)}\n`)
    return 2
  }
  // --latency and --jitter are shorthands for the spec's own settings; the spec's win if both are given.
  const faults = { ...plan, latencyMs: plan.latencyMs || args.latencyMs, jitterMs: plan.jitterMs || args.jitterMs }
  const simulator = createSimulator({ apps: DEMO_APPS, faults })
  const server = await startSimulatorServer({ simulator, port: args.port, host: args.host })
  io.out(`Baidu API simulator listening on ${server.url}\n`)
  const at = (endpoint?: string): string => (endpoint ? `@${endpoint}` : '')
  const active = [
    ...faults.rules.map((r) => `${r.kind}:${r.probability}${at(r.endpoint)}`),
    ...faults.next.map((n) => `${n.kind}:x${n.count}${at(n.endpoint)}`)
  ]
  io.out(`Latency ${faults.latencyMs} ms ± ${faults.jitterMs} ms; faults: ${active.length ? active.join(', ') : 'none'} (seed ${faults.seed})\n`)
  io.out('Demo credentials (all fake):\n')
  for (const tp of simulator.tps) io.out(`  TP ${tp.tpId}  token ${tp.token}  ${tp.name}\n`)
  for (const app of simulator.apps) {
    io.out(`  ${app.appId}  token ${app.token}  refresh ${app.refreshToken ?? '-'}  key ${app.appKey ?? '-'}  secret ${app.appSecret ?? '-'}  ${app.name}\n`)
  }
  io.out(`Control API: POST ${server.url}${CONTROL_PATH} (loopback only)\n`)
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
