// `swanboard fetch trend`: one report through the real client, printed as one JSON object.
import type { Day } from '../../shared/calendar'
import type { Gran, Locale } from '../../shared/reports'
import { AppError } from '../app-error'
import { createBaiduClient, createHttpFetch, DEFAULT_TIMEOUT_MS } from '../baidu'
import type { CliIO } from './io'
import { reportError } from './io'

export interface FetchTrendArgs {
  baseUrl: string
  token: string | undefined
  from: Day
  to: Day
  gran: Gran
  format: 'json'
  timeoutMs?: number
  concurrency?: number
}

/** Returns the exit code: 0 on success, 1 when the API or network failed, 2 on bad arguments. */
export async function fetchTrendCommand(args: FetchTrendArgs, io: CliIO, locale: Locale): Promise<number> {
  const token = args.token ?? io.env['SWANBOARD_TOKEN']
  if (!token) {
    io.err('swanboard: a token is required: --token <t> or the SWANBOARD_TOKEN environment variable\n')
    return 2
  }
  if (args.from > args.to) {
    reportError(io, new AppError('invalid_input', '--from must not be after --to'), locale)
    return 2
  }
  const client = createBaiduClient({
    baseUrl: args.baseUrl,
    fetch: createHttpFetch({ connectTimeoutMs: Math.min(10_000, args.timeoutMs ?? DEFAULT_TIMEOUT_MS) }),
    token: async () => token,
    timeoutMs: args.timeoutMs,
    pageConcurrency: args.concurrency
  })
  try {
    const result = await client.trend({ from: args.from, to: args.to, gran: args.gran })
    const output = { report: 'trend', timeSpan: result.timeSpan, total: result.total, sum: result.sum, rows: result.rows }
    io.out(`${JSON.stringify(output)}\n`)
    return 0
  } catch (err) {
    reportError(io, err, locale)
    return 1
  }
}
