// Finding Chromium: CHROMIUM_PATH, then the system's. Without one the e2e tests are skipped loudly,
// except under CI=true, where a missing browser fails the run.
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env['CHROMIUM_PATH']
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`)
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null
}

/** The browser to use, or null (after a loud warning) when there is none and this is not CI. */
export function chromiumOrSkip(): string | null {
  const path = findChromium()
  if (path) return path
  const message = 'No Chromium found (set CHROMIUM_PATH or install Debian\'s `chromium`): END-TO-END TESTS SKIPPED.'
  if (process.env['CI'] === 'true') throw new Error(`CI=true: ${message}`)
  console.warn(`\n${'!'.repeat(80)}\n!!! ${message}\n${'!'.repeat(80)}\n`)
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
