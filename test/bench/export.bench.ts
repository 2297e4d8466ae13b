// Export benchmark: 100,000 and 500,000 rows × 10 columns through our streamed sheet writer (the
// one 'Export all' uses: sanitising, typed cells, notes, widths, split, temp file + rename), beside
// the raw exceljs streaming writer on the same data. Each run is its own child process, so time and
// peak RSS (the kernel's maxRSS of that process) are clean. Goals: 100k ≤ 5 s and ≤ 300 MB, 500k ≤
// 15 s and ≤ 500 MB, our time ≤ 1.3 × raw exceljs.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { NUM_FORMATS } from '../../src/main/export/sheet-format'
import { writeTableSheets } from '../../src/main/export/stream-table'
import { writeXlsxFile } from '../../src/main/export/xlsx-file'
import type { Cell, TableColumn } from '../../src/main/reports/report-table'
import { median, printTable } from './stats'

const CASES = [
  { rows: 100_000, goalMs: 5_000, goalMb: 300 },
  { rows: 500_000, goalMs: 15_000, goalMb: 500 }
]
const RUNS = 3
const RATIO_GOAL = 1.3
type Mode = 'ours' | 'raw' | 'raw-tuned'

const COLUMNS: TableColumn[] = [
  { key: 'day', header: { zh: '日期', en: 'Date' }, unit: 'date' },
  { key: 'path', header: { zh: '页面路径', en: 'Path' }, unit: 'text' },
  { key: 'alias', header: { zh: '页面别名', en: 'Alias' }, unit: 'text' },
  { key: 'pv', header: { zh: '访问次数', en: 'Page views' }, unit: 'count' },
  { key: 'pvr', header: { zh: '访问次数占比', en: 'View share' }, unit: 'percent' },
  { key: 'users', header: { zh: '访问用户数', en: 'Visitors' }, unit: 'count' },
  { key: 'stay', header: { zh: '次均停留时长', en: 'Avg. time on page' }, unit: 'seconds' },
  { key: 'bounce', header: { zh: '退出率', en: 'Exit rate' }, unit: 'percent' },
  { key: 'entries', header: { zh: '入口页次数', en: 'Entries' }, unit: 'count' },
  { key: 'exits', header: { zh: '退出页次数', en: 'Exits' }, unit: 'count' }
]

/** A year of pages across accounts: days, paths (some hostile), Chinese aliases, metrics with ~1% "--". */
function* rows(n: number): Generator<Cell[]> {
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '/')
    yield [
      day,
      i % 1000 === 0 ? `=HYPERLINK("http://evil.example/${i}")` : `/pages/section${i % 40}/item${i}/index`,
      i % 3 === 0 ? '' : `页面别名${i % 5000}`,
      (i * 37) % 100_000,
      i % 100 === 7 ? null : ((i * 13) % 10_000) / 100,
      (i * 17) % 50_000,
      i % 600,
      ((i * 7) % 10_000) / 100,
      i % 97,
      i % 89
    ]
  }
}

/** Raw exceljs streaming, as its README shows it: column number formats, addRow(values).commit(). */
async function rawExceljs(path: string, n: number, tuned: boolean): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false })
  const ws = wb.addWorksheet('Pages', { views: [{ state: 'frozen', ySplit: 1 }] })
  const styles = COLUMNS.map((c) => ({ numFmt: NUM_FORMATS[c.unit] }))
  ws.columns = COLUMNS.map((c, i) => ({ header: c.header.en, key: c.key, width: 14, style: tuned ? undefined : styles[i] }))
  let count = 0
  for (const row of rows(n)) {
    const values = row.map((cell, c) => {
      const unit = COLUMNS[c]!.unit
      if (cell === null) return null
      if (unit === 'date') return new Date(`${(cell as string).replaceAll('/', '-')}T00:00:00Z`)
      return unit === 'percent' ? (cell as number) / 100 : cell
    })
    const added = ws.addRow(values)
    // Tuned: one shared style object per column, so exceljs finds the style id at once (as ours does).
    if (tuned) for (let c = 0; c < COLUMNS.length; c++) added.getCell(c + 1).style = styles[c]!
    added.commit()
    // The same cadence of yields as ours, so the zip stream drains alike.
    if (++count % 128 === 0) await new Promise((resolve) => setImmediate(resolve))
  }
  ws.commit()
  await wb.commit()
}

async function child(mode: Mode, n: number, path: string): Promise<void> {
  const t0 = performance.now()
  if (mode === 'ours') {
    await writeXlsxFile(path, async (wb) => {
      await writeTableSheets(wb, { title: 'Pages', columns: COLUMNS, rows: rows(n), locale: 'zh-CN' }, { used: new Set() })
    })
  } else await rawExceljs(path, n, mode === 'raw-tuned')
  const ms = performance.now() - t0
  process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, bytes: statSync(path).size }))
}

interface Figures {
  ms: number
  maxRssMb: number
  bytes: number
}

function runChild(mode: Mode, n: number, dir: string): Figures {
  const path = join(dir, `${mode}-${n}-${Math.random().toString(36).slice(2)}.xlsx`)
  const run = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--child', mode, String(n), path], { encoding: 'utf8', maxBuffer: 1 << 20 })
  if (run.status !== 0) throw new Error(`export bench child (${mode}, ${n}) failed: ${run.stderr}`)
  rmSync(path, { force: true })
  return JSON.parse(run.stdout) as Figures
}

export async function exportBench(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'swanboard-export-bench-'))
  const table: (string | number)[][] = []
  let ok = true
  try {
    for (const c of CASES) {
      const figures: Record<Mode, Figures[]> = { ours: [], raw: [], 'raw-tuned': [] }
      for (let r = 0; r < RUNS; r++) for (const mode of ['ours', 'raw', 'raw-tuned'] as Mode[]) figures[mode].push(runChild(mode, c.rows, dir))
      const med = (mode: Mode, key: keyof Figures) => median(figures[mode].map((f) => f[key]))
      const ours = { ms: med('ours', 'ms'), mb: med('ours', 'maxRssMb') }
      const ratio = ours.ms / med('raw', 'ms')
      const met = ours.ms <= c.goalMs && ours.mb <= c.goalMb && ratio <= RATIO_GOAL
      ok &&= met
      table.push([
        `${c.rows.toLocaleString('en-US')} × ${COLUMNS.length}`,
        ours.ms / 1000,
        ours.mb,
        med('ours', 'bytes') / 1e6,
        med('raw', 'ms') / 1000,
        med('raw', 'maxRssMb'),
        ratio,
        ours.ms / med('raw-tuned', 'ms'),
        `≤ ${c.goalMs / 1000} s, ≤ ${c.goalMb} MB, ≤ ${RATIO_GOAL}×`,
        met ? 'met' : 'MISSED'
      ])
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  printTable(
    `Export: streamed .xlsx, medians of ${RUNS} runs (each a child process; peak RSS = its maxRSS)`,
    ['rows', 'ours s', 'ours MB', 'file MB', 'raw exceljs s', 'raw MB', 'ours/raw', 'ours/raw tuned', 'goal', ''],
    table
  )
  console.log('raw exceljs: column numFmt styles, addRow(values).commit(); "raw tuned": one shared style object per column (our trick) — the same data and yields.')
  return ok
}

if (process.argv[2] === '--child') {
  void child(process.argv[3] as Mode, Number(process.argv[4]), process.argv[5]!)
} else if (require.main === module) {
  void exportBench().then((ok) => (process.exitCode = ok ? 0 : 1))
}
