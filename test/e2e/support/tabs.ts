// What each report tab draws and how to show it: shared by the tab, offline and English e2e specs.
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { canvasPainted, tableRows } from './app'

/** What each app tab draws: its charts (each a box holding one canvas) and its tables. */
export const APP_TABS: { id: string; charts: string[]; tables: string[] }[] = [
  { id: 'overview', charts: ['overview-kpi-user_count', 'overview-kpi-accumulative_user_count'], tables: ['overview-entry-pages', 'overview-visited-pages'] },
  { id: 'trend', charts: ['trend-chart'], tables: ['trend-table'] },
  { id: 'activity', charts: ['activity-chart-users', 'activity-chart-degrees', 'activity-chart-lost', 'activity-chart-cumulative'], tables: ['activity-table'] },
  { id: 'retention', charts: ['retention-chart'], tables: ['retention-table'] },
  { id: 'portrait', charts: ['portrait-chart-age', 'portrait-chart-sex', 'portrait-chart-interest'], tables: ['portrait-table-age', 'portrait-table-sex', 'portrait-table-interest'] },
  { id: 'region', charts: ['region-chart'], tables: ['region-table'] },
  { id: 'terminal', charts: ['terminal-chart'], tables: ['terminal-table'] },
  { id: 'pages', charts: ['pages-chart'], tables: ['pages-table'] },
  { id: 'habits', charts: ['habits-chart'], tables: ['habits-table'] },
  { id: 'sources', charts: ['sources-chart'], tables: ['sources-table'] }
]

/** The TP account's one tab. */
export const TP_TAB = { id: 'tp', charts: ['tp-chart'], tables: ['tp-table'] }

/** Sub-views: the buttons of each variant switch, and the chart and table that show the difference. */
export const SUB_VIEWS: { tab: string; chart: string; table: string; buttons: string[] }[] = [
  { tab: 'trend', chart: 'trend-chart', table: 'trend-table', buttons: ['gran-week', 'gran-month', 'gran-hour', 'gran-day'] },
  { tab: 'retention', chart: 'retention-chart', table: 'retention-table', buttons: ['variant-ratio', 'variant-week', 'variant-count', 'variant-month', 'variant-day'] },
  {
    tab: 'terminal',
    chart: 'terminal-chart',
    table: 'terminal-table',
    buttons: ['variant-terminal_device', 'variant-terminal_os', 'variant-terminal_screen', 'variant-terminal_network', 'variant-terminal_brand']
  },
  { tab: 'habits', chart: 'habits-chart', table: 'habits-table', buttons: ['variant-time', 'variant-interval', 'variant-frequency', 'variant-depth'] }
]

/** Chooses the account in the header's picker. */
export async function pickAccount(page: Page, accountId: string): Promise<void> {
  await page.click('[data-testid="account-picker"]')
  await page.click(`[data-testid="account-option"][data-account-id="${accountId}"]`)
}

/** Switches to the demo TP account and waits for its one tab to show data, chart painted. */
export async function showTpAccount(page: Page): Promise<void> {
  await pickAccount(page, 'demo-tp-01')
  await page.waitForFunction(() => document.querySelectorAll('[role="tab"]').length === 1)
  await waitForData(page, TP_TAB.id)
  for (const chart of TP_TAB.charts) await expectPainted(page, chart)
}

/** Clicks the tab and waits until its panel shows data (not loading, empty or an error). */
export async function showTab(page: Page, tab: string): Promise<void> {
  await page.click(`[data-testid="tab-${tab}"]`)
  await waitForData(page, tab)
}

export async function waitForData(page: Page, tab: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector(`[data-testid="panel-${t}"]`)?.getAttribute('data-state') === 'data', tab, { timeout: 20_000 })
}

export async function expectPainted(page: Page, testId: string): Promise<void> {
  await page.waitForSelector(`[data-testid="${testId}"] canvas`)
  await expect.poll(() => canvasPainted(page, `[data-testid="${testId}"]`, 200), { timeout: 10_000, message: testId }).toBe(true)
}

/**
 * Waits for the table to show rows other than `previous` (its rows as JSON), skipping the empty
 * table of a view still loading; returns them.
 */
export async function newRows(page: Page, table: string, previous: string, message = table): Promise<string[][]> {
  let rows: string[][] = []
  const fresh = async (): Promise<boolean> => {
    rows = await tableRows(page, table)
    return rows.length > 0 && JSON.stringify(rows) !== previous
  }
  await expect.poll(fresh, { timeout: 15_000, message }).toBe(true)
  return rows
}
