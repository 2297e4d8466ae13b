// `swanboard fetch <report>` for every report, through the real command parser and client,
// against the HTTP simulator: the JSON shape of each, the variant flags, csv and table output.
import { describe, expect, it } from 'vitest'
import { DEMO_APPS, DEMO_TP_TOKEN } from '../../../src/main/simulator'
import { REGION_COLUMNS, TERMINAL_COLUMNS } from '../../../src/shared/reports'
import { runProgram, type ProgramRun } from '../../support/run-program'
import { simulatorServerForSuite } from '../../support/simulator-server'

const server = simulatorServerForSuite()

const APP_TOKEN = DEMO_APPS[1]!.token
const RANGE = ['--from', '20260901', '--to', '20260930']

function run(args: string[], token = APP_TOKEN): Promise<ProgramRun> {
  return runProgram(['fetch', ...args, '--base-url', server.url, '--token', token, ...RANGE])
}

async function json(args: string[], token?: string) {
  const r = await run([...args, '--format', 'json'], token)
  expect(r.err).toBe('')
  expect(r.code).toBe(0)
  const out = JSON.parse(r.out) as { report: string; timeSpan: string; total: number; sum: Record<string, unknown> | null; rows: Record<string, unknown>[] }
  expect(Object.keys(out)).toEqual(['report', 'timeSpan', 'total', 'sum', 'rows'])
  return out
}

/** Every row the simulator itself serves for one endpoint, page by page, as the API spells them. */
async function apiRows(endpoint: string, params: Record<string, string>, token = APP_TOKEN): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = []
  for (let start = 0; ; start += 20) {
    const query = new URLSearchParams({ access_token: token, start_date: '20260901', end_date: '20260930', start_index: String(start), ...params })
    const res = await fetch(`${server.url}/rest/2.0/smartapp/data/${endpoint}?${query}`, { method: endpoint === 'gettpdata' ? 'GET' : 'POST' })
    const data = ((await res.json()) as { data: { total: number; data_list?: Record<string, unknown>[]; result?: Record<string, unknown>[] } }).data
    rows.push(...(data.data_list ?? data.result ?? []))
    if (rows.length >= data.total) return rows
  }
}

/** The API's row with "--" as null and numeric strings as numbers: what the CLI must print. */
const normalised = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === '--' ? null : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) && k !== 'data' ? Number(v) : v]))

