// `swanboard export` through the real command parser, offline: the cache is filled by a sync
// through an HTTP simulator, the simulator is closed, and the export points the demo accounts at a
// closed port — it must still write every cached value.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildProgram } from '../../../src/main/cli/program'
import type { CliIO } from '../../../src/main/cli/io'
import { createCore } from '../../../src/main/core'
import { cachedView, sheetTitle } from '../../../src/main/export'
import { silentLogger } from '../../../src/main/log'
import { reportTable } from '../../../src/main/reports/report-table'
import { createSimulator, startSimulatorServer } from '../../../src/main/simulator'
import { tempDir } from '../../support/temp'
import { readXlsx } from './readers'

const dir = tempDir()
const db = join(dir, 'cache.db')
const RANGE = ['--from', '20250101', '--to', '20250131']
const CLOSED = 'http://127.0.0.1:9'
const APP = '天鹅示例·资讯阅读'
const SAVED = '我的店铺 · Main shop'
const SAVED_APP = 'sim-1004'

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  let code = 0
  const io: CliIO = { out: (t) => void (out += t), err: (t) => void (err += t), env: { LANG: 'en_US.UTF-8' } }
  try {
    await buildProgram(io, (c) => (code = c)).parseAsync(['node', 'swanboard', ...args])
  } catch {
    code = 2
  }
  return { code, out, err }
}

beforeAll(async () => {
  const server = await startSimulatorServer({ simulator: createSimulator() })
  try {
    const synced = await run(['sync', '--demo', ...RANGE, '--db', db, '--json', '--reports', 'trend,pages,terminal', '--base-url', server.url])
    expect(synced.code).toBe(0)
    // A saved account of the user's own (the simulator takes its demo token), found by name below.
    const token = `45.swanboard-demo.${SAVED_APP}`
    expect((await run(['accounts', 'add', '--name', SAVED, '--kind', 'authorizer', '--app-id', SAVED_APP, '--token', token, '--base-url', server.url, '--db', db])).code).toBe(0)
    expect((await run(['sync', '--account', SAVED, ...RANGE, '--db', db, '--json', '--reports', 'trend,pages,habits'])).code).toBe(0)
  } finally {
    await server.close()
  }
}, 60_000)

