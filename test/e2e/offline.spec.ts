// Sync with progress, then the API goes away: every synced view still renders from the cache,
// with the offline banner and the as-of line saying so.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, startSimulatorServer, type SimulatorServer } from '../../src/main/simulator'
import { presetRange } from '../../src/shared/calendar'
import { tempDir } from '../support/temp'
import { canvasPainted, startApp, tableRows, watchErrors, type RunningApp } from './support/app'
import { chromiumOrSkip, launchChromium, type LaunchedBrowser } from './support/chromium'

const executable = chromiumOrSkip()

describe.runIf(executable)('sync, then offline (Chromium, browser host, HTTP simulator)', () => {
  const dir = tempDir()
  let simulator: SimulatorServer
  let app: RunningApp
  let browser: LaunchedBrowser
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    simulator = await startSimulatorServer({ simulator: createSimulator(), latencyMs: 60 })
    // Auto-sync off: this test starts the sync itself and watches its progress.
    app = await startApp(dir, { demoBaseUrl: simulator.url, settings: { autoSyncOnOpen: false, accountRequestsPerSecond: 100 } })
    browser = await launchChromium(executable!)
    page = await (await browser.browser.newContext({ locale: 'zh-CN', viewport: { width: 1360, height: 900 } })).newPage()
    errors = watchErrors(page)
    await page.goto(app.host.url)
    // The app opens on the overview; these checks are about the trend tab (kept across reloads).
    await page.click('[data-testid="tab-trend"]')
    await page.waitForSelector('[data-testid="trend-table"] tbody tr')
  })

  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await simulator?.close().catch(() => undefined)
  })

  it('syncs every report of the account with progress shown', async () => {
    await page.click('[data-testid="sync-open"]')
    await page.waitForSelector('[data-testid="sync-start"]')
    await page.click('[data-testid="sync-start"]')
    await page.waitForSelector('[data-testid="sync-progress"]')
    const texts = new Set<string>()
    await expect
      .poll(
        async () => {
          // page.$ does not wait: the progress text goes away when the run ends.
          const text = (await (await page.$('[data-testid="sync-progress-text"]'))?.textContent()) ?? ''
          if (text) texts.add(text)
          return page.isVisible('[data-testid="sync-summary"]')
        },
        { timeout: 60_000, interval: 50 }
      )
      .toBe(true)
    expect(texts.size).toBeGreaterThan(1)
    expect([...texts].some((t) => /\d+\s*\/\s*\d+/.test(t))).toBe(true)
    expect(await page.getAttribute('[data-testid="sync-summary"]', 'data-state')).toBe('done')
    // The trend by day was cached when the page opened; the sync wrote the other 23, so all 24
    // variants of the account's reports are now in the cache.
    expect(await page.textContent('[data-testid="sync-summary-snapshots"]')).toContain('23')
    // (The overview's own queries, of yesterday's ranges, are cached beside them.)
    const { from, to } = presetRange('last30')!
    expect(app.core.db.prepare("SELECT count(*) FROM snapshots WHERE account_id = 'demo-sim-1001' AND start_date = ? AND end_date = ?").pluck().get(from, to)).toBe(24)
    expect(await page.locator('[data-testid="sync-error"]').count()).toBe(0)
    await page.keyboard.press('Escape')
  })

  it('with the simulator stopped, shows the offline banner and renders every synced view from the cache', async () => {
    await simulator.close()
    await page.reload()
    await page.waitForSelector('[data-testid="offline-banner"]', { timeout: 10_000 })
    for (const gran of ['day', 'week', 'month', 'hour']) {
      await page.click(`[data-testid="gran-${gran}"]`)
      await expect.poll(async () => (await tableRows(page, 'trend-table')).length, { timeout: 10_000 }).toBeGreaterThan(0)
      await expect.poll(() => canvasPainted(page, '[data-testid="trend-chart"]'), { timeout: 10_000 }).toBe(true)
      expect(await page.isVisible('[data-testid="state-error"]')).toBe(false)
      expect(await page.isVisible('[data-testid="as-of-offline"]')).toBe(true)
    }
    expect((await tableRows(page, 'trend-table'))[0]![0]).toBe('00:00 - 00:59')
  })

  it('logged no console errors', () => {
    expect(errors).toEqual([])
  })
})
