// gettpdata (platform summary): rows in `result`, dated by a key named `data`, every value a string.
import type { TpRow } from '../../../shared/report-data'
import type { ShapeInput } from './structure'
import { objectList } from './structure'
import { readColumns, toText } from './values'

export function tpRows({ endpoint, columns, data }: ShapeInput): TpRow[] {
  // `result` is what the reference shows; `data_list` is what every other endpoint uses.
  const key = data['result'] === undefined || data['result'] === null ? 'data_list' : 'result'
  return objectList(endpoint, data, key, key).map((row) => ({
    name: toText(row['data']) || toText(row['date']),
    values: readColumns(row, columns)
  }))
}
