// Baidu pages every list by a row offset (`start_index`), 20 rows at a time.
import { EndpointError, ERRNO } from './envelope'

export const PAGE_SIZE = 20

/** The page starting at row `startIndex`; past the last row of a non-empty list is errno 40018. */
export function pageOf<T>(rows: readonly T[], startIndex: number, size: number = PAGE_SIZE): T[] {
  checkOffset(rows.length, startIndex)
  return rows.slice(startIndex, startIndex + size)
}

/** errno 40018 when `startIndex` is past the last of `total` rows (an empty list is not paged past). */
export function checkOffset(total: number, startIndex: number): void {
  if (total > 0 && startIndex >= total) {
    throw new EndpointError(ERRNO.pastLastPage, '数据偏移超出范围 (start_index is past the last row)')
  }
}
