// `npm run bench`: every benchmark, printed as figures and ratios against their goals.
import { pagingBench } from './paging.bench'
import { simulatorBench } from './simulator.bench'
import { cacheBench } from './cache.bench'
import { syncBench } from './sync.bench'
import { exportBench } from './export.bench'
import { tabsBench } from './tabs.bench'

async function main(): Promise<void> {
  const results = { simulator: await simulatorBench(), paging: await pagingBench(), sync: await syncBench(), cache: await cacheBench(), export: await exportBench(), tabs: await tabsBench() }
  const failed = Object.entries(results).filter(([, ok]) => !ok).map(([name]) => name)
  console.log(failed.length === 0 ? '\nAll benchmark goals met.' : `\nGoals missed: ${failed.join(', ')}`)
  process.exitCode = failed.length === 0 ? 0 : 1
}

void main()
