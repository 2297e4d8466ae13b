// `swanboard` as a user runs it: the simulator in one process, `fetch trend` in another.
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_APPS } from '../../../src/main/simulator'
import { TREND_METRICS } from '../../../src/shared/reports'

const BIN = resolve(__dirname, '../../../bin/swanboard.mjs')
let simulator: ChildProcess
let baseUrl: string

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LANG: 'en_US.UTF-8', ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('error', fail)
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

beforeAll(async () => {
  simulator = spawn(process.execPath, [BIN, 'simulator', '--port', '0'])
  baseUrl = await new Promise<string>((done, fail) => {
    let out = ''
    simulator.stdout!.on('data', (c: Buffer) => {
      out += c.toString()
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (m) done(m[1]!)
    })
    simulator.on('exit', (code) => fail(new Error(`simulator exited ${code}`)))
  })
}, 30_000)
afterAll(() => void simulator.kill('SIGTERM'))

const token = DEMO_APPS[0]!.token
const fetchArgs = (extra: string[]) => ['fetch', 'trend', '--base-url', baseUrl, '--token', token, ...extra]

describe('swanboard CLI', () => {
  it('--help names every command', async () => {
    const { code, stdout } = await run(['--help'])
    expect(code).toBe(0)
    for (const cmd of ['simulator', 'fetch', 'web']) expect(stdout).toContain(cmd)
  })

  it('prints the simulator’s fake tokens at start-up', () => {
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
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

  it('turns "--" into null for days that are not ready', async () => {
    const { code, stdout } = await run(fetchArgs(['--from', '20990101', '--to', '20990102', '--gran', 'month']))
    expect(code).toBe(0)
    const out = JSON.parse(stdout) as { total: number; sum: Record<string, unknown>; rows: unknown[] }
    expect(out.total).toBe(0)
    expect(Object.values(out.sum).every((v) => v === null)).toBe(true)
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
