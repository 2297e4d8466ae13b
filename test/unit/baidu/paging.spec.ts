// Paging rules that the simulator cannot provoke on its own.
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../src/main/baidu'
import { fetchAllPages } from '../../../src/main/baidu/paging'

interface Page {
  startIndex: number
  total: number
  rowCount: number
}

describe('fetchAllPages', () => {
  it('treats errno 40018 on a later page as the end of the data', async () => {
    const pages = await fetchAllPages<Page>(
      async (startIndex) => {
        if (startIndex >= 40) throw new ApiError({ code: 'invalid_param', errno: 40018, message: 'past the end' })
        return { startIndex, total: 60, rowCount: 20 }
      },
      { pageSize: 20, concurrency: 2 }
    )
    expect(pages.map((p) => p.startIndex)).toEqual([0, 20])
  })

  it('refuses to mix pages when the total changes between them, and stops the rest', async () => {
    const asked: number[] = []
    const run = fetchAllPages<Page>(
      async (startIndex, signal) => {
        asked.push(startIndex)
        await new Promise((r) => setTimeout(r, startIndex === 20 ? 1 : 30))
        if (signal.aborted) throw new ApiError({ code: 'cancelled', message: 'stopped' })
        return { startIndex, total: startIndex === 20 ? 61 : 200, rowCount: 20 }
      },
      { pageSize: 20, concurrency: 2 }
    )
    await expect(run).rejects.toMatchObject({ code: 'transient', message: expect.stringContaining('total changed') })
    expect(asked.length).toBeLessThan(10)
  })

  it('refuses an implausible total instead of looping for ever', async () => {
    const run = fetchAllPages<Page>(async (startIndex) => ({ startIndex, total: 1e9, rowCount: 20 }), { pageSize: 20, concurrency: 4 })
    await expect(run).rejects.toMatchObject({ code: 'protocol' })
  })

  it('stops after a short first page even when total claims more', async () => {
    let calls = 0
    const pages = await fetchAllPages<Page>(
      async (startIndex) => {
        calls++
        return { startIndex, total: 45, rowCount: 5 }
      },
      { pageSize: 20, concurrency: 4 }
    )
    expect(pages).toHaveLength(1)
    expect(calls).toBe(1)
  })
})
