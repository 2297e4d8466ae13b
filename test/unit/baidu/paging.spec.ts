// Paging edge cases: total moving mid-way, empty and short pages, pages longer than asked, 40018.
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../src/main/baidu'
import { fetchAllPages, type FetchedPage } from '../../../src/main/baidu/paging'

type Page = FetchedPage<number>

/**
 * A server holding rows 0..n-1, answering `size` rows per page. Quirks: a total that moves by call,
 * a claimed total larger than the rows it really has, an offset that answers an empty page.
 */
function server(n: number, size = 20, quirks: { totalAt?: (call: number) => number; claims?: number; emptyAt?: number } = {}) {
  let calls = 0
  const asked: number[] = []
  const fetchPage = async (startIndex: number): Promise<Page> => {
    const call = calls++
    asked.push(startIndex)
    const total = quirks.totalAt?.(call) ?? quirks.claims ?? n
    if (startIndex >= total) throw new ApiError({ code: 'invalid_param', errno: 40018, message: 'past the end' })
    const rows = quirks.emptyAt === startIndex ? [] : Array.from({ length: Math.max(0, Math.min(size, n - startIndex)) }, (_, i) => startIndex + i)
    return { startIndex, total, rows }
  }
  return { fetchPage, asked, calls: () => calls }
}


