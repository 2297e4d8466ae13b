// What an exported report must hold, derived from the cached view and the catalogue alone — not
// from reportTable, which every exporter draws on — so a dropped, extra or mislabelled column or
// row fails here even when the exporters agree with each other. Checks an .xlsx sheet (read back
// by exceljs) or a CSV against it.
import type ExcelJS from 'exceljs'
import { expect } from 'vitest'
import type { ReportView } from '../../../src/shared/dto'
import type { MetricRow, PageRow, PortraitDimension, PortraitRow, RetentionRow, SourceGroupRow } from '../../../src/shared/report-data'
import { label, REPORTS, retentionKey, type Bilingual, type Locale, type RetentionGran, type Unit } from '../../../src/shared/reports'
import { sceneLabel, sourceGroupLabel } from '../../../src/shared/scenes'

/** A label cell (text in the reader's language), a day of a daily series, or a metric. */
export type Want = { kind: 'text'; text: string } | { kind: 'day'; iso: string } | { kind: 'metric'; unit: Unit; value: number | null }

export interface WantRow {
  /** The row's label cells joined: what identifies it. */
  key: string
  /** Header → what the cell under it holds. */
  cells: Map<string, Want>
}

export interface WantTable {
  headers: string[]
  rows: WantRow[]
}

const T = (zh: string, en: string): Bilingual => ({ zh, en })

// The formatting rules, restated: units in the headers, and the label columns each shape has.
const SUFFIX: Partial<Record<Unit, Bilingual>> = { percent: T(' (%)', ' (%)'), seconds: T('（秒）', ' (s)') }
const PORTRAIT: Record<PortraitDimension, Bilingual> = { age: T('年龄', 'Age'), sex: T('性别', 'Sex'), interest: T('兴趣', 'Interest') }
const LABELS = {
  dimension: T('维度', 'Dimension'),
  attributeId: T('属性ID', 'Attribute ID'),
  path: T('页面路径', 'Path'),
  alias: T('页面别名', 'Alias'),
  pageId: T('页面ID', 'Page ID'),
  sceneId: T('场景ID', 'Scene ID'),
  scene: T('场景', 'Scene')
}

/** One row per day, its label a real date: the day trend, activity, day retention, the TP summary. */
export function isDailySeries(view: Pick<ReportView, 'report' | 'variant'>): boolean {
  const gran = view.variant['gran']
  return view.report === 'activity' || view.report === 'tp' || ((view.report === 'trend' || view.report === 'retention') && gran === 'day')
}

/** Text as a safe cell holds it: characters XML forbids stripped, a formula start neutralised with a quote. */
export function safeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  return /^[=+\-@\t\r\n]/.test(clean) ? `'${clean}` : clean
}

function isoDay(name: string): string {
  const m = /^(\d{4})\/?(\d{2})\/?(\d{2})$/.exec(name)
  if (!m) throw new Error(`a daily series row named ${name}, not a day`)
  return `${m[1]}-${m[2]}-${m[3]}`
}

