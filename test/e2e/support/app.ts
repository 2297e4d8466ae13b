// The app as a user sees it in Chromium: the browser host over a fresh cache, and page helpers.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { createCore, type Core } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'
import { startWebHost, type WebHost } from '../../../src/main/web'
import type { AppSettings } from '../../../src/shared/sync'
import { launchChromium, type LaunchedBrowser } from './chromium'

export const RENDERER_DIR = resolve(__dirname, '../../../out/renderer')

export interface RunningApp {
  core: Core
  host: WebHost
  close(): Promise<void>
}

export interface AppOptions {
  demoLatencyMs?: number
  /** Reach the demo accounts through this HTTP simulator (so it can be stopped: offline). */
  demoBaseUrl?: string
  settings?: Partial<AppSettings>
}

export async function startApp(dir: string, options: AppOptions = {}): Promise<RunningApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first (npm test does).')
  const core = createCore({
    dbPath: join(dir, 'swanboard.db'),
    logger: silentLogger,
    demoLatencyMs: options.demoLatencyMs ?? 0,
    demoBaseUrl: options.demoBaseUrl,
    settings: options.settings
  })
  const host = await startWebHost({ core, rendererDir: RENDERER_DIR })
  return {
    core,
    host,
    close: async () => {
      await host.close()
      core.close()
    }
  }
}

export interface AppInChromium {
  app: RunningApp
  browser: LaunchedBrowser
  /** A page in a zh-CN context, not yet navigated (`page.goto(app.host.url)`). */
  page: Page
  /** Console errors and uncaught exceptions of the page (see watchErrors). */
  errors: string[]
  close(): Promise<void>
}

/** The app over a fresh cache in `dir`, and a Chromium page to open it in. */
export async function openInChromium(executable: string, dir: string, options: AppOptions = {}, context: BrowserContextOptions = {}): Promise<AppInChromium> {
  const app = await startApp(dir, options)
  const browser = await launchChromium(executable)
  const page = await (await browser.browser.newContext({ locale: 'zh-CN', viewport: { width: 1360, height: 900 }, ...context })).newPage()
  return {
    app,
    browser,
    page,
    errors: watchErrors(page),
    close: async () => {
      await browser.close()
      await app.close()
    }
  }
}

/** Collects console errors and uncaught exceptions (CSP violations show up here too). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text())
  })
  page.on('pageerror', (err) => errors.push(err.message))
  return errors
}

/** How many pixels of the canvas inside `selector` are not transparent. */
export async function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(`${selector} canvas`, (canvas) => {
    const c = canvas as HTMLCanvasElement
    const ctx = c.getContext('2d')
    if (!ctx || c.width === 0 || c.height === 0) return 0
    const data = ctx.getImageData(0, 0, c.width, c.height).data
    let painted = 0
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++
    return painted
  })
}

/** True once the canvas inside `selector` has at least `minPixels` non-transparent pixels. */
export async function canvasPainted(page: Page, selector: string, minPixels = 500): Promise<boolean> {
  return (await paintedPixels(page, selector)) >= minPixels
}

export async function tableRows(page: Page, testId: string): Promise<string[][]> {
  return page.$$eval(`[data-testid="${testId}"] .el-table__body-wrapper tbody tr`, (rows) =>
    rows.map((r) => Array.from(r.querySelectorAll("td")).map((td: HTMLTableCellElement) => (td.textContent ?? '').trim()))
  )
}
