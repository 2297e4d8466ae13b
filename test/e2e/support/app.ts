// The app as a user sees it in Chromium: the browser host over a fresh cache, and page helpers.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { createCore, type Core } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'
import { startWebHost, type WebHost } from '../../../src/main/web'
import type { AppSettings } from '../../../src/shared/sync'

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

/** Collects console errors and uncaught exceptions (CSP violations show up here too). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text())
  })
  page.on('pageerror', (err) => errors.push(err.message))
  return errors
}

/** True once the canvas inside `selector` has at least `minPixels` non-transparent pixels. */
export async function canvasPainted(page: Page, selector: string, minPixels = 500): Promise<boolean> {
  return page.$eval(
    `${selector} canvas`,
    (canvas, min) => {
      const c = canvas as HTMLCanvasElement
      const ctx = c.getContext('2d')
      if (!ctx || c.width === 0 || c.height === 0) return false
      const data = ctx.getImageData(0, 0, c.width, c.height).data
      let painted = 0
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++
      return painted >= min
    },
    minPixels
  )
}

export async function tableRows(page: Page, testId: string): Promise<string[][]> {
  return page.$$eval(`[data-testid="${testId}"] .el-table__body-wrapper tbody tr`, (rows) =>
    rows.map((r) => Array.from(r.querySelectorAll("td")).map((td: HTMLTableCellElement) => (td.textContent ?? '').trim()))
  )
}
