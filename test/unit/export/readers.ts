// Independent readers of our .xlsx files for the export specs: exceljs (in memory), openpyxl
// (Debian's python3-openpyxl) with formats, notes, widths and images, and LibreOffice headless.
// The system readers skip loudly when missing, except under CI=true (.ci/run installs them).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import ExcelJS from 'exceljs'

const PYTHON = '/usr/bin/python3'
const SOFFICE = '/usr/bin/soffice'

export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path)
  return wb
}

function available(what: string, probe: () => boolean): boolean {
  if (probe()) return true
  if (process.env['CI'] === 'true') throw new Error(`CI=true but ${what} is missing: .ci/run should have installed it`)
  console.warn(`\n*** ${what} not found: skipping that independent .xlsx reader check ***\n`)
  return false
}

export const hasOpenpyxl = (): boolean => available('python3-openpyxl', () => spawnSync(PYTHON, ['-c', 'import openpyxl']).status === 0)
export const hasLibreOffice = (): boolean => available('LibreOffice (libreoffice-calc-nogui)', () => existsSync(SOFFICE))

const SCRIPT = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, datetime.datetime): v = {"date": v.strftime('%Y-%m-%d')}
            cells.append({"v": v, "fmt": c.number_format, "note": c.comment.text if c.comment else None})
        rows.append(cells)
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    out.append({"title": ws.title, "rows": rows, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "widths": widths, "images": len(ws._images)})
print(json.dumps(out, ensure_ascii=False))
`

export interface PyCell {
  v: string | number | boolean | null | { date: string }
  fmt: string
  note: string | null
}

export interface PySheet {
  title: string
  rows: PyCell[][]
  freeze: string | null
  filter: string | null
  widths: Record<string, number>
  images: number
}

/** Every sheet as openpyxl reads it, in tab order. */
export function readWithOpenpyxl(path: string): PySheet[] {
  const run = spawnSync(PYTHON, ['-c', SCRIPT, path], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
  if (run.status !== 0) throw new Error(`openpyxl could not read ${path}: ${run.stderr}`)
  return JSON.parse(run.stdout) as PySheet[]
}

/** LibreOffice opens the file and writes every sheet as UTF-8 CSV; answers them by sheet name. */
export function readWithLibreOffice(path: string): Record<string, string> {
  const out = mkdtempSync(join(tmpdir(), 'swanboard-lo-'))
  try {
    const run = spawnSync(
      SOFFICE,
      [`-env:UserInstallation=file://${join(out, 'profile')}`, '--headless', '--norestore', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, path],
      { encoding: 'utf8', timeout: 120_000 }
    )
    const files = readdirSync(out).filter((f) => f.endsWith('.csv'))
    if (run.status !== 0 || files.length === 0) throw new Error(`LibreOffice could not read ${path}: ${run.stderr}${run.stdout}`)
    // LibreOffice names them <file>-<sheet>.csv.
    const stem = basename(path).replace(/\.xlsx$/, '')
    return Object.fromEntries(files.map((f) => [f.slice(stem.length + 1, -4), readFileSync(join(out, f), 'utf8')]))
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}
