// Failures stay where they happen: one report failing leaves the account's others whole, and a
// failed sync (auth, network) never deletes or alters what the cache already holds.
import { describe, expect, it } from 'vitest'
import { DEMO_APPS } from '../../../src/main/simulator'
import { demoCore, type DemoCore } from '../../support/demo-core'

const SETTLED = { from: '20250101', to: '20250131' }
const ACCOUNT = `demo-${DEMO_APPS[0]!.appId}`

/** Everything the cache holds about reports, in a stable order. */
function cacheContents(core: DemoCore['core']): { snapshots: unknown[]; rows: unknown[]; pages: unknown[]; daily: unknown[] } {
  const all = (sql: string): unknown[] => core.db.prepare(sql).all()
  return {
    snapshots: all('SELECT * FROM snapshots ORDER BY id'),
    rows: all('SELECT * FROM report_rows ORDER BY snapshot_id, position'),
    pages: all('SELECT * FROM snapshot_pages ORDER BY snapshot_id, start_index'),
    daily: all('SELECT * FROM daily_rows ORDER BY account_id, report, variant, day')
  }
}

describe('sync failures', () => {
  it("one report failing does not stop the account's other reports; the summary lists it", async () => {
    const { core, network, counter } = demoCore()
    // Baidu refuses the region report only (no data permission: not worth retrying).
    network.tamper = (url, body) => (url.pathname.endsWith('/getanalysisregion') ? JSON.stringify({ errno: 6001, msg: 'no permission', data: {} }) : body)
    const summary = await core.sync.start({ accounts: [ACCOUNT], ...SETTLED }).done
    expect(summary.errors).toEqual([{ accountId: ACCOUNT, report: 'region', variant: '', code: 'permission', message: expect.any(String) }])
    expect(summary.snapshots).toBe(23)
    const tasks = core.sync.status()!.tasks
    expect(tasks.filter((t) => t.state === 'error').map((t) => t.report)).toEqual(['region'])
    expect(tasks.filter((t) => t.state === 'done')).toHaveLength(23)

    // Once allowed, only the failed report is fetched.
    network.tamper = undefined
    const before = counter.calls.length
    expect(await core.sync.start({ accounts: [ACCOUNT], ...SETTLED }).done).toMatchObject({ snapshots: 1, errors: [] })
    expect(new Set(counter.calls.slice(before).map((c) => c.url.pathname.split('/').at(-1)))).toEqual(new Set(['getanalysisregion']))
  })

  it.each([
    ['auth', (d: DemoCore): void => void d.sim.control.tokens.revoke(DEMO_APPS[0]!.token)],
    ['network', (d: DemoCore): void => void (d.network.down = true)]
  ] as const)('a refresh that fails (%s) leaves every cached snapshot, row and page as it was', async (code, fail) => {
    const demo = demoCore()
    const { core } = demo
    const request = { accounts: [ACCOUNT], reports: ['trend' as const, 'region' as const], ...SETTLED }
    expect((await core.sync.start(request).done).snapshots).toBe(5)
    const before = cacheContents(core)
    expect(before.rows.length).toBeGreaterThan(0)

    fail(demo)
    const failed = await core.sync.start({ ...request, refresh: true }).done
    expect(failed.snapshots).toBe(0)
    expect(failed.errors).toHaveLength(5)
    expect(failed.errors.every((e) => e.code === code)).toBe(true)
    expect(cacheContents(core)).toEqual(before)
    // And the cache still answers for it.
    const cached = core.reports.offline({ accountId: ACCOUNT, report: 'region', variant: {}, ...SETTLED })
    expect(cached?.data.rows.length).toBeGreaterThan(0)
  })
})
