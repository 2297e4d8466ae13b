// Sync every demo account with progress, then the API goes away: every tab of every synced
// account still renders from the cache, variants included, with the offline banner and each tab's
// as-of line saying so.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, startSimulatorServer, type SimulatorServer } from '../../src/main/simulator'
import { presetRange } from '../../src/shared/calendar'
import { tempDir } from '../support/temp'
import { canvasPainted, openInChromium, tableRows, type AppInChromium, type RunningApp } from './support/app'
import { chromiumOrSkip } from './support/chromium'
import { APP_TABS, expectPainted, newRows, showTab, showTpAccount, TP_TAB, waitForData } from './support/tabs'

const executable = chromiumOrSkip()

describe.runIf(executable)('sync, then offline (Chromium, browser host, HTTP simulator)', () => {
  const dir = tempDir()
  let simulator: SimulatorServer
  let session: AppInChromium
  let app: RunningApp
  let page: Page

  beforeAll(async () => {
    simulator = await startSimulatorServer({ simulator: createSimulator(), latencyMs: 60 })
    // Auto-sync off: this test starts the sync itself and watches its progress.
    session = await openInChromium(executable!, dir, { demoBaseUrl: simulator.url, settings: { autoSyncOnOpen: false, accountRequestsPerSecond: 100 } })
    ;({ app, page } = session)
    await page.goto(app.host.url)
    // The app opens on the overview; the trend tab's by-day report is cached too before the sync.
    await page.click('[data-testid="tab-trend"]')
    await page.waitForSelector('[data-testid="trend-table"] tbody tr')
  })

  afterAll(async () => {
    await session?.close()
    await simulator?.close().catch(() => undefined)
  })

  const { from, to } = presetRange('last30')!
  const snapshotsOf = (accountId: string): number =>
    app.core.db.prepare('SELECT count(*) FROM snapshots WHERE account_id = ? AND start_date = ? AND end_date = ?').pluck().get(accountId, from, to) as number

  it('syncs every report of every demo account with progress shown', async () => {
    await page.click('[data-testid="sync-open"]')
    await page.waitForSelector('[data-testid="sync-start"]')
    await page.click('[data-testid="sync-scope-all"]')
    // Every text the progress line shows, recorded in the page as it changes (polling from here
    // could miss a fast run).
    await page.evaluate(() => {
      const seen: string[] = []
      ;(window as unknown as { progressSeen: string[] }).progressSeen = seen
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="sync-progress-text"]')?.textContent ?? ''
        if (text && seen.at(-1) !== text) seen.push(text)
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })
    await page.click('[data-testid="sync-start"]')
    await page.waitForSelector('[data-testid="sync-summary"]', { timeout: 60_000 })
    const texts = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen)
    expect(new Set(texts).size).toBeGreaterThan(1)
    expect(texts.some((t) => /\d+\s*\/\s*\d+/.test(t))).toBe(true)
    expect(await page.getAttribute('[data-testid="sync-summary"]', 'data-state')).toBe('done')
    expect(await page.locator('[data-testid="sync-error"]').count()).toBe(0)

    // All 24 variants of every app's reports are now cached, and the TP account's summary.
    const accounts = app.core.accounts.list()
    const apps = accounts.filter((a) => a.id.startsWith('demo-sim-'))
    expect(apps.length).toBeGreaterThan(1)
    for (const a of apps) expect(snapshotsOf(a.id), a.id).toBe(24)
    expect(snapshotsOf('demo-tp-01')).toBeGreaterThan(0)
    // The trend by day of the first app was cached when the page opened; the sync wrote the rest.
    // (The overview's own queries, of yesterday's ranges, are cached beside them.)
    const total = accounts.reduce((n, a) => n + snapshotsOf(a.id), 0)
    const summary = (await page.textContent('[data-testid="sync-summary-snapshots"]')) ?? ''
    expect(Number(/[\d,]+/.exec(summary)?.[0]?.replace(/,/g, ''))).toBe(total - 1)
    await page.keyboard.press('Escape')
  })

  /** The tab shows cached data, offline, with nothing wrong. */
  async function expectOfflineData(tab: string): Promise<void> {
    const panel = `[data-testid="panel-${tab}"]`
    expect(await page.isVisible('[data-testid="offline-banner"]'), tab).toBe(true)
    expect(await page.textContent(`${panel} [data-testid="as-of"]`), tab).toMatch(/\d{2}:\d{2}/)
    expect(await page.isVisible(`${panel} [data-testid="as-of-offline"]`), tab).toBe(true)
    for (const failed of ['state-error', 'refresh-error', 'state-empty']) expect(await page.locator(`${panel} [data-testid="${failed}"]`).count(), `${tab} ${failed}`).toBe(0)
  }

  it('with the simulator stopped, every tab renders from the cache with the offline banner', async () => {
    await simulator.close()
    await page.reload()
    await page.waitForSelector('[data-testid="offline-banner"]', { timeout: 10_000 })
    for (const tab of APP_TABS) {
      await showTab(page, tab.id)
      for (const chart of tab.charts) await expectPainted(page, chart)
      for (const table of tab.tables) expect((await tableRows(page, table)).length, `${tab.id} ${table}`).toBeGreaterThan(0)
      await expectOfflineData(tab.id)
    }
  })

  it('offline, the trend by week, month and hour of day come from the cache', async () => {
    await showTab(page, 'trend')
    for (const gran of ['day', 'week', 'month', 'hour']) {
      await page.click(`[data-testid="gran-${gran}"]`)
      await expect.poll(async () => (await tableRows(page, 'trend-table')).length, { timeout: 10_000 }).toBeGreaterThan(0)
      await expect.poll(() => canvasPainted(page, '[data-testid="trend-chart"]'), { timeout: 10_000 }).toBe(true)
      await expectOfflineData('trend')
    }
    expect((await tableRows(page, 'trend-table'))[0]![0]).toBe('00:00 - 00:59')
    await page.click('[data-testid="gran-day"]')
  })

  it('offline, switching variants shows the synced data of each', async () => {
    for (const { tab, table, chart, button } of [
      { tab: 'terminal', table: 'terminal-table', chart: 'terminal-chart', button: 'variant-terminal_os' },
      { tab: 'retention', table: 'retention-table', chart: 'retention-chart', button: 'variant-ratio' }
    ]) {
      await showTab(page, tab)
      const before = JSON.stringify(await tableRows(page, table))
      await page.click(`[data-testid="${button}"]`)
      await newRows(page, table, before, button)
      await waitForData(page, tab)
      await expectPainted(page, chart)
      await expectOfflineData(tab)
    }
  })

  it('offline, the TP account shows its synced platform summary', async () => {
    await showTpAccount(page)
    expect((await tableRows(page, 'tp-table')).length).toBe(30)
    await expectOfflineData(TP_TAB.id)
  })

  it('logged no console errors', () => {
    expect(session.errors).toEqual([])
  })
})
