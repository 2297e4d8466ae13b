// Test helpers for every endpoint: build a request, read the envelope, page through a report.
import { DEMO_APPS, DEMO_TP_TOKEN } from '../../../src/main/simulator/demo-apps'
import { createSimulator } from '../../../src/main/simulator/simulator'
import type { SimRequest, Simulator, SimulatorOptions } from '../../../src/main/simulator/types'

export const DATA = '/rest/2.0/smartapp/data/'
/** 2026-11-21 10:00 in Beijing: yesterday is 2026-11-20. */
export const LATE_NOW = Date.parse('2026-11-21T10:00:00+08:00')
export const APPS = DEMO_APPS
export const TP_TOKEN = DEMO_TP_TOKEN

export function simAt(now: number = LATE_NOW, options: Omit<SimulatorOptions, 'now'> = {}): Simulator {
  return createSimulator({ now: () => now, ...options })
}

export type Json = Record<string, unknown>
export type Row = Record<string, unknown>

export interface Envelope {
  errno?: number
  msg?: string
  data?: Json & { data_list?: Row[]; result?: Row[]; total?: number; offset?: number; sum?: Row; time_span?: string }
  error?: string
  error_description?: string
  error_code?: number
  error_msg?: string
}

export interface CallOptions {
  token?: string | null
  method?: string
}

export function dataRequest(endpoint: string, params: Record<string, string>, options: CallOptions = {}): SimRequest {
  const { token = APPS[0]!.token, method = endpoint === 'gettpdata' ? 'GET' : 'POST' } = options
  const query = new URLSearchParams(token === null ? params : { access_token: token, ...params })
  return { method, url: `${DATA}${endpoint}?${query}`, headers: {}, body: '' }
}

export async function send(sim: Simulator, request: SimRequest): Promise<{ status: number; body: string; json: Envelope }> {
  const res = await sim.handle(request)
  return { status: res.status, body: res.body, json: JSON.parse(res.body) as Envelope }
}

export async function callData(sim: Simulator, endpoint: string, params: Record<string, string>, options: CallOptions = {}): Promise<Envelope> {
  return (await send(sim, dataRequest(endpoint, params, options))).json
}

/** `data` of a successful answer; throws with the body otherwise. */
export async function dataOf(
  sim: Simulator,
  endpoint: string,
  params: Record<string, string>,
  options: CallOptions = {}
): Promise<NonNullable<Envelope['data']>> {
  const json = await callData(sim, endpoint, params, options)
  if (json.errno !== 0 || !json.data) throw new Error(`unexpected answer ${JSON.stringify(json)}`)
  return json.data
}

/** Every row of a paged report, 20 at a time as a client pages (`result` for gettpdata). */
export async function allRowsOf(sim: Simulator, endpoint: string, params: Record<string, string>, options: CallOptions = {}): Promise<Row[]> {
  const rows: Row[] = []
  for (let start = 0; ; start += 20) {
    const data = await dataOf(sim, endpoint, { ...params, start_index: String(start) }, options)
    const page = data.data_list ?? data.result ?? []
    rows.push(...page)
    if (rows.length >= (data.total ?? 0) || page.length === 0) return rows
  }
}

export function n(row: Row | undefined, key: string): number {
  const value = row?.[key]
  if (typeof value !== 'number') throw new Error(`${key} is not a number: ${JSON.stringify(value)}`)
  return value
}

export const total = (rows: readonly Row[], key: string): number => rows.reduce((a, r) => a + n(r, key), 0)

/** Sum of percentages in hundredths, exact (floating sums of 2-decimal values drift). */
export const hundredths = (rows: readonly Row[], key: string): number => rows.reduce((a, r) => a + Math.round(n(r, key) * 100), 0)

export function dates(from: string, to: string): Record<string, string> {
  return { start_date: from, end_date: to }
}

/** A fixed pseudo-random sequence (LCG), so a failure reproduces. */
export function sequence(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 0x100000000
  }
}
