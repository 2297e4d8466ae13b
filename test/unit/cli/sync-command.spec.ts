// `swanboard sync` through the real command parser: scopes, the JSON summary, exit codes,
// and the demo accounts through an HTTP simulator with --base-url.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildProgram } from '../../../src/main/cli/program'
import type { CliIO } from '../../../src/main/cli/io'
import { createSimulator, startSimulatorServer, type Simulator, type SimulatorServer } from '../../../src/main/simulator'
import { tempDir } from '../../support/temp'

let sim: Simulator
let server: SimulatorServer
beforeAll(async () => {
  sim = createSimulator()
  server = await startSimulatorServer({ simulator: sim })
})
afterAll(() => server.close())

async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  let code = 0
  const io: CliIO = { out: (t) => void (out += t), err: (t) => void (err += t), env: { LANG: 'en_US.UTF-8', ...env } }
  try {
    await buildProgram(io, (c) => (code = c)).parseAsync(['node', 'swanboard', 'sync', ...args])
  } catch {
    code = 2
  }
  return { code, out, err }
}

const RANGE = ['--from', '20250101', '--to', '20250115']

describe('swanboard sync', () => {
  it('--demo --json prints only the summary; a second run makes 0 requests', async () => {
    const db = join(tempDir(), 'c.db')
    const first = await run(['--demo', ...RANGE, '--db', db, '--json', '--reports', 'trend,region,tp'])
    expect(first.err).toBe('')
    expect(first.code).toBe(0)
    const summary = JSON.parse(first.out) as Record<string, unknown>
    expect(Object.keys(summary)).toEqual(['requests', 'rows', 'snapshots', 'errors', 'durationMs'])
    // 5 apps × (4 trend grans + region) + the TP's summary
    expect(summary).toMatchObject({ snapshots: 26, errors: [] })
    const again = JSON.parse((await run(['--demo', ...RANGE, '--db', db, '--json', '--reports', 'trend,region,tp'])).out)
    expect(again).toMatchObject({ requests: 0, snapshots: 0 })
  })

  it('--account syncs one account, found by name or id; the default database is SWANBOARD_DB', async () => {
    const db = join(tempDir(), 'env.db')
    const byName = await run(['--account', '天鹅示例·资讯阅读', ...RANGE, '--json', '--reports', 'activity'], { SWANBOARD_DB: db })
    expect(JSON.parse(byName.out)).toMatchObject({ snapshots: 1 })
    const byId = await run(['--account', 'demo-sim-1003', ...RANGE, '--json', '--reports', 'activity'], { SWANBOARD_DB: db })
    expect(JSON.parse(byId.out)).toMatchObject({ snapshots: 1 })
    expect((await run(['--account', 'nobody', ...RANGE, '--json', '--db', db])).code).toBe(2)
  })

  it('--base-url syncs the demo accounts through that HTTP simulator', async () => {
    sim.control.resetStats()
    const db = join(tempDir(), 'http.db')
    const r = await run(['--demo', ...RANGE, '--db', db, '--json', '--reports', 'habits', '--base-url', server.url])
    expect(JSON.parse(r.out)).toMatchObject({ snapshots: 20, errors: [] })
    expect(sim.control.stats().requests['getanalysisvisitcharacter']).toBe(20)
  })

  it('exits 1 and lists the errors when some tasks fail, 2 on bad arguments', async () => {
    const db = join(tempDir(), 'err.db')
    sim.control.setIpWhitelisted(false)
    try {
      const r = await run(['--demo', ...RANGE, '--db', db, '--json', '--reports', 'region', '--base-url', server.url])
      expect(r.code).toBe(1)
      const summary = JSON.parse(r.out) as { errors: { code: string }[]; snapshots: number }
      expect(summary.snapshots).toBe(0)
      expect(summary.errors).toHaveLength(5)
      expect(summary.errors.every((e) => e.code === 'ip_whitelist')).toBe(true)
    } finally {
      sim.control.setIpWhitelisted(true)
    }
    expect((await run([...RANGE, '--db', db])).code).toBe(2)
    expect((await run(['--demo', '--all', ...RANGE, '--db', db])).code).toBe(2)
    expect((await run(['--demo', ...RANGE, '--db', db, '--reports', 'trend,nope'])).code).toBe(2)
    expect((await run(['--demo', '--from', '20250115', '--to', '20250101', '--db', db])).code).toBe(2)
  })

  it('without --json prints a readable summary', async () => {
    const r = await run(['--demo', ...RANGE, '--db', join(tempDir(), 'h.db'), '--reports', 'portrait'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^Synced 5 snapshots, \d+ rows in [\d.]+ s with 5 requests\.\n$/)
  })
})
