// Baidu pages every list by a row offset (`start_index`), 20 rows at a time.
import { EndpointError, ERRNO } from './envelope'

export const PAGE_SIZE = 20

/** The page starting at row `startIndex`; past the last row of a non-empty list is errno 40018. */
export function pageOf<T>(rows: readonly T[], startIndex: number): T[] {
  if (rows.length > 0 && startIndex >= rows.length) {
    throw new EndpointError(ERRNO.pastLastPage, '数据偏移超出范围 (start_index is past the last row)')
  }
  return rows.slice(startIndex, startIndex + PAGE_SIZE)
}
