// Child process for the refresh crash test: opens the cache, starts a call that needs a token
// refresh, and kills itself (SIGKILL: no cleanup of any kind) at the given refresh step.
import { createCore } from '../../src/main/core'
import { silentLogger } from '../../src/main/log'

const [dbPath, accountName, step] = process.argv.slice(2)
const core = createCore({
  dbPath: dbPath!,
  logger: silentLogger,
  onRefreshStep: (_id, s) => {
    if (s === step) process.kill(process.pid, 'SIGKILL')
  }
})
const account = core.accounts.list().find((a) => a.name === accountName)!
const day = '20251001'
core.accounts
  .get(account.id)
  .client.fetch({ report: 'trend', variant: { gran: 'day' }, from: day, to: day })
  .then(() => process.exit(0), () => process.exit(3))
