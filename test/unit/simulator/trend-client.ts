// Test helpers: build getanalysisusertrend requests and read their answers.
import { DEMO_APPS } from '../../../src/main/simulator/demo-apps'
import { createSimulator } from '../../../src/main/simulator/simulator'
import type { SimRequest, Simulator } from '../../../src/main/simulator/types'

export const TREND_PATH = '/rest/2.0/smartapp/data/getanalysisusertrend'

/** 2019-04-16 10:00 in Beijing, the day after the reference example's last day of data. */
export const NOW = Date.parse('2019-04-16T10:00:00+08:00')

export const APP = DEMO_APPS[0]!

export function simulatorAt(now: number = NOW): Simulator {
  return createSimulator({ now: () => now })
}

export interface TrendCall {
  params: Record<string, string>
  /** Where the report parameters go; access_token always rides in the query unless `token` says. */
  via?: 'query' | 'form'
  token?: string | null
  method?: string
}

export function trendRequest(call: TrendCall): SimRequest {
  const { params, via = 'query', token = APP.token, method = 'POST' } = call
  const query = new URLSearchParams(token === null ? {} : { access_token: token })
  const form = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) (via === 'query' ? query : form).set(k, v)
  return {
    method,
    url: `${TREND_PATH}?${query}`,
    headers: via === 'form' ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
    body: via === 'form' ? form.toString() : ''
  }
}

export interface TrendRowJson {
  name: string
  [metric: string]: number | string
}

export interface TrendData {
  time_span: string
  offset: number
  total: number
  sum: Record<string, number | string>
  data_list: TrendRowJson[]
}

export interface Answer {
  status: number
  headers: Record<string, string>
  body: string
  json: { errno?: number; msg?: string; data?: TrendData; error_code?: number; error_msg?: string }
}

export async function call(sim: Simulator, request: SimRequest): Promise<Answer> {
  const res = await sim.handle(request)
  return { ...res, json: JSON.parse(res.body) as Answer['json'] }
}

/** A successful trend answer's data; fails the test on any error envelope. */
export async function trend(
  sim: Simulator,
  params: Record<string, string>,
  token = APP.token
): Promise<TrendData> {
  const answer = await call(sim, trendRequest({ params, token }))
  if (answer.json.errno !== 0 || !answer.json.data) throw new Error(`unexpected answer ${answer.body}`)
  return answer.json.data
}

export function range(from: string, to: string, gran: string, startIndex = 0): Record<string, string> {
  return { start_date: from, end_date: to, gran, start_index: String(startIndex) }
}

export function num(row: Record<string, number | string>, metric: string): number {
  const value = row[metric]
  if (typeof value !== 'number') throw new Error(`${metric} is not a number: ${String(value)}`)
  return value
}

/** Every row of a range, paging 20 at a time the way a client must (hour answers have 24). */
export async function allRows(
  sim: Simulator,
  from: string,
  to: string,
  gran: string,
  token = APP.token
): Promise<TrendRowJson[]> {
  const rows: TrendRowJson[] = []
  for (let start = 0; ; start += 20) {
    const data = await trend(sim, range(from, to, gran, start), token)
    rows.push(...data.data_list)
    if (rows.length >= data.total) return rows
  }
}
