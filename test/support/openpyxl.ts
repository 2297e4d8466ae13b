// Debian's openpyxl as an independent reader of our .xlsx files (installed by .ci/run).
import { spawnSync } from 'node:child_process'

const PYTHON = '/usr/bin/python3'

export function openpyxlAvailable(): boolean {
  const probe = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' })
  if (probe.status === 0) return true
  if (process.env['CI'] === 'true') throw new Error('CI=true but python3-openpyxl is missing: .ci/run should have installed it')
  console.warn('\n*** python3-openpyxl not found: skipping the independent .xlsx reader check ***\n')
  return false
}

const SCRIPT = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows(values_only=True):
        rows.append([v.strftime('%Y-%m-%d') if isinstance(v, datetime.datetime) else v for v in row])
    out[ws.title] = {"rows": rows, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref}
print(json.dumps(out, ensure_ascii=False))
`

export interface OpenpyxlSheet {
  rows: unknown[][]
  freeze: string | null
  filter: string | null
}

/** Every sheet's values as openpyxl reads them (dates as YYYY-MM-DD). */
export function readWithOpenpyxl(path: string): Record<string, OpenpyxlSheet> {
  const run = spawnSync(PYTHON, ['-c', SCRIPT, path], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`openpyxl could not read ${path}: ${run.stderr}`)
  return JSON.parse(run.stdout) as Record<string, OpenpyxlSheet>
}
