// The simulator's own cost per request: the sync benchmark's figures are only about the client
// if the simulator answers in well under a couple of milliseconds of CPU.
import { allVariants, APP_REPORT_IDS, REPORTS } from '../../src/shared/reports'
import { createSimulator, DEMO_APPS, DEMO_TP_TOKEN } from '../../src/main/simulator'
import { printTable } from './stats'

const NOW = Date.UTC(2026, 10, 21, 4)
const GOAL_MS = 2

function request(endpoint: string, params: Record<string, string>, token: string) {
  const method = REPORTS.tp.endpoint === endpoint ? 'GET' : 'POST'
  const query = new URLSearchParams({ access_token: token, ...params })
  return { method, url: `/rest/2.0/smartapp/data/${endpoint}?${query}`, headers: {}, body: '' }
}

export async function simulatorBench(): Promise<boolean> {
  const sim = createSimulator({ now: () => NOW })
  const jobs: [string, Record<string, string>, string][] = []
  for (const app of DEMO_APPS) for (const id of APP_REPORT_IDS) for (const v of allVariants(id)) jobs.push([REPORTS[id].endpoint, v, app.token])
  jobs.push([REPORTS.tp.endpoint, allVariants('tp')[0]!, DEMO_TP_TOKEN])

  const pass = async (): Promise<{ requests: number; cpuMs: number }> => {
    let requests = 0
    const cpu = process.cpuUsage()
    for (const [endpoint, variant, token] of jobs) {
      for (let start = 0; ; start += 20) {
        const answer = await sim.handle(request(endpoint, { start_date: '20251120', end_date: '20261120', ...variant, start_index: String(start) }, token))
        requests++
        const total = (JSON.parse(answer.body) as { data?: { total?: number } }).data?.total ?? 0
        if (start + 20 >= total) break
      }
    }
    const used = process.cpuUsage(cpu)
    return { requests, cpuMs: (used.user + used.system) / 1000 }
  }
  const cold = await pass()
  const warm = await pass()
  const perRequest = warm.cpuMs / warm.requests
  printTable(
    'Simulator: CPU per request, a year of every report variant of every demo app (in-process)',
    ['pass', 'requests', 'CPU ms', 'ms / request', `goal < ${GOAL_MS}`],
    [
      ['cold (fills each app’s history once)', cold.requests, cold.cpuMs, cold.cpuMs / cold.requests, '-'],
      ['warm', warm.requests, warm.cpuMs, perRequest, perRequest < GOAL_MS ? 'yes' : 'NO']
    ]
  )
  return perRequest < GOAL_MS
}
