// Page analysis: rows name a page by id, path (pageName) and an optional alias (pageAlias).
import type { PageRow } from '../../../shared/report-data'
import type { ShapeInput } from './structure'
import { objectList } from './structure'
import { readColumns, toText } from './values'

export function pageRows({ endpoint, columns, data }: ShapeInput): PageRow[] {
  return objectList(endpoint, data, 'data_list', 'data_list').map((row) => {
    const path = toText(row['pageName'])
    const alias = toText(row['pageAlias'])
    return { name: alias.trim() === '' ? path : alias, pageId: toText(row['pageId']), path, alias, values: readColumns(row, columns) }
  })
}