describe('swanboard export', () => {
  it('--demo <name> writes the workbook from the cache with the network cut', async () => {
    const out = join(dir, 'demo.xlsx')
    const r = await run(['export', '--demo', APP, ...RANGE, '--db', db, '--out', out, '--base-url', CLOSED])
    expect(r.code, r.err).toBe(0)
    expect(r.out).toMatch(/^Wrote .*demo\.xlsx: \d+ rows/)
    expect(r.err).toContain('not in the cache') // activity, retention… were not synced
    const wb = await readXlsx(out)
    const core = createCore({ dbPath: db, logger: silentLogger, demoBaseUrl: CLOSED })
    try {
      const account = core.accounts.list().find((a) => a.name === APP)!
      const item = { report: 'pages' as const, variant: {} }
      const view = cachedView(core, account.id, item, '20250101', '20250131')!
      const table = reportTable(view.data, view.variant)
      const sheet = wb.getWorksheet(sheetTitle(item, 'en'))!
      expect(wb.worksheets[0]!.name).toBe('Summary')
      expect(sheet.rowCount).toBe(table.rows.length + 1)
      table.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (typeof cell !== 'number') return
          const want = table.columns[c]!.unit === 'percent' ? cell / 100 : cell
          expect(sheet.getCell(r + 2, c + 1).value as number).toBeCloseTo(want, 12)
        })
      )
      expect(wb.worksheets.filter((w) => w.name.startsWith('Devices'))).toHaveLength(5)
    } finally {
      core.close()
    }
  })

  it('--account, --reports and --all-accounts (comparison, per-account sheets)', async () => {
    const one = join(dir, 'one.xlsx')
    expect((await run(['export', '--account', 'demo-sim-1003', ...RANGE, '--reports', 'trend', '--db', db, '--out', one, '--base-url', CLOSED])).code).toBe(0)
    expect((await readXlsx(one)).worksheets.map((w) => w.name)).toEqual(['Summary', 'User trend · By hour', 'User trend · By day', 'User trend · By week', 'User trend · By month'])
    const all = join(dir, 'all.xlsx')
    const r = await run(['export', '--all-accounts', '--per-account-sheets', '--reports', 'pages', ...RANGE, '--db', db, '--out', all, '--base-url', CLOSED])
    expect(r.code, r.err).toBe(0)
    const names = (await readXlsx(all)).worksheets.map((w) => w.name)
    expect(names[0]).toBe('Accounts')
    expect(names.at(-1)).toBe('About')
    expect(names.filter((n) => n.endsWith('·Pages'))).toHaveLength(6) // 5 demo programs and the saved account
  })

  it('--account <name> finds a saved account by its name; --reports a,b gives exactly their sheets', async () => {
    const out = join(dir, 'saved.xlsx')
    const r = await run(['export', '--account', SAVED, ...RANGE, '--reports', 'pages,trend', '--db', db, '--out', out, '--base-url', CLOSED])
    expect(r.code, r.err).toBe(0)
    expect(r.err).toBe('') // both reports were synced: nothing "not in the cache"
    // Habits is cached too, but was not asked for.
    const wb = await readXlsx(out)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'User trend · By hour', 'User trend · By day', 'User trend · By week', 'User trend · By month', 'Pages'])
    const summary = wb.worksheets[0]!
    const info = new Map<string, unknown>()
    summary.eachRow((row) => void info.set(String(row.getCell(1).value), row.getCell(2).value))
    expect(info.get('Account')).toBe(SAVED)
    expect(info.get('App ID')).toBe(SAVED_APP)
    const core = createCore({ dbPath: db, logger: silentLogger, demoBaseUrl: CLOSED })
    try {
      const saved = core.accounts.list().find((a) => a.name === SAVED)!
      expect(saved.demo).toBe(false)
      expect(saved.id).not.toBe(SAVED)
      // The saved account's own cache, not the demo program with the same app id.
      const view = cachedView(core, saved.id, { report: 'pages', variant: {} }, '20250101', '20250131')!
      const sheet = wb.getWorksheet('Pages')!
      expect(sheet.actualRowCount).toBe(view.data.rows.length + 1)
      const paths = (view.data.rows as { path: string }[]).map((p) => p.path).sort()
      expect((sheet.getColumn(1).values.slice(2) as string[]).sort()).toEqual(paths)
      const pv = (view.data.rows as { values: Record<string, number | null> }[]).map((p) => p.values['pv_count']!).sort((a, b) => a - b)
      expect((sheet.getColumn(4).values.slice(2) as number[]).sort((a, b) => a - b)).toEqual(pv)
    } finally {
      core.close()
    }
    const unknown = await run(['export', '--account', 'Not a shop', ...RANGE, '--db', db, '--out', join(dir, 'x.xlsx'), '--base-url', CLOSED])
    expect(unknown.code).toBe(2)
    expect(unknown.err).toMatch(/no account named Not a shop/)
  })

  it('--out file.csv writes one report (its variant from flags) with a BOM, or the comparison', async () => {
    const csv = join(dir, 'week.csv')
    const r = await run(['export', '--demo', APP, ...RANGE, '--reports', 'trend', '--gran', 'week', '--db', db, '--out', csv, '--base-url', CLOSED])
    expect(r.code, r.err).toBe(0)
    const text = readFileSync(csv, 'utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text.split('\n')[0]).toBe('\uFEFFPeriod,Active users,New users,New user share (%),Returning users,Returning user share (%),Sessions,Avg. time per session (s),Avg. time per user (s)')
    expect(text.split('\n')[1]).toMatch(/^2025\/01\/27 - 2025\/01\/31,\d+,/)
    const cmp = join(dir, 'cmp.csv')
    expect((await run(['export', '--all-accounts', ...RANGE, '--db', db, '--out', cmp])).code).toBe(0)
    expect(readFileSync(cmp, 'utf8').trim().split('\n')).toHaveLength(1 + 7) // 5 apps, the TP and the saved account
  })

  it('refuses what it cannot do, clearly, and leaves no file', async () => {
    const before = readdirSync(dir).sort()
    const cases: [string[], RegExp][] = [
      [['--demo', APP, '--out', join(dir, 'x.csv')], /exactly one with --reports/],
      [['--demo', APP, '--reports', 'trend,pages', '--out', join(dir, 'x.csv')], /exactly one with --reports/],
      [['--all-accounts', '--reports', 'pages', '--out', join(dir, 'x.csv')], /comparison table/],
      [['--demo', APP, '--reports', 'activity', '--out', join(dir, 'x.csv')], /not in the cache/],
      [['--demo', 'nobody', '--out', join(dir, 'x.xlsx')], /no demo account named nobody/],
      [['--demo', APP, '--out', join(dir, 'x.pdf')], /\.xlsx or \.csv/],
      [['--demo', APP, '--account', APP, '--out', join(dir, 'x.xlsx')], /exactly one of/],
      [['--demo', APP, '--reports', 'nope', '--out', join(dir, 'x.xlsx')], /unknown report nope/]
    ]
    for (const [args, message] of cases) {
      const r = await run(['export', ...args, ...RANGE, '--db', db, '--base-url', CLOSED])
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err).toMatch(message)
    }
    const missing = await run(['export', '--demo', APP, ...RANGE, '--db', db, '--out', join(dir, 'no', 'such', 'x.xlsx')])
    expect(missing.code).toBe(1)
    expect(missing.err).toMatch(/io/)
    expect(readdirSync(dir).sort()).toEqual(before)
    expect(existsSync(join(dir, 'no'))).toBe(false)
  })
})
