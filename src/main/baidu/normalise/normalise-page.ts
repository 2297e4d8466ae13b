// One page of any report, from the `data` of a successful envelope to catalogue-shaped rows.
import type { Metrics, ReportRowTypes } from '../../../shared/report-data'
import { REPORTS, type ReportId, type ReportShape, type Variant } from '../../../shared/reports'
import { pageRows } from './pages'
import { portraitRows } from './portrait'
import { retentionRows } from './retention'
import { sourceRows } from './sources'
import type { ShapeInput } from './structure'
import { describeValue, expectObject, isObject, protocolError } from './structure'
import { tableRows } from './table'
import { tpRows } from './tp'
import { readColumns, toMetric, toText, valueColumns } from './values'

export interface NormalisedPage<R extends ReportId = ReportId> {
  /** data.time_span; '' when absent (portrait, tp). */
  timeSpan: string
  /** data.offset as a number, when present. */
  offset: number | null
  /** data.total; for an unpaged report (portrait): rows.length. */
  total: number
  /** Range totals; null for reports without sum (portrait, sources, tp) or when absent. */
  sum: Metrics | null
  /** This page's rows, in API order. */
  rows: ReportRowTypes[R][]
}

const SHAPES: Record<ReportShape, (input: ShapeInput) => ReportRowTypes[ReportId][]> = {
  table: tableRows,
  retention: retentionRows,
  portrait: portraitRows,
  pages: pageRows,
  sources: sourceRows,
  tp: tpRows
}

/** Normalises the `data` of one successful envelope for `report` and `variant` (from resolveVariant). */
export function normalisePage<R extends ReportId>(report: R, variant: Variant, data: unknown): NormalisedPage<R> {
  const def = REPORTS[report]
  const input: ShapeInput = {
    endpoint: def.endpoint,
    variant,
    columns: valueColumns(def.columns(variant)),
    data: expectObject(def.endpoint, data, 'data')
  }
  // The table records which row type each report's shape yields; TypeScript cannot follow it.
  const rows = SHAPES[def.shape](input) as ReportRowTypes[R][]
  return {
    timeSpan: toText(input.data['time_span']),
    offset: toMetric(input.data['offset']),
    total: def.pageSize === null ? rows.length : readTotal(input),
    sum: def.hasSum ? readSum(input) : null,
    rows
  }
}

// Paging needs the row count, and one page alone cannot tell it.
function readTotal({ endpoint, data }: ShapeInput): number {
  const total = toMetric(data['total'])
  if (total === null || !Number.isInteger(total) || total < 0) {
    throw protocolError(endpoint, `total is missing or not a row count (${describeValue(data['total'])})`)
  }
  return total
}

function readSum({ endpoint, columns, data }: ShapeInput): Metrics | null {
  const sum: unknown = data['sum']
  if (sum === undefined || sum === null) return null
  if (!isObject(sum)) throw protocolError(endpoint, 'sum is not an object')
  return readColumns(sum, columns)
}