/** Headers and rows a report and variant must export as, in `locale`. */
export function wantTable(view: ReportView, locale: Locale): WantTable {
  const def = REPORTS[view.report]
  const t = (b: Bilingual): string => label(b, locale)
  const metrics = def.columns(view.variant).map((c) => ({ key: c.key, unit: c.unit, header: t(c) + (SUFFIX[c.unit] ? t(SUFFIX[c.unit]!) : '') }))
  const gran = (view.variant['gran'] ?? 'day') as RetentionGran
  const daily = isDailySeries(view)
  const row = (labels: [Bilingual, string | Want][], value: (key: string) => number | null | undefined): WantRow => {
    const cells = new Map<string, Want>()
    for (const [header, v] of labels) cells.set(t(header), typeof v === 'string' ? { kind: 'text', text: safeText(v) } : v)
    const key = [...cells.values()].map((w) => (w.kind === 'text' ? w.text : w.kind === 'day' ? w.iso : '')).join(' | ')
    for (const m of metrics) {
      const v = value(m.key)
      expect(v, `${view.report} ${key}: the cache holds no ${m.key}`).not.toBeUndefined()
      cells.set(m.header, { kind: 'metric', unit: m.unit, value: v ?? null })
    }
    return { key, cells }
  }
  const name = (n: string): string | Want => (daily ? { kind: 'day', iso: isoDay(n) } : n)
  const of = (values: MetricRow['values']) => (key: string) => values[key]
  let rows: WantRow[]
  switch (def.shape) {
    case 'retention':
      rows = (view.data.rows as RetentionRow[]).map((r) => row([[def.dimension, name(r.name)]], (key) => (key in r.values ? r.values[key] : r.periods.find((p) => retentionKey(gran, p.n) === key)?.value)))
      break
    case 'portrait':
      rows = (view.data.rows as PortraitRow[]).map((r) =>
        row(
          [
            [LABELS.dimension, t(PORTRAIT[r.dimension])],
            [def.dimension, r.name],
            [LABELS.attributeId, r.attributeId]
          ],
          () => r.ratio
        )
      )
      break
    case 'pages':
      rows = (view.data.rows as PageRow[]).map((r) =>
        row(
          [
            [LABELS.path, r.path],
            [LABELS.alias, r.alias],
            [LABELS.pageId, r.pageId]
          ],
          of(r.values)
        )
      )
      break
    case 'sources':
      rows = (view.data.rows as SourceGroupRow[]).flatMap((g) => {
        const group = t(sourceGroupLabel(g.source))
        return [
          row(
            [
              [def.dimension, group],
              [LABELS.sceneId, ''],
              [LABELS.scene, '']
            ],
            of(g.values)
          ),
          ...g.scenes.map((s) =>
            row(
              [
                [def.dimension, group],
                [LABELS.sceneId, s.sceneId],
                [LABELS.scene, t(sceneLabel(s.sceneId))]
              ],
              of(s.values)
            )
          )
        ]
      })
      break
    default:
      rows = (view.data.rows as MetricRow[]).map((r) => row([[def.dimension, name(r.name)]], of(r.values)))
  }
  const headers = [...(rows[0]?.cells.keys() ?? [])]
  expect(rows.length, `${view.report}: the cache holds rows`).toBeGreaterThan(0)
  expect(new Set(rows.map((r) => r.key)).size, `${view.report}: rows are told apart by their labels`).toBe(rows.length)
  return { headers, rows }
}

/** The header row: every wanted header once, none missing, none unexpected; answers header → index. */
function checkHeaders(got: string[], want: WantTable, where: string): Map<string, number> {
  expect(new Set(got).size, `${where}: a header twice in ${got.join(', ')}`).toBe(got.length)
  expect([...got].sort(), `${where}: headers`).toEqual([...want.headers].sort())
  return new Map(got.map((h, i) => [h, i]))
}

/** Every wanted row exactly once among `keys` (the got rows' labels); answers key → index. */
function matchRows(keys: string[], want: WantTable, where: string): Map<string, number> {
  const seen = new Map<string, number>()
  keys.forEach((k, i) => {
    expect(seen.has(k), `${where}: row ${k} twice`).toBe(false)
    seen.set(k, i)
  })
  expect([...seen.keys()].sort(), `${where}: rows`).toEqual(want.rows.map((r) => r.key).sort())
  return seen
}

function labelKey(want: WantRow, text: (header: string, w: Want) => string): string {
  return [...want.cells]
    .filter(([, w]) => w.kind !== 'metric')
    .map(([h, w]) => text(h, w))
    .join(' | ')
}

