// The HTTP simulator in its own process, as a remote API would be: its CPU work then never shares
// the client's event loop, so a benchmark measures the client and the network alone.
import { startSimulatorProcess as start, type SimulatorProcess } from '../support/swanboard-process'

export type { SimulatorProcess }

export function startSimulatorProcess(latencyMs: number): Promise<SimulatorProcess> {
  return start(['--latency', String(latencyMs)])
}
