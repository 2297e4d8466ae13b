// `swanboard fetch <report>`: one report through the real client, printed as JSON, CSV or a table.
import type { Day } from '../../shared/calendar'
import { REPORTS, resolveVariant, variantProblem, type Locale, type ReportId, type Variant } from '../../shared/reports'
import { AppError } from '../app-error'
import { createBaiduClient, createHttpFetch, DEFAULT_NETWORK_SETTINGS } from '../baidu'
import { toCsv, toTable, type OutputFormat } from './formats'
import type { CliIO } from './io'
import { reportError } from './io'
import { jsonOutput, tabular } from './report-output'

/** The variant flags as given on the command line (commander's camelCase names). */
export interface VariantFlags {
  gran?: string
  type?: string
  reportType?: string
  metrics?: string
  scene?: string
}

export interface FetchArgs {
  report: ReportId
  baseUrl: string
  token: string | undefined
  from: Day
  to: Day
  format: OutputFormat
  flags: VariantFlags
  timeoutMs?: number
}

const FLAG_PARAMS: Record<keyof VariantFlags, readonly string[]> = {
  gran: ['gran'],
  type: ['terminal_type', 'character_type'],
  reportType: ['report_type'],
  metrics: ['metrics'],
  scene: ['scene']
}

const FLAG_NAMES: Record<keyof VariantFlags, string> = {
  gran: '--gran',
  type: '--type',
  reportType: '--report-type',
  metrics: '--metrics',
  scene: '--scene'
}

/** Flags → the report's variant; `--type brand` is short for terminal_brand. Throws on a flag the report does not take. */
export function variantFromFlags(report: ReportId, flags: VariantFlags): Variant {
  const variant: Record<string, string> = {}
  for (const key of Object.keys(FLAG_PARAMS) as (keyof VariantFlags)[]) {
    const value = flags[key]
    if (value === undefined) continue
    const param = REPORTS[report].variants.find((v) => FLAG_PARAMS[key].includes(v.param))
    if (!param) throw new AppError('invalid_input', `${FLAG_NAMES[key]} does not apply to ${report}`)
    variant[param.param] = param.param === 'terminal_type' && !value.startsWith('terminal_') ? `terminal_${value}` : value
  }
  const resolved = resolveVariant(report, variant)
  const problem = variantProblem(report, resolved)
  if (problem) throw new AppError('invalid_input', problem)
  return resolved
}

/** Returns the exit code: 0 on success, 1 when the API or network failed, 2 on bad arguments. */
export async function fetchCommand(args: FetchArgs, io: CliIO, locale: Locale): Promise<number> {
  const token = args.token ?? io.env['SWANBOARD_TOKEN']
  if (!token) {
    io.err('swanboard: a token is required: --token <t> or the SWANBOARD_TOKEN environment variable\n')
    return 2
  }
  let variant: Variant
  try {
    if (args.from > args.to) throw new AppError('invalid_input', '--from must not be after --to')
    variant = variantFromFlags(args.report, args.flags)
  } catch (err) {
    reportError(io, err, locale)
    return 2
  }
  const timeoutMs = args.timeoutMs ?? DEFAULT_NETWORK_SETTINGS.timeoutMs
  const client = createBaiduClient({
    baseUrl: args.baseUrl,
    fetch: createHttpFetch({ connectTimeoutMs: Math.min(DEFAULT_NETWORK_SETTINGS.connectTimeoutMs, timeoutMs) }),
    token: async () => token,
    settings: { timeoutMs }
  })
  try {
    const fetched = await client.fetch({ report: args.report, variant, from: args.from, to: args.to })
    if (args.format === 'json') io.out(`${JSON.stringify(jsonOutput(fetched))}\n`)
    else if (args.format === 'csv') io.out(toCsv(tabular(fetched, locale)))
    else io.out(`${toTable(tabular(fetched, locale), locale)}\n`)
    return 0
  } catch (err) {
    reportError(io, err, locale)
    return 1
  }
}
