// User portrait: one unpaged answer whose first data_list item holds the age, sex and interest shares.
import { PORTRAIT_DIMENSIONS, type PortraitRow } from '../../../shared/report-data'
import type { ShapeInput } from './structure'
import { objectList } from './structure'
import { readColumn, toText } from './values'

export function portraitRows({ endpoint, columns, data }: ShapeInput): PortraitRow[] {
  const first = objectList(endpoint, data, 'data_list', 'data_list')[0]
  // The catalogue's only portrait column is the share (count_ratio, alias user_count_ratio).
  const ratio = columns[0]
  if (first === undefined) return []
  return PORTRAIT_DIMENSIONS.flatMap((dimension) =>
    objectList(endpoint, first, dimension, `data_list[0].${dimension}`).map((item) => ({
      dimension,
      attributeId: toText(item['attribute_id']),
      name: toText(item['name']),
      ratio: ratio === undefined ? null : readColumn(item, ratio)
    }))
  )
}