describe('fetchAllPages', () => {
  it('fetches page 1 first, then the rest, and joins every row once in order', async () => {
    const s = server(95)
    const { rows, pages, restarts } = await fetchAllPages(s.fetchPage, { pageSize: 20, concurrency: 3 })
    expect(s.asked[0]).toBe(0)
    expect([...s.asked].sort((a, b) => a - b)).toEqual([0, 20, 40, 60, 80])
    expect(rows).toEqual(Array.from({ length: 95 }, (_, i) => i))
    expect(pages.map((p) => p.startIndex)).toEqual([0, 20, 40, 60, 80])
    expect(restarts).toBe(0)
  })

  it('on a failed page, stops the others and rejects with its error only once every sibling has settled', async () => {
    const s = server(200)
    let settledAfterReject = 0
    let rejected = false
    const fetchPage = async (o: number) => {
      // Page 40 fails at once; the others answer late and ignore the abort, as a slow socket might.
      if (o === 40) throw new ApiError({ code: 'permission', errno: 40002, message: 'no permission' })
      await new Promise((r) => setTimeout(r, 20))
      if (rejected) settledAfterReject++
      return s.fetchPage(o)
    }
    const progress: number[] = []
    const run = fetchAllPages(fetchPage, { pageSize: 20, concurrency: 4, expectedTotal: 200, onProgress: (done) => progress.push(done) })
    await expect(run.finally(() => (rejected = true))).rejects.toMatchObject({ code: 'permission' })
    const reportedAtReject = progress.length
    await new Promise((r) => setTimeout(r, 60))
    expect(settledAfterReject).toBe(0)
    expect(progress).toHaveLength(reportedAtReject)
    // Pages queued behind the failure were never asked for.
    expect(s.calls()).toBeLessThan(10)
  })

  it('starts every predicted page at once when the row count is known in advance', async () => {
    const s = server(95)
    let inFlight = 0
    let most = 0
    const fetchPage = async (o: number) => {
      most = Math.max(most, ++inFlight)
      await new Promise((r) => setTimeout(r, 10))
      inFlight--
      return s.fetchPage(o)
    }
    const { rows } = await fetchAllPages(fetchPage, { pageSize: 20, concurrency: 8, expectedTotal: 95 })
    expect(most).toBe(5)
    expect(s.calls()).toBe(5)
    expect(rows).toHaveLength(95)
  })

  it('recovers when the prediction is wrong either way', async () => {
    const low = server(95)
    expect((await fetchAllPages(low.fetchPage, { pageSize: 20, concurrency: 8, expectedTotal: 41 })).rows).toHaveLength(95)
    expect(low.calls()).toBe(5)
    const high = server(30)
    expect((await fetchAllPages(high.fetchPage, { pageSize: 20, concurrency: 8, expectedTotal: 100 })).rows).toHaveLength(30)
    expect(high.calls()).toBe(5)
  })

  it('fetches once more from page 1 when total moves mid-way, never mixing the two answers', async () => {
    // The first pass sees total 95 on page 1 and 96 on a later page; the second pass is steady at 96.
    const s = server(96, 20, { totalAt: (call) => (call === 0 ? 95 : 96) })
    const { rows, pages, restarts } = await fetchAllPages(s.fetchPage, { pageSize: 20, concurrency: 2 })
    expect(restarts).toBe(1)
    expect(pages.every((p) => p.total === 96)).toBe(true)
    expect(rows).toEqual(Array.from({ length: 96 }, (_, i) => i))
  })

  it('gives up with a transient error when total keeps moving', async () => {
    const s = server(200, 20, { totalAt: (call) => 200 + call })
    await expect(fetchAllPages(s.fetchPage, { pageSize: 20, concurrency: 2 })).rejects.toMatchObject({ code: 'transient' })
    expect(s.calls()).toBeLessThan(30)
  })

  it('ends where the data ends when an offset keeps answering an empty page', async () => {
    const s = server(100, 20, { emptyAt: 40 })
    const { rows } = await fetchAllPages(s.fetchPage, { pageSize: 20, concurrency: 4 })
    expect(rows).toEqual(Array.from({ length: 40 }, (_, i) => i))
    expect(s.asked.filter((o) => o === 40)).toHaveLength(2)
  })

  it('ends at a short page when total claims rows that do not exist', async () => {
    const s = server(43, 20, { claims: 100 })
    const { rows } = await fetchAllPages(s.fetchPage, { pageSize: 20, concurrency: 4 })
    expect(rows).toEqual(Array.from({ length: 43 }, (_, i) => i))
    expect(s.calls()).toBeLessThanOrEqual(8)
  })

  it('fetches a gap a short page leaves when the rows do exist', async () => {
    let calls = 0
    const fetchPage = async (startIndex: number): Promise<Page> => {
      calls++
      const len = startIndex === 20 ? 3 : Math.min(20, 60 - startIndex)
      return { startIndex, total: 60, rows: Array.from({ length: len }, (_, i) => startIndex + i) }
    }
    const { rows } = await fetchAllPages(fetchPage, { pageSize: 20, concurrency: 4 })
    expect(rows).toEqual(Array.from({ length: 60 }, (_, i) => i))
    expect(calls).toBe(4)
  })

  it('follows a server that pages by more than 20 rows, without duplicates', async () => {
    const s = server(130, 50)
    const { rows } = await fetchAllPages(s.fetchPage, { pageSize: 20, concurrency: 4 })
    expect([...s.asked].sort((a, b) => a - b)).toEqual([0, 50, 100])
    expect(rows).toEqual(Array.from({ length: 130 }, (_, i) => i))
  })

  it('trims a later page that runs past its slot', async () => {
    // Page 1 has 20 rows, but the page at 20 answers 30 (overlapping the page at 40).
    let n = 0
    const fetchPage = async (startIndex: number): Promise<Page> => {
      n++
      const len = startIndex === 20 ? 30 : Math.min(20, 60 - startIndex)
      return { startIndex, total: 60, rows: Array.from({ length: len }, (_, i) => startIndex + i) }
    }
    const { rows } = await fetchAllPages(fetchPage, { pageSize: 20, concurrency: 4 })
    expect(rows).toEqual(Array.from({ length: 60 }, (_, i) => i))
    expect(n).toBe(3)
  })

  it('treats errno 40018 on a later page as the end of the data', async () => {
    const fetchPage = async (startIndex: number): Promise<Page> => {
      if (startIndex >= 40) throw new ApiError({ code: 'invalid_param', errno: 40018, message: 'past the end' })
      return { startIndex, total: 60, rows: Array.from({ length: 20 }, (_, i) => startIndex + i) }
    }
    const { rows } = await fetchAllPages(fetchPage, { pageSize: 20, concurrency: 2 })
    expect(rows).toHaveLength(40)
  })

  it('stops the pages still in flight when one fails', async () => {
    const started: number[] = []
    const run = fetchAllPages<number, Page>(
      async (startIndex, signal) => {
        started.push(startIndex)
        if (startIndex === 20) throw new ApiError({ code: 'auth', errno: 44003, message: 'expired' })
        await new Promise((r) => setTimeout(r, 20))
        if (signal.aborted) throw new ApiError({ code: 'cancelled', message: 'stopped' })
        return { startIndex, total: 400, rows: Array.from({ length: 20 }, () => 0) }
      },
      { pageSize: 20, concurrency: 2 }
    )
    await expect(run).rejects.toMatchObject({ code: 'auth' })
    await new Promise((r) => setTimeout(r, 50))
    expect(started.length).toBeLessThan(6)
  })

  it('refuses an implausible total instead of looping for ever', async () => {
    const run = fetchAllPages<number, Page>(async (startIndex) => ({ startIndex, total: 1e9, rows: Array(20).fill(0) }), { pageSize: 20, concurrency: 4 })
    await expect(run).rejects.toMatchObject({ code: 'protocol' })
  })

  it('stops after a short first page when nothing more exists', async () => {
    const s = server(5, 20, { claims: 45 })
    const { rows, pages } = await fetchAllPages(s.fetchPage, { pageSize: 20, concurrency: 4 })
    expect(rows).toEqual([0, 1, 2, 3, 4])
    expect(pages).toHaveLength(1)
    expect(s.calls()).toBeLessThanOrEqual(3)
  })

  it('keeps page 1 of an answer with no rows: it carries the time span and sum', async () => {
    const { rows, pages } = await fetchAllPages<number, Page>(async (startIndex) => ({ startIndex, total: 0, rows: [] }), { pageSize: 20, concurrency: 4 })
    expect(rows).toEqual([])
    expect(pages.map((p) => p.startIndex)).toEqual([0])
  })
})