/** Checks a sheet read back by exceljs; answers how many not-ready cells it found (each with a note). */
export function checkXlsxSheet(sheet: ExcelJS.Worksheet, want: WantTable): number {
  const where = sheet.name
  const width = sheet.getRow(1).cellCount
  const headers = Array.from({ length: width }, (_, i) => String(sheet.getCell(1, i + 1).value ?? ''))
  const col = checkHeaders(headers, want, where)
  expect(sheet.actualColumnCount, `${where}: columns with values`).toBe(headers.length)
  const text = (r: number) => (header: string, w: Want) => {
    const value = sheet.getCell(r, col.get(header)! + 1).value
    if (w.kind === 'day') return value instanceof Date ? value.toISOString().slice(0, 10) : `not a date: ${String(value)}`
    return value === null || value === undefined ? '' : String(value)
  }
  const rowCount = sheet.actualRowCount
  const keys = Array.from({ length: rowCount - 1 }, (_, i) => labelKey(want.rows[0]!, text(i + 2)))
  const index = matchRows(keys, want, where)
  let notReady = 0
  for (const row of want.rows) {
    const r = index.get(row.key)! + 2
    for (const [header, w] of row.cells) {
      const cell = sheet.getCell(r, col.get(header)! + 1)
      const at = `${where} ${cell.address} (${row.key} · ${header})`
      if (w.kind === 'text') expect(cell.value ?? '', at).toBe(w.text)
      else if (w.kind === 'day') {
        expect(cell.value, at).toBeInstanceOf(Date)
        expect((cell.value as Date).toISOString(), at).toBe(`${w.iso}T00:00:00.000Z`)
        expect(cell.numFmt, at).toMatch(/y+.*m+.*d+/)
      } else if (w.value === null) {
        expect(cell.value ?? null, at).toBeNull()
        expect(String(cell.note ?? ''), `${at}: the note on a not-ready cell`).toContain('"--"')
        notReady++
      } else {
        expect(typeof cell.value, at).toBe('number')
        if (w.unit === 'percent') {
          expect(cell.value as number, at).toBeCloseTo(w.value / 100, 12)
          expect(cell.numFmt, at).toMatch(/%$/)
        } else {
          expect(cell.value, at).toBe(w.value)
          expect(cell.numFmt ?? '', at).not.toMatch(/%|@/)
        }
        if (w.unit === 'count') {
          expect(Number.isInteger(cell.value), `${at}: a count`).toBe(true)
          expect(cell.numFmt, at).toBe('#,##0')
        }
      }
    }
  }
  return notReady
}

/** RFC 4180 records: quoted fields with "" for a quote, CRLF or LF between records. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let i = 0
  const endField = () => (record.push(field), (field = ''))
  while (i < text.length) {
    const ch = text[i]!
    if (ch === '"' && field === '') {
      // A quoted field runs to the next lone quote.
      for (i++; i < text.length; i++) {
        if (text[i] !== '"') field += text[i]
        else if (text[i + 1] === '"') field += text[++i]
        else break
      }
      i++
      if (i < text.length && !/[,\r\n]/.test(text[i]!)) throw new Error(`CSV: text after a closing quote at ${i}`)
      continue
    }
    if (ch === ',') endField()
    else if (ch === '\n' || ch === '\r') {
      endField()
      records.push(record)
      record = []
      if (ch === '\r' && text[i + 1] === '\n') i++
    } else field += ch
    i++
  }
  if (field !== '' || record.length > 0) {
    endField()
    records.push(record)
  }
  return records
}

/** Checks a per-report CSV: BOM, headers, every row once, every value as the cache has it. */
export function checkCsv(text: string, want: WantTable, where: string): number {
  expect(text.charCodeAt(0), `${where}: a UTF-8 BOM`).toBe(0xfeff)
  const [headers, ...records] = parseCsv(text.slice(1))
  const col = checkHeaders(headers!, want, where)
  for (const record of records) expect(record.length, `${where}: a record of ${record.length} fields`).toBe(headers!.length)
  const index = matchRows(
    records.map((rec) => labelKey(want.rows[0]!, (h) => rec[col.get(h)!]!)),
    want,
    where
  )
  let notReady = 0
  for (const row of want.rows) {
    const rec = records[index.get(row.key)!]!
    for (const [header, w] of row.cells) {
      const got = rec[col.get(header)!]!
      const at = `${where} (${row.key} · ${header})`
      if (w.kind === 'text') expect(got, at).toBe(w.text)
      else if (w.kind === 'day') expect(got, at).toBe(w.iso)
      else if (w.value === null) {
        expect(got, at).toBe('')
        notReady++
      } else {
        // Numbers as on screen: percents as 82.19, no separators, no unit.
        expect(got, at).toMatch(/^-?\d+(\.\d+)?$/)
        expect(Number(got), at).toBe(w.value)
      }
    }
  }
  return notReady
}
