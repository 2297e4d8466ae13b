// The `swanboard` command line: every command over the same services as the desktop app.
import { Argument, Command, Option } from 'commander'
import { REPORT_IDS, type ReportId } from '../../shared/reports'
import { OFFICIAL_BASE_URL } from '../baidu'
import { defaultDbPath } from '../paths'
import { APP_VERSION } from '../version'
import { fetchCommand, type VariantFlags } from './fetch-command'
import { OUTPUT_FORMATS, type OutputFormat } from './formats'
import type { CliIO } from './io'
import { cliLocale, parseBaseUrl, parseDay, parseMs, parsePort } from './options'
import { simulatorCommand, webCommand } from './serve-commands'
import { syncCommand } from './sync-command'
import { exportCommand, type ExportArgs } from './export-command'
import { accountsAddCommand, accountsListCommand, accountsRemoveCommand, type AddArgs } from './accounts-command'
import { ACCOUNT_KINDS } from '../../shared/accounts'

interface FetchOptions extends VariantFlags {
  baseUrl: string
  token?: string
  from: string
  to: string
  format: OutputFormat
  timeout?: number
}

export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const locale = cliLocale(io.env)
  const program = new Command('swanboard')
    .description('Swanboard: Baidu smart-program reports, cached offline and exported to Excel.')
    .version(APP_VERSION)
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError()
    // Set before adding commands so every subcommand inherits it: main() maps the exit codes.
    .exitOverride()

  program
    .command('simulator')
    .description('run the Baidu data API simulator over HTTP (demo apps, deterministic data)')
    .addOption(new Option('--port <n>', 'port to listen on (0 = any free port)').argParser(parsePort).default(8790))
    .option('--host <address>', 'address to bind', '127.0.0.1')
    .addOption(new Option('--latency <ms>', 'delay added to every response').argParser(parseMs).default(0))
    .addOption(new Option('--jitter <ms>', 'uniform ± jitter around the latency').argParser(parseMs).default(0))
    .addOption(
      new Option(
        '--faults <spec>',
        'faults to inject, e.g. "seed=7,http500:0.05,errno1000:0.05,quota:0.01,html:0.02,truncated:0.02,slow-body:0.01,reset:0.02" ' +
          '(kind:probability or kind:xN for the next N requests, optionally @endpoint)'
      )
    )
    .action(async (o: { port: number; host: string; latency: number; jitter: number; faults?: string }) => {
      setExit(await simulatorCommand({ port: o.port, host: o.host, latencyMs: o.latency, jitterMs: o.jitter, faults: o.faults }, io))
    })

  program
    .command('fetch')
    .description('fetch one report from the API, every page, and print it (no cache)')
    .addArgument(new Argument('<report>', 'the report').choices(REPORT_IDS))
    .addOption(new Option('--base-url <url>', 'API base URL').argParser(parseBaseUrl).default(OFFICIAL_BASE_URL))
    .addOption(new Option('--token <token>', 'access token: 45. for app reports, 42. for tp (or SWANBOARD_TOKEN)'))
    .addOption(new Option('--from <YYYYMMDD>', 'first day (Beijing time)').argParser(parseDay).makeOptionMandatory())
    .addOption(new Option('--to <YYYYMMDD>', 'last day (Beijing time)').argParser(parseDay).makeOptionMandatory())
    .addOption(new Option('--gran <gran>', 'trend: hour|day|week|month; retention: day|week|month'))
    .addOption(new Option('--type <type>', 'terminal: brand|device|os|screen|network; habits: depth|time|interval|frequency'))
    .addOption(new Option('--report-type <type>', 'retention: count|ratio'))
    .addOption(new Option('--metrics <list>', 'tp: comma-separated metric names (default: all)'))
    .addOption(new Option('--scene <id>', 'tp: one scene id (default: all scenes)'))
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('json'))
    .addOption(new Option('--timeout <ms>', 'whole-request timeout').argParser(parseMs))
    .action(async (report: ReportId, o: FetchOptions) => {
      const { baseUrl, token, from, to, format, timeout, ...flags } = o
      setExit(await fetchCommand({ report, baseUrl, token, from, to, format, flags, timeoutMs: timeout }, io, locale))
    })

  program
    .command('sync')
    .description('sync accounts × reports × variants over a range into the local cache (fetches only what is missing)')
    .option('--account <name>', 'one saved account, by name or id')
    .option('--all', 'every saved account', false)
    .option('--demo', 'the demo accounts (in-process simulator, or --base-url)', false)
    .addOption(new Option('--from <YYYYMMDD>', 'first day (Beijing time)').argParser(parseDay).makeOptionMandatory())
    .addOption(new Option('--to <YYYYMMDD>', 'last day (Beijing time)').argParser(parseDay).makeOptionMandatory())
    .option('--reports <list>', `comma-separated reports (default: all that apply): ${REPORT_IDS.join(',')}`)
    .option('--db <path>', 'cache database file (default: the desktop app’s, or SWANBOARD_DB)', defaultDbPath(io.env))
    .addOption(new Option('--base-url <url>', 'reach the demo accounts through this HTTP simulator').argParser(parseBaseUrl))
    .option('--refresh', 'fetch again even what the cache holds', false)
    .option('--json', 'print only a JSON summary {"requests","rows","snapshots","errors","durationMs"}', false)
    .addOption(new Option('--demo-latency <ms>', 'simulated latency of the in-process demo accounts').argParser(parseMs).default(0).hideHelp())
    .action(async (o: { account?: string; all: boolean; demo: boolean; from: string; to: string; reports?: string; db: string; baseUrl?: string; refresh: boolean; json: boolean; demoLatency: number }) => {
      const { demoLatency, ...rest } = o
      setExit(await syncCommand({ ...rest, demoLatencyMs: demoLatency, tty: process.stderr.isTTY === true }, io, locale))
    })

  program
    .command('export')
    .description('export from the local cache (offline) to .xlsx (a summary and a sheet per report and variant) or .csv (one report)')
    .option('--account <name>', 'one saved account, by name or id')
    .option('--demo <name>', 'one demo account, by name or id')
    .option('--all-accounts', 'every saved account: a comparison sheet, one row per account', false)
    .addOption(new Option('--from <YYYYMMDD>', 'first day (Beijing time)').argParser(parseDay).makeOptionMandatory())
    .addOption(new Option('--to <YYYYMMDD>', 'last day (Beijing time)').argParser(parseDay).makeOptionMandatory())
    .option('--reports <list>', `comma-separated reports (default: all that apply): ${REPORT_IDS.join(',')}`)
    .requiredOption('--out <file>', 'the file to write: .xlsx, or .csv for one report (or the --all-accounts comparison)')
    .option('--per-account-sheets', 'with --all-accounts: each account’s report sheets too', false)
    .addOption(new Option('--gran <gran>', 'CSV: the variant, as for fetch'))
    .addOption(new Option('--type <type>', 'CSV: the variant, as for fetch'))
    .addOption(new Option('--report-type <type>', 'CSV: the variant, as for fetch'))
    .option('--db <path>', 'cache database file (default: the desktop app’s, or SWANBOARD_DB)', defaultDbPath(io.env))
    .addOption(new Option('--base-url <url>', 'where demo accounts reach the simulator (never contacted by an export)').argParser(parseBaseUrl).hideHelp())
    .action(async (o: Omit<ExportArgs, 'tty'>) => setExit(await exportCommand({ ...o, tty: process.stderr.isTTY === true }, io, locale)))

  const accounts = program.command('accounts').description('saved accounts (secrets sealed in the cache; never printed)')
  accounts
    .command('list')
    .description('list saved accounts with masked secrets and health')
    .option('--db <path>', 'cache database file', defaultDbPath(io.env))
    .option('--json', 'print JSON', false)
    .action(async (o: { db: string; json: boolean }) => setExit(await accountsListCommand(o, io, locale)))
  accounts
    .command('add')
    .description('save an account; secrets may also come from SWANBOARD_TOKEN, SWANBOARD_TP_TOKEN, SWANBOARD_REFRESH_TOKEN, SWANBOARD_APP_KEY, SWANBOARD_APP_SECRET')
    .requiredOption('--name <name>', 'a name of your choice')
    .addOption(new Option('--kind <kind>', 'authorizer (a 45. token), tp-refresh (42. + 46.), developer (App Key/Secret), tp (TP platform)').choices(ACCOUNT_KINDS).makeOptionMandatory())
    .option('--app-id <id>', 'the smart program’s app id (not for tp)')
    .option('--token <token>', 'authorizer token (45.)')
    .option('--tp-token <token>', 'the TP’s token (42.)')
    .option('--refresh-token <token>', 'the app’s refresh token (46.), used once and replaced')
    .option('--app-key <key>', 'App Key')
    .option('--app-secret <secret>', 'App Secret')
    .addOption(new Option('--base-url <url>', 'API base URL (default: the official API)').argParser(parseBaseUrl))
    .option('--notes <text>', 'notes')
    .option('--tags <list>', 'comma-separated tags')
    .option('--db <path>', 'cache database file', defaultDbPath(io.env))
    .option('--json', 'print the saved account as JSON', false)
    .action(async (o: AddArgs & { db: string; json: boolean }) => setExit(await accountsAddCommand(o, io, locale)))
  accounts
    .command('remove')
    .description('remove an account, its secrets and its cached data')
    .argument('<name>', 'the account’s name (or id)')
    .option('--db <path>', 'cache database file', defaultDbPath(io.env))
    .action(async (name: string, o: { db: string }) => setExit(await accountsRemoveCommand({ name, db: o.db }, io, locale)))

  program
    .command('web')
    .description('serve the app to a browser on 127.0.0.1 (run `npm run web` to build first)')
    .addOption(new Option('--port <n>', 'port to listen on (0 = any free port)').argParser(parsePort).default(5199))
    .option('--db <path>', 'cache database file', defaultDbPath(io.env))
    .addOption(new Option('--demo-latency <ms>', 'simulated latency of the demo accounts').argParser(parseMs).default(0))
    .action(async (o: { port: number; db: string; demoLatency: number }) => {
      setExit(await webCommand({ port: o.port, db: o.db, demoLatencyMs: o.demoLatency }, io))
    })

  return program
}
