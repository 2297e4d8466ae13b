// getanalysisusertrend (用户趋势): every page of one (gran, range), normalised.
import { z } from 'zod'
import type { Day } from '../../shared/calendar'
import type { TrendRow, TrendValues } from '../../shared/dto'
import { REPORTS, TREND_METRICS, type Gran } from '../../shared/reports'
import { ApiError } from './api-error'
import { pickMetrics } from './normalise'
import { fetchAllPages } from './paging'
import { callApi, type TransportOptions } from './transport'

const numberish = z.union([z.number(), z.string()])
const trendData = z.looseObject({
  time_span: z.string().optional(),
  offset: numberish.optional(),
  total: numberish,
  sum: z.record(z.string(), z.unknown()).optional(),
  data_list: z.array(z.looseObject({ name: z.string() })).default([])
})

export interface TrendRequest {
  gran: Gran
  from: Day
  to: Day
}

export interface RawPage {
  startIndex: number
  body: string
}

export interface TrendResult {
  timeSpan: string
  total: number
  sum: TrendValues
  rows: TrendRow[]
  pages: RawPage[]
}

export interface FetchOptions {
  signal?: AbortSignal
  concurrency: number
  onProgress?: (pagesDone: number, pagesTotal: number) => void
}

export async function fetchTrend(
  transport: TransportOptions,
  token: string,
  request: TrendRequest,
  options: FetchOptions
): Promise<TrendResult> {
  const def = REPORTS.trend
  const pageSize = def.pageSize ?? 20
  const pages = await fetchAllPages(
    async (startIndex, signal) => {
      const response = await callApi(transport, {
        endpoint: def.endpoint,
        method: def.method,
        token,
        signal,
        params: { start_index: startIndex, start_date: request.from, end_date: request.to, gran: request.gran }
      })
      const parsed = trendData.safeParse(response.data)
      if (!parsed.success) {
        throw new ApiError({ code: 'protocol', message: `${def.endpoint}: unexpected data (${parsed.error.issues[0]?.message})` })
      }
      const data = parsed.data
      return { startIndex, body: response.body, data, total: Number(data.total), rowCount: data.data_list.length }
    },
    { pageSize, concurrency: options.concurrency, onProgress: options.onProgress, signal: options.signal }
  )
  const first = pages[0]!.data
  return {
    timeSpan: first.time_span ?? '',
    total: pages[0]!.total,
    sum: pickMetrics(first.sum, TREND_METRICS),
    rows: pages.flatMap((p) => p.data.data_list.map((row) => ({ name: row.name, ...pickMetrics(row, TREND_METRICS) }))),
    pages: pages.map((p) => ({ startIndex: p.startIndex, body: p.body }))
  }
}
