// Every page of one answer, as few round trips as possible, never mixing two answers.
//
// Rows are placed by absolute index (a page at offset o holds rows o, o+1, …), so overlapping
// pages, gaps, servers that page by more rows than asked, and short data all resolve the same
// way: fetch what is still missing until nothing is, or until a round brings nothing new (the
// data ends there). When the row count can be predicted (date series), every page starts at once;
// otherwise page 1 goes first to learn the total.
import pLimit from 'p-limit'
import { shareSignal } from './abortable-sleep'
import { ApiError } from './api-error'
import { PAST_LAST_PAGE } from './envelope'

export interface FetchedPage<Row> {
  startIndex: number
  total: number
  rows: Row[]
}

export interface PagingOptions {
  /** Rows per page we ask for (or the API's default). */
  pageSize: number
  concurrency: number
  /** Rows the answer will probably have; lets every page start in the first round. */
  expectedTotal?: number
  signal?: AbortSignal
  /** Upper bound on pages for one query; a larger `total` is treated as a broken answer. */
  maxPages?: number
  onProgress?: (pagesDone: number, pagesTotal: number) => void
}

export interface PagedResult<Row, P> {
  /** Every row once, in order, up to the end of the data. */
  rows: Row[]
  /** The pages fetched that hold those rows, by offset. */
  pages: P[]
  /** How many times the answer moved under us and was fetched again. */
  restarts: number
}

const DEFAULT_MAX_PAGES = 5_000
const MAX_RESTARTS = 1

class TotalMoved extends Error {}

function isPastLastPage(err: unknown): boolean {
  return err instanceof ApiError && err.errno === PAST_LAST_PAGE
}

/** Page offsets covering the first index missing from each run of missing rows. */
function missingOffsets(filled: boolean[], total: number, size: number): number[] {
  const offsets: number[] = []
  for (let i = 0; i < total; ) {
    if (filled[i]) i++
    else {
      offsets.push(i)
      i += size
    }
  }
  return offsets
}

async function onePass<Row, P extends FetchedPage<Row>>(
  fetchPage: (startIndex: number, signal: AbortSignal) => Promise<P>,
  options: PagingOptions
): Promise<Omit<PagedResult<Row, P>, 'restarts'>> {
  const stop = new AbortController()
  const signal = shareSignal(options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal)
  const limit = pLimit(options.concurrency)
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES
  const rows: Row[] = []
  const filled: boolean[] = []
  const used = new Map<number, P>()
  let size = options.pageSize
  let total: number | undefined
  let done = 0
  let planned = 0

  const fetchAt = async (offset: number): Promise<number> => {
    try {
      const page = await fetchPage(offset, signal)
      if (total === undefined) {
        if (page.total > size * maxPages) throw new ApiError({ code: 'protocol', message: `implausible total ${page.total}` })
        total = page.total
      } else if (page.total !== total) throw new TotalMoved()
      size = Math.max(size, page.rows.length)
      let fresh = 0
      page.rows.forEach((row, i) => {
        const at = offset + i
        if (at >= total! || filled[at]) return
        rows[at] = row
        filled[at] = true
        fresh++
      })
      // Page 1 always stays: it carries the answer's own metadata (time span, sum) even with no rows.
      if (fresh > 0 || offset === 0) used.set(offset, page)
      return fresh
    } catch (err) {
      if (isPastLastPage(err)) return 0
      throw err
    } finally {
      options.onProgress?.(++done, Math.max(done, planned))
    }
  }

  let failure: { error: unknown } | null = null
  const round = async (offsets: number[]): Promise<number> => {
    planned += offsets.length
    // Fail fast (the first failure stops the siblings) but never return while one still runs: a
    // page settling after its run has ended would report progress into a finished sync.
    const settled = await Promise.allSettled(
      offsets.map((o) =>
        limit(async () => {
          if (failure) throw failure.error
          return fetchAt(o)
        }).catch((error: unknown) => {
          if (!failure) {
            failure = { error }
            stop.abort()
          }
          throw error
        })
      )
    )
    if (failure) throw failure.error
    return settled.reduce((a, r) => a + (r.status === 'fulfilled' ? r.value : 0), 0)
  }

  try {
    const predicted = options.expectedTotal
    if (predicted !== undefined && predicted > options.pageSize) {
      const pages = Math.min(maxPages, Math.ceil(predicted / options.pageSize))
      await round(Array.from({ length: pages }, (_, i) => i * options.pageSize))
    } else {
      await round([0])
    }
    for (let rounds = 0; rounds < maxPages; rounds++) {
      const missing = missingOffsets(filled, total ?? 0, size)
      if (missing.length === 0) break
      // A round that adds nothing means the data ends before `total` says: stop there.
      if ((await round(missing)) === 0) break
    }
  } catch (err) {
    stop.abort()
    throw err
  }
  const end = filled.findIndex((f) => !f)
  const count = end === -1 ? filled.length : end
  return {
    rows: rows.slice(0, count),
    pages: [...used.entries()].filter(([offset]) => offset === 0 || offset < count).sort((a, b) => a[0] - b[0]).map(([, p]) => p)
  }
}

export async function fetchAllPages<Row, P extends FetchedPage<Row>>(
  fetchPage: (startIndex: number, signal: AbortSignal) => Promise<P>,
  options: PagingOptions
): Promise<PagedResult<Row, P>> {
  for (let restarts = 0; ; restarts++) {
    try {
      return { ...(await onePass<Row, P>(fetchPage, options)), restarts }
    } catch (err) {
      if (!(err instanceof TotalMoved)) throw err
      if (restarts >= MAX_RESTARTS) {
        throw new ApiError({ code: 'transient', message: 'the report changed while it was being fetched; try again' })
      }
    }
  }
}
