// Finding Chromium: CHROMIUM_PATH, then the system's. Without one the e2e tests are skipped loudly,
// except under CI=true, where a missing browser fails the run.
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

export type ExistsSync = (path: string) => boolean

/** CHROMIUM_PATH when set (it must exist), else the first system browser found, else null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: ExistsSync = existsSync): string | null {
  const fromEnv = env['CHROMIUM_PATH']
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`)
  }
  return CANDIDATES.find((p) => exists(p)) ?? null
}

export const NO_CHROMIUM = "No Chromium found (set CHROMIUM_PATH or install Debian's `chromium`): END-TO-END TESTS SKIPPED."

/** The browser to use, or null (after a loud warning) when there is none and this is not CI. */
export function chromiumOrSkip(env: NodeJS.ProcessEnv = process.env, exists: ExistsSync = existsSync, warn: (text: string) => void = console.warn): string | null {
  const path = findChromium(env, exists)
  if (path) return path
  if (env['CI'] === 'true') throw new Error(`CI=true: ${NO_CHROMIUM}`)
  warn(`\n${'!'.repeat(80)}\n!!! ${NO_CHROMIUM}\n${'!'.repeat(80)}\n`)
  return null
}

// Flags that work headless as root on a closed network (see ../shared/toolchain.md).
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=zh-CN'
]

export interface LaunchedBrowser {
  browser: Browser
  close(): Promise<void>
}

/** Playwright gives every launch a fresh, empty profile of its own. */
export async function launchChromium(executablePath: string): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({ executablePath, args: FLAGS, headless: true })
  return { browser, close: () => browser.close() }
}
