// Per-report CSV, end to end: the API's answers (hostile page names among them) are synced into a
// cache file, then `swanboard export --out x.csv` writes each report and variant offline. Each
// file is parsed back (RFC 4180) and held against the oracle built from the cache and catalogue:
// a UTF-8 BOM, headers in the UI language with units, every cached row once with every value as
// cached (percents as on screen, days as YYYY-MM-DD, not-ready empty), text neutralised.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CliIO } from '../../../src/main/cli/io'
import { buildProgram } from '../../../src/main/cli/program'
import { LOCALES, REPORTS, type Locale } from '../../../src/shared/reports'
import { tempDir } from '../../support/temp'
import { checkCsv, parseCsv, wantTable } from './cache-oracle'
import { FROM, syncDemoCache, TO, type DemoCache } from './demo-cache'

const dir = tempDir()
const db = join(dir, 'cache.db')
const CLOSED = 'http://127.0.0.1:9'
let cache: DemoCache

async function run(args: string[], locale: Locale): Promise<{ code: number; err: string }> {
  let err = ''
  let code = 0
  const io: CliIO = { out: () => undefined, err: (t) => void (err += t), env: { LANG: locale === 'en' ? 'en_US.UTF-8' : 'zh_CN.UTF-8' } }
  await buildProgram(io, (c) => (code = c))
    .parseAsync(['node', 'swanboard', ...args])
    .catch(() => (code = 2))
  return { code, err }
}

beforeAll(async () => {
  cache = await syncDemoCache(db)
  cache.demo.core.close()
}, 60_000)

describe('per-report CSV round trip', () => {
  for (const locale of LOCALES) {
    it(`every report and variant, from the cache file, equals the cache (${locale})`, async () => {
      let notReady = 0
      let files = 0
      for (const account of cache.accounts) {
        for (const [i, view] of cache.views.get(account.id)!.entries()) {
          const flags = REPORTS[view.report].variants.filter((p) => p.param !== 'metrics' && p.param !== 'scene').flatMap((p) => [p.flag, view.variant[p.param]!])
          const out = join(dir, `${account.id}-${i}-${locale}.csv`)
          const r = await run(['export', '--demo', account.name, '--from', FROM, '--to', TO, '--reports', view.report, ...flags, '--db', db, '--out', out, '--base-url', CLOSED], locale)
          expect(r.code, `${view.report} ${flags.join(' ')}: ${r.err}`).toBe(0)
          const text = readFileSync(out, 'utf8')
          notReady += checkCsv(text, wantTable(view, locale), `${view.report} ${flags.join(' ')}`)
          // eslint-disable-next-line no-control-regex
          expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
          if (view.report === 'pages') {
            const records = parseCsv(text.slice(1)).slice(1)
            expect(records.length).toBeGreaterThan(0)
            // Every path the API sent was formula-like; the first alias began with a tab.
            for (const rec of records) expect(rec[0]).toMatch(/^'(=HYPERLINK\("http|-1\+|@SUM\(1\)\/)/)
            expect(records.some((rec) => rec[1]!.startsWith("'\t+"))).toBe(true)
            expect(records.some((rec) => rec[1]!.startsWith("'=1+1 "))).toBe(true)
          }
          files++
        }
      }
      expect(files).toBe(25)
      expect(notReady).toBeGreaterThan(0)
    })
  }
})
