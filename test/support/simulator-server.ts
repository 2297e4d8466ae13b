// An HTTP simulator shared by a spec file's tests: started before the first, closed after the last.
import { afterAll, beforeAll } from 'vitest'
import { createSimulator, startSimulatorServer, type Simulator, type SimulatorOptions, type SimulatorServer } from '../../src/main/simulator'

export interface SuiteSimulator {
  /** The simulator's control side (tokens, clock, faults); set once the suite has started. */
  readonly sim: Simulator
  readonly url: string
}

/** Call at the top of a spec file; read `sim` and `url` inside tests. */
export function simulatorServerForSuite(options: SimulatorOptions = {}): SuiteSimulator {
  let sim: Simulator
  let server: SimulatorServer
  beforeAll(async () => {
    sim = createSimulator(options)
    server = await startSimulatorServer({ simulator: sim })
  })
  afterAll(() => server.close())
  return {
    get sim() {
      return sim
    },
    get url() {
      return server.url
    }
  }
}
