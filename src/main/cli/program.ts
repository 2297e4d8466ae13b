// The `swanboard` command line: every command over the same services as the desktop app.
import { Command, Option } from 'commander'
import { OFFICIAL_BASE_URL } from '../baidu'
import { defaultDbPath } from '../paths'
import { APP_VERSION } from '../version'
import { fetchTrendCommand } from './fetch-command'
import type { CliIO } from './io'
import { cliLocale, parseBaseUrl, parseDay, parseGran, parseMs, parsePort } from './options'
import { simulatorCommand, webCommand } from './serve-commands'

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
    .action(async (o: { port: number; host: string; latency: number }) => {
      setExit(await simulatorCommand({ port: o.port, host: o.host, latencyMs: o.latency }, io))
    })

  const fetch = program.command('fetch').description('fetch one report from the API and print it (no cache)')
  fetch
    .command('trend')
    .description('user trend (用户趋势, getanalysisusertrend), every page')
    .addOption(new Option('--base-url <url>', 'API base URL').argParser(parseBaseUrl).default(OFFICIAL_BASE_URL))
    .addOption(new Option('--token <token>', 'authorizer access token (or SWANBOARD_TOKEN)'))
    .addOption(new Option('--from <YYYYMMDD>', 'first day (Beijing time)').argParser(parseDay).makeOptionMandatory())
    .addOption(new Option('--to <YYYYMMDD>', 'last day (Beijing time)').argParser(parseDay).makeOptionMandatory())
    .addOption(new Option('--gran <gran>', 'granularity').choices(['day', 'hour', 'week', 'month']).argParser(parseGran).default('day'))
    .addOption(new Option('--format <format>', 'output format').choices(['json']).default('json'))
    .addOption(new Option('--timeout <ms>', 'whole-request timeout').argParser(parseMs))
    .action(async (o: { baseUrl: string; token?: string; from: string; to: string; gran: 'day'; format: 'json'; timeout?: number }) => {
      setExit(
        await fetchTrendCommand(
          { baseUrl: o.baseUrl, token: o.token, from: o.from, to: o.to, gran: o.gran, format: o.format, timeoutMs: o.timeout },
          io,
          locale
        )
      )
    })

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
