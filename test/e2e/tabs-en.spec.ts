// The English pass over every tab and sub-view in Chromium: after the language switch, no raw
// message key shows anywhere and no Chinese is left in the interface's own words (tabs, headers,
// KPI titles, buttons, notes). Data may be Chinese (page aliases, provinces, scenes), so table
// bodies and account names are not held to that. A key missing in English also logs a console
// error (src/renderer/src/i18n/index.ts), which fails the last test here.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import en from '../../src/renderer/src/i18n/en'
import { tempDir } from '../support/temp'
import { openInChromium, tableRows, type AppInChromium } from './support/app'
import { chromiumOrSkip } from './support/chromium'
import { APP_TABS, expectPainted, showTab, showTpAccount, SUB_VIEWS, TP_TAB, waitForData } from './support/tabs'

const executable = chromiumOrSkip()

/** A message key as vue-i18n shows it when it has no text: `trend.vsYear`, `range.presets.last7`. */
const RAW_KEY = new RegExp(`\\b(?:${Object.keys(en).join('|')})\\.[A-Za-z0-9_]+`)
/** Han characters, CJK punctuation and full-width forms. */
const CHINESE = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/

/** Where the data itself shows: table bodies, and account names (the picker). */
const DATA = '.el-table__body-wrapper, [data-testid="account-picker"]'
/** The language switch names the other language in that language: 中文. */
const OTHER_LANGUAGE = '[data-testid="locale-switch"]'

interface Texts {
  /** Every visible text, data included. */
  all: string[]
  /** The interface's own words: visible texts outside the data, and placeholders of empty inputs. */
  chrome: string[]
}

/** Visible texts under the header, the main area and any open drawer or dialog. */
async function visibleTexts(page: Page): Promise<Texts> {
  return page.evaluate(
    ({ data, other }) => {
      const roots = document.querySelectorAll('.app-header, .app-main, .el-drawer, .el-dialog')
      const shown = (el: Element): boolean => el.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true })
      const all: string[] = []
      const chrome: string[] = []
      for (const root of roots) {
        if (!shown(root)) continue
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim()
          const el = node.parentElement
          if (!text || !el || !shown(el)) continue
          all.push(text)
          if (!el.closest(data) && !el.closest(other)) chrome.push(text)
        }
        for (const input of root.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
          if (input.value === '' && shown(input) && !input.closest(data)) chrome.push(input.placeholder)
        }
      }
      return { all, chrome }
    },
    { data: DATA, other: OTHER_LANGUAGE }
  )
}

/**
 * Fails naming the view and the offending texts. `names` are the accounts' own names, data that
 * labels may quote ("This account: 天鹅示例·生活服务").
 */
async function expectEnglish(page: Page, view: string, names: readonly string[]): Promise<void> {
  const { all, chrome } = await visibleTexts(page)
  expect(chrome.length, `${view}: no interface text found`).toBeGreaterThan(10)
  expect(all.filter((t) => RAW_KEY.test(t)), `${view}: raw message keys`).toEqual([])
  const words = chrome.map((t) => names.reduce((rest, name) => rest.split(name).join(''), t))
  expect(words.filter((t) => CHINESE.test(t)), `${view}: Chinese in the English interface`).toEqual([])
}

describe.runIf(executable)('every tab in English (Chromium, browser host)', () => {
  const dir = tempDir()
  let session: AppInChromium
  let page: Page

  beforeAll(async () => {
    session = await openInChromium(executable!, dir, { demoLatencyMs: 5, settings: { autoSyncOnOpen: false } })
    page = session.page
    await page.goto(session.app.host.url)
    await waitForData(page, 'overview')
  })

  afterAll(() => session?.close())

  const english = (view: string): Promise<void> => expectEnglish(page, view, session.app.core.accounts.list().map((a) => a.name))

  it('the checks can fail: the Chinese interface trips them', async () => {
    const { chrome } = await visibleTexts(page)
    expect(chrome.filter((t) => CHINESE.test(t)).length).toBeGreaterThan(10)
    expect(RAW_KEY.test('trend.vsYear')).toBe(true)
    expect(RAW_KEY.test('range.presets.last7')).toBe(true)
    // Not keys: page paths, file names, prose, decimals.
    for (const text of ['pages/order/detail', 'swanboard-2024.xlsx', 'Export the report. Then', '12.50', 'smartprogram.baidu.com']) {
      expect(RAW_KEY.test(text), text).toBe(false)
    }
  })

  it('switches to English', async () => {
    await page.click('[data-testid="locale-switch"]')
    await page.waitForFunction(() => document.documentElement.lang === 'en')
    expect(await page.textContent('[data-testid="tab-overview"]')).toBe('Overview')
    expect(await page.textContent('[data-testid="locale-switch"]')).toContain('中文')
  })

  for (const tab of APP_TABS) {
    it(`${tab.id}: all in English`, async () => {
      await showTab(page, tab.id)
      for (const chart of tab.charts) await expectPainted(page, chart)
      for (const table of tab.tables) expect((await tableRows(page, table)).length, table).toBeGreaterThan(0)
      await english(tab.id)
    })
  }

  for (const sub of SUB_VIEWS) {
    it(`${sub.tab}: every sub-view in English`, async () => {
      await showTab(page, sub.tab)
      for (const button of sub.buttons) {
        await page.click(`[data-testid="${button}"]`)
        await waitForData(page, sub.tab)
        await expect.poll(async () => (await tableRows(page, sub.table)).length, { timeout: 15_000, message: button }).toBeGreaterThan(0)
        await english(`${sub.tab} ${button}`)
      }
    })
  }

  it('trend: both comparisons in English, on the KPI cards too', async () => {
    await showTab(page, 'trend')
    for (const [mode, label] of [
      ['previous', 'vs. previous period'],
      ['year', 'vs. a year before']
    ] as const) {
      await page.click(`[data-testid="compare-${mode}"]`)
      await expect
        .poll(() => page.textContent('[data-testid="kpi-user_count"] [data-testid="change-compare"]'), { timeout: 15_000 })
        .toMatch(new RegExp(`^${label.replace(/\./g, '\\.')}[+−]?\\d+\\.\\d%$`))
      await english(`trend compare ${mode}`)
    }
    await page.click('[data-testid="compare-none"]')
  })

  it('pages: the search box and a filtered table in English', async () => {
    await showTab(page, 'pages')
    await page.fill('[data-testid="pages-search"]', 'order')
    await english('pages filtered')
    await page.fill('[data-testid="pages-search"]', '')
  })

  it('the sync drawer and the settings dialog in English', async () => {
    await page.click('[data-testid="sync-open"]')
    await page.waitForSelector('[data-testid="sync-start"]')
    await english('sync drawer')
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid="sync-start"]', { state: 'hidden' })

    await page.click('[data-testid="settings-open"]')
    await page.waitForSelector('.el-dialog', { state: 'visible' })
    await english('settings dialog')
    await page.keyboard.press('Escape')
    await page.waitForSelector('.el-dialog', { state: 'hidden' })
  })

  it('the TP account: its platform summary in English', async () => {
    await showTpAccount(page)
    for (const table of TP_TAB.tables) expect((await tableRows(page, table)).length, table).toBeGreaterThan(0)
    await english('tp')
  })

  it('logged no console errors (a missing English key would be one)', () => {
    expect(session.errors).toEqual([])
  })
})
