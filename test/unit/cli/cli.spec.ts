// `swanboard` as a user runs it: the simulator in one process, `fetch trend` in another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_APPS, DEMO_TP } from '../../../src/main/simulator'
import { addDays, beijingToday } from '../../../src/shared/calendar'
import { TREND_METRICS } from '../../../src/shared/reports'
import { runCli as run, startSimulatorProcess, type SimulatorProcess } from '../../support/swanboard-process'

let simulator: SimulatorProcess
let baseUrl: string

beforeAll(async () => {
  simulator = await startSimulatorProcess()
  baseUrl = simulator.url
}, 30_000)
afterAll(() => simulator.stop())

const token = DEMO_APPS[0]!.token
const fetchArgs = (extra: string[]) => ['fetch', 'trend', '--base-url', baseUrl, '--token', token, ...extra]

describe('swanboard CLI', () => {
  it('--help names every command', async () => {
    const { code, stdout } = await run(['--help'])
    expect(code).toBe(0)
    for (const cmd of ['simulator', 'fetch', 'web']) expect(stdout).toContain(cmd)
  })

  it('prints the simulator’s fake tokens at start-up, and they work', async () => {
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const printed = (prefix: string) => simulator.banner.match(new RegExp(`(?<=\\s)${prefix.replace('.', '\\.')}\\S+`, 'g')) ?? []
    // Authorizer tokens 45. per app, refresh tokens 46. per app, the TP's token 42.
    expect(printed('45.')).toEqual(DEMO_APPS.map((a) => a.token))
    expect(printed('46.')).toEqual(DEMO_APPS.map((a) => a.refreshToken))
    expect(printed('42.')).toEqual([DEMO_TP.token])
    for (const app of DEMO_APPS) expect(simulator.banner).toContain(`${app.appId}  token ${app.token}`)
    // A printed token is one the simulator accepts.
    const { code } = await run(['fetch', 'trend', '--base-url', baseUrl, '--token', printed('45.').at(-1)!, '--from', '20190401', '--to', '20190402'])
    expect(code).toBe(0)
  })

  it('fetch trend prints one JSON object: every page, API order, API metric names, numbers', async () => {
    const { code, stdout, stderr } = await run(fetchArgs(['--from', '20190101', '--to', '20190415', '--gran', 'day', '--format', 'json']))
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout.trim().split('\n')).toHaveLength(1)
    const out = JSON.parse(stdout) as { report: string; timeSpan: string; total: number; sum: Record<string, unknown>; rows: Record<string, unknown>[] }
    expect(Object.keys(out)).toEqual(['report', 'timeSpan', 'total', 'sum', 'rows'])
    expect(out.report).toBe('trend')
    expect(out.timeSpan).toBe('2019/01/01 - 2019/04/15')
    expect(out.total).toBe(105)
    expect(out.rows).toHaveLength(105)
    expect(out.rows[0]!['name']).toBe('2019/04/15')
    expect(out.rows[104]!['name']).toBe('2019/01/01')
    expect(Object.keys(out.rows[0]!).sort()).toEqual(['name', ...TREND_METRICS].sort())
    expect(Object.keys(out.sum).sort()).toEqual([...TREND_METRICS].sort())
    for (const row of out.rows) for (const m of TREND_METRICS) expect(typeof row[m]).toBe('number')

    // The same numbers the API itself serves, page by page.
    const apiRows: unknown[] = []
    for (let start = 0; start < 105; start += 20) {
      const res = await fetch(`${baseUrl}/rest/2.0/smartapp/data/getanalysisusertrend?access_token=${token}`, {
        method: 'POST',
        body: new URLSearchParams({ start_index: String(start), start_date: '20190101', end_date: '20190415', gran: 'day' })
      })
      apiRows.push(...((await res.json()) as { data: { data_list: unknown[] } }).data.data_list)
    }
    // Key order may differ (the catalogue's), values may not.
    expect(out.rows).toEqual(apiRows.map((r) => Object.fromEntries(Object.entries(r as object).sort())))
  })

  it('turns "--" into null inside rows and sums: retention periods not reached yet', async () => {
    // The spawned simulator keeps real time: the last days' cohorts have not reached their later periods.
    const today = beijingToday()
    const from = addDays(today, -10)
    const to = addDays(today, -1)
    const args = ['fetch', 'retention', '--base-url', baseUrl, '--token', token, '--from', from, '--to', to, '--gran', 'day']
    const { code, stdout, stderr } = await run(args)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const out = JSON.parse(stdout) as { total: number; sum: Record<string, unknown>; rows: Record<string, unknown>[] }
    expect(out.sum).toEqual({ active_user_count: null })

    const res = await fetch(`${baseUrl}/rest/2.0/smartapp/data/getanalysisretaineduser?access_token=${token}`, {
      method: 'POST',
      body: new URLSearchParams({ start_index: '0', start_date: from, end_date: to, gran: 'day', report_type: 'count' })
    })
    const api = ((await res.json()) as { data: { data_list: Record<string, unknown>[] } }).data.data_list
    expect(out.rows.map((r) => r['name'])).toEqual(api.map((r) => r['name']))
    let nulls = 0
    let numbers = 0
    out.rows.forEach((row, i) => {
      for (const [key, raw] of Object.entries(api[i]!)) {
        if (key === 'name') continue
        if (raw === '--') {
          expect(row[key], `${row['name']} ${key}`).toBeNull()
          nulls++
        } else {
          expect(row[key], `${row['name']} ${key}`).toBe(Number(raw))
          numbers++
        }
      }
    })
    // Both kinds occur in the rows themselves: the newest cohort has no 第2天 yet, the oldest has some.
    expect(nulls).toBeGreaterThan(0)
    expect(numbers).toBeGreaterThan(0)
    const newest = out.rows.find((r) => r['name'] === `${to.slice(0, 4)}/${to.slice(4, 6)}/${to.slice(6)}`)!
    expect(newest['第2天']).toBeNull()
    expect(typeof newest['active_user_count']).toBe('number')
  })

  it('on an API error prints code, errno and what to do to stderr, and exits non-zero', async () => {
    const { code, stdout, stderr } = await run(['fetch', 'trend', '--base-url', baseUrl, '--token', '45.wrong-token-abcdef', '--from', '20190401', '--to', '20190402'])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/auth \(errno 44004\): The access token is invalid or expired/)
    expect(stderr).not.toContain('wrong-token-abcdef')
  })

  it('speaks Chinese when the terminal does', async () => {
    const { stderr } = await run(['fetch', 'trend', '--base-url', baseUrl, '--token', '45.wrong', '--from', '20190401', '--to', '20190402'], { LANG: 'zh_CN.UTF-8' })
    expect(stderr).toContain('访问令牌无效或已过期')
  })

  it('rejects bad arguments with exit code 2', async () => {
    expect((await run(fetchArgs(['--from', '2019-04-01', '--to', '20190402']))).code).toBe(2)
    expect((await run(fetchArgs(['--from', '20190401', '--to', '20190402', '--gran', 'year']))).code).toBe(2)
    expect((await run(fetchArgs(['--from', '20190405', '--to', '20190402']))).code).toBe(2)
    const noToken = await run(['fetch', 'trend', '--base-url', baseUrl, '--from', '20190401', '--to', '20190402'], { SWANBOARD_TOKEN: '' })
    expect(noToken.code).toBe(2)
    expect(noToken.stderr).toContain('SWANBOARD_TOKEN')
  })

  it('takes the token from SWANBOARD_TOKEN so it stays out of shell history', async () => {
    const { code } = await run(['fetch', 'trend', '--base-url', baseUrl, '--from', '20190401', '--to', '20190402'], { SWANBOARD_TOKEN: token })
    expect(code).toBe(0)
  })

  it('reports an unreachable API as a network error', async () => {
    const { code, stderr } = await run(['fetch', 'trend', '--base-url', 'http://127.0.0.1:9', '--token', token, '--from', '20190401', '--to', '20190402'])
    expect(code).toBe(1)
    expect(stderr).toContain('network')
  })
})
