// Plain tables (trend, activity, region, terminal, habits): one labelled row of metrics per item.
import type { MetricRow } from '../../../shared/report-data'
import type { ShapeInput } from './structure'
import { objectList } from './structure'
import { readColumns, toText } from './values'

export function tableRows({ endpoint, columns, data }: ShapeInput): MetricRow[] {
  return objectList(endpoint, data, 'data_list', 'data_list').map((row) => ({ name: toText(row['name']), values: readColumns(row, columns) }))
}
