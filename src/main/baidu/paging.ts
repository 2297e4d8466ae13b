// Page 1 first (it tells the total), then every other page concurrently, in order.
import pLimit from 'p-limit'
import { ApiError } from './api-error'
import { PAST_LAST_PAGE } from './envelope'

export interface FetchedPage {
  startIndex: number
  total: number
  rowCount: number
}

export interface PagingOptions {
  pageSize: number
  concurrency: number
  /** Upper bound on pages for one query; a larger `total` is treated as a broken answer. */
  maxPages?: number
  onProgress?: (pagesDone: number, pagesTotal: number) => void
}

const DEFAULT_MAX_PAGES = 5_000

function isPastLastPage(err: unknown): boolean {
  return err instanceof ApiError && err.errno === PAST_LAST_PAGE
}

export async function fetchAllPages<P extends FetchedPage>(
  fetchPage: (startIndex: number, signal: AbortSignal) => Promise<P>,
  options: PagingOptions & { signal?: AbortSignal }
): Promise<P[]> {
  // One failed page makes the whole answer unusable: stop the pages still in flight.
  const stop = new AbortController()
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal
  const first = await fetchPage(0, signal)
  const pagesTotal = Math.max(1, Math.ceil(first.total / options.pageSize))
  if (pagesTotal > (options.maxPages ?? DEFAULT_MAX_PAGES)) {
    throw new ApiError({ code: 'protocol', message: `implausible total ${first.total}` })
  }
  let done = 1
  options.onProgress?.(done, pagesTotal)
  if (pagesTotal === 1 || first.rowCount < options.pageSize) return [first]

  const limit = pLimit(options.concurrency)
  const all = Promise.all(
    Array.from({ length: pagesTotal - 1 }, (_, i) =>
      limit(async () => {
        try {
          const page = await fetchPage((i + 1) * options.pageSize, signal)
          // Rows shift when the total moves between pages; mixing pages would skip or repeat rows.
          if (page.total !== first.total) {
            throw new ApiError({
              code: 'transient',
              message: `total changed between pages (${first.total} → ${page.total})`
            })
          }
          return page
        } catch (err) {
          if (isPastLastPage(err)) return null
          throw err
        } finally {
          options.onProgress?.(++done, pagesTotal)
        }
      })
    )
  )
  let rest: (Awaited<P> | null)[]
  try {
    rest = await all
  } catch (err) {
    limit.clearQueue()
    stop.abort()
    throw err
  }
  return [first, ...rest.filter((p): p is Awaited<P> => p !== null)]
}
