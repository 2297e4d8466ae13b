// Any report as one flat table: typed columns with bilingual headers, and rows of cells. The CLI's
// csv/table output, the per-tab CSV and the workbooks are all drawn from it, so they agree.
import type { MetricRow, PageRow, PortraitDimension, PortraitRow, ReportData, RetentionRow, SourceGroupRow } from '../../shared/report-data'
import { REPORTS, retentionKey, type Bilingual, type RetentionGran, type Unit, type Variant } from '../../shared/reports'
import { sceneLabel, sourceGroupLabel } from '../../shared/scenes'
import { dailySeries } from './daily-series'

export interface TableColumn {
  /** The API's key (or a name for a label column). */
  key: string
  header: Bilingual
  /** 'date' marks a column of days ('2019/04/15' or '20190415'). */
  unit: Unit | 'date'
}

/** A cell: a number, text, a label to show in the reader's language, or null (not available). */
export type Cell = string | number | Bilingual | null

export interface ReportTable {
  columns: TableColumn[]
  rows: Cell[][]
}

const PORTRAIT_DIMENSIONS: Record<PortraitDimension, Bilingual> = {
  age: { zh: '年龄', en: 'Age' },
  sex: { zh: '性别', en: 'Sex' },
  interest: { zh: '兴趣', en: 'Interest' }
}

const T = (zh: string, en: string): Bilingual => ({ zh, en })

export function isBilingual(cell: Cell): cell is Bilingual {
  return typeof cell === 'object' && cell !== null
}

/** Every period any cohort reports, ascending: the retention table's columns. */
function periodNumbers(rows: readonly RetentionRow[]): number[] {
  return [...new Set(rows.flatMap((r) => r.periods.map((p) => p.n)))].sort((a, b) => a - b)
}

export function reportTable(data: ReportData, variant: Variant): ReportTable {
  const def = REPORTS[data.report]
  const metrics = def.columns(variant)
  const metricColumns: TableColumn[] = metrics.map((c) => ({ key: c.key, header: c, unit: c.unit }))
  const value = (values: Record<string, number | null>) => metrics.map((c) => values[c.key] ?? null)
  const nameUnit = dailySeries(data.report, variant) ? 'date' : 'text'
  switch (def.shape) {
    case 'retention': {
      const gran = (variant['gran'] ?? 'day') as RetentionGran
      const rows = data.rows as RetentionRow[]
      const ns = periodNumbers(rows)
      const periodUnit: Unit = variant['report_type'] === 'ratio' ? 'percent' : 'count'
      const active = metrics[0]!
      return {
        columns: [
          { key: 'name', header: def.dimension, unit: nameUnit },
          { key: active.key, header: active, unit: active.unit },
          ...ns.map((n) => {
            const key = retentionKey(gran, n)
            return { key, header: metrics.find((c) => c.key === key) ?? T(key, key), unit: periodUnit }
          })
        ],
        rows: rows.map((r) => [r.name, r.values[active.key] ?? null, ...ns.map((n) => r.periods.find((p) => p.n === n)?.value ?? null)])
      }
    }
    case 'portrait':
      return {
        columns: [
          { key: 'dimension', header: T('维度', 'Dimension'), unit: 'text' },
          { key: 'name', header: def.dimension, unit: 'text' },
          { key: 'attribute_id', header: T('属性ID', 'Attribute ID'), unit: 'text' },
          ...metricColumns
        ],
        rows: (data.rows as PortraitRow[]).map((r) => [PORTRAIT_DIMENSIONS[r.dimension], r.name, r.attributeId, r.ratio])
      }
    case 'pages':
      return {
        columns: [
          { key: 'pageName', header: T('页面路径', 'Path'), unit: 'text' },
          { key: 'pageAlias', header: T('页面别名', 'Alias'), unit: 'text' },
          { key: 'pageId', header: T('页面ID', 'Page ID'), unit: 'text' },
          ...metricColumns
        ],
        rows: (data.rows as PageRow[]).map((r) => [r.path, r.alias, r.pageId, ...value(r.values)])
      }
    case 'sources':
      return {
        columns: [
          { key: 'group', header: def.dimension, unit: 'text' },
          { key: 'sceneId', header: T('场景ID', 'Scene ID'), unit: 'text' },
          { key: 'name', header: T('场景', 'Scene'), unit: 'text' },
          ...metricColumns
        ],
        rows: (data.rows as SourceGroupRow[]).flatMap((g) => [
          [sourceGroupLabel(g.source), '', '', ...value(g.values)],
          ...g.scenes.map((s): Cell[] => [sourceGroupLabel(g.source), s.sceneId, sceneLabel(s.sceneId), ...value(s.values)])
        ])
      }
    case 'tp':
    case 'table':
      return {
        columns: [{ key: def.shape === 'tp' ? 'data' : 'name', header: def.dimension, unit: nameUnit }, ...metricColumns],
        rows: (data.rows as MetricRow[]).map((r) => [r.name, ...value(r.values)])
      }
  }
}