describe('swanboard fetch <report>', () => {
  it('activity: one row a day, its metrics under the API’s names', async () => {
    const out = await json(['activity'])
    expect(out.rows).toHaveLength(30)
    expect(out.rows[0]).toMatchObject({ name: '2026/09/30' })
    for (const key of ['user_count', 'weekly_user_count', 'monthly_user_count', 'lost_ratio', 'accumulative_user_count']) expect(typeof out.rows[0]![key]).toBe('number')
  })

  it('retention keeps its 第N… keys, for each gran and report type', async () => {
    const week = await json(['retention', '--gran', 'week', '--report-type', 'ratio'])
    expect(Object.keys(week.rows[0]!)).toEqual(['name', 'active_user_count', '第2周', '第3周', '第4周', '第5周', '第6周', '第7周', '第8周', '第9周'])
    expect(week.sum).toEqual({ active_user_count: null })
    const day = await json(['retention', '--gran', 'day'])
    expect(Object.keys(day.rows[0]!)).toContain('第9天')
  })

  it('portrait: rows of dimension, name, attribute_id, count_ratio', async () => {
    const out = await json(['portrait'])
    expect(new Set(out.rows.map((r) => r['dimension']))).toEqual(new Set(['age', 'sex', 'interest']))
    expect(Object.keys(out.rows[0]!)).toEqual(['dimension', 'name', 'attribute_id', 'count_ratio'])
    expect(out.sum).toBeNull()
  })

  it('terminal --type network has only the three network metrics', async () => {
    const out = await json(['terminal', '--type', 'network'])
    expect(Object.keys(out.rows[0]!).sort()).toEqual(['accumulative_session_count', 'accumulative_session_count_ratio', 'average_use_time', 'name'].sort())
    const brand = await json(['terminal', '--type', 'terminal_brand'])
    expect(Object.keys(brand.rows[0]!).sort()).toEqual(['name', ...TERMINAL_COLUMNS.map((c) => c.key)].sort())
  })

  it('pages: pageId, pageName, pageAlias and the page metrics', async () => {
    const out = await json(['pages'])
    expect(out.rows[0]).toMatchObject({ pageId: expect.any(String), pageName: expect.stringMatching(/^pages\//), pageAlias: expect.any(String) })
    expect(out.total).toBe(out.rows.length)
  })

  it('habits: depth counts sessions, frequency counts users', async () => {
    const depth = await json(['habits', '--type', 'depth'])
    expect(Object.keys(depth.rows[0]!)).toEqual(['name', 'session_count', 'session_count_ratio'])
    const frequency = await json(['habits', '--type', 'frequency'])
    expect(Object.keys(frequency.rows[0]!)).toEqual(['name', 'user_count', 'user_count_ratio'])
  })

  it('sources: one row per group with its scenes', async () => {
    const out = await json(['sources'])
    const withScenes = out.rows.find((r) => (r['scenes'] as unknown[]).length > 0)!
    expect((withScenes['scenes'] as Record<string, unknown>[])[0]).toMatchObject({ sceneId: expect.any(String), source: expect.any(String), name: expect.any(String) })
    expect(typeof withScenes['user_count']).toBe('number')
    expect(out.sum).toBeNull()
  })

  it('tp: rows keyed by the response’s date, numbers from strings, under the metric names asked for', async () => {
    const out = await json(['tp', '--metrics', 'tp_day_user_count,tp_day_feedback_count,tp_session_count_per_person'], DEMO_TP_TOKEN)
    expect(out.rows).toHaveLength(30)
    expect(Object.keys(out.rows[0]!)).toEqual(['data', 'tp_day_user_count', 'tp_session_count_per_person', 'tp_day_feedback_count'])
    expect(out.rows[0]!['data']).toMatch(/^202609\d\d$/)
    expect(typeof out.rows[0]!['tp_day_user_count']).toBe('number')
  })

  it('region: one row per province, every metric a number, the same rows and order as the API', async () => {
    const out = await json(['region'])
    const api = await apiRows('getanalysisregion', {})
    expect(out.report).toBe('region')
    expect(out.timeSpan).toBe('2026/09/01 - 2026/09/30')
    expect(out.total).toBe(api.length)
    expect(out.rows).toHaveLength(34)
    expect(out.rows.map((r) => r['name'])).toEqual(api.map((r) => r['name']))
    expect(out.rows).toEqual(api.map(normalised))
    for (const row of out.rows) {
      expect(Object.keys(row).sort()).toEqual(['name', ...REGION_COLUMNS.map((c) => c.key)].sort())
      for (const c of REGION_COLUMNS) expect(typeof row[c.key], `${row['name']} ${c.key}`).toBe('number')
    }
    expect(out.rows.reduce((n, r) => n + (r['session_count_district_ratio'] as number), 0)).toBeCloseTo(100, 0)
  })

  it('tp --scene: one scene’s share of the platform, as the API answers for that scene', async () => {
    const metrics = 'tp_day_user_count,tp_day_session_count'
    const scene = await json(['tp', '--metrics', metrics, '--scene', '11700000'], DEMO_TP_TOKEN)
    const all = await json(['tp', '--metrics', metrics], DEMO_TP_TOKEN)
    const api = await apiRows('gettpdata', { metrics, scene: '11700000' }, DEMO_TP_TOKEN)
    expect(scene.rows).toEqual(api.map(normalised))
    expect(scene.rows).toHaveLength(30)
    expect(scene.rows.map((r) => r['data'])).toEqual(all.rows.map((r) => r['data']))
    scene.rows.forEach((row, i) => {
      for (const m of metrics.split(',')) {
        expect(typeof row[m]).toBe('number')
        expect(row[m] as number).toBeLessThan(all.rows[i]![m] as number)
      }
    })
    expect((await run(['tp', '--scene', 'share'], DEMO_TP_TOKEN)).code).toBe(2)
  })

  it('csv: API keys as headers, one line per row, empty cells for not-ready values', async () => {
    const r = await run(['region', '--format', 'csv'])
    const lines = r.out.trim().split('\n')
    expect(lines[0]).toBe('name,session_count_district,session_count_district_ratio,user_count_district_ratio,new_user_count_district_ratio,average_session_time_district')
    expect(lines).toHaveLength(35)
    const sources = await run(['sources', '--format', 'csv'])
    expect(sources.out.split('\n')[0]).toMatch(/^group,sceneId,name,/)
  })

  it('table: a boxed table with labels in the terminal’s language', async () => {
    const r = await run(['trend', '--gran', 'week', '--format', 'table'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('Active users')
    expect(r.out).toMatch(/│ 2026\/09\/28 - 2026\/09\/30 │/)
  })

  it('rejects a flag the report does not take, or a bad variant value, with exit 2', async () => {
    expect((await run(['region', '--gran', 'week'])).code).toBe(2)
    expect((await run(['terminal', '--type', 'depth'])).code).toBe(2)
    expect((await run(['retention', '--gran', 'hour'])).code).toBe(2)
    const bad = await run(['tp', '--metrics', 'tp_nope'], DEMO_TP_TOKEN)
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('unknown metric tp_nope')
  })

  it('an app token on the platform report is an auth error', async () => {
    const r = await run(['tp'])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/auth \(errno 44004\)/)
  })
})
