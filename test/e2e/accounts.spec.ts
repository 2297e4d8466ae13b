// Managing accounts in Chromium through the browser host: add one reaching the HTTP simulator,
// test it, edit it, show its reports, add a broken one and remove it. No secret ever reaches the page.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, DEMO_APPS, startSimulatorServer, type SimulatorServer } from '../../src/main/simulator'
import { ERROR_MESSAGES } from '../../src/shared/errors'
import { tempDir } from '../support/temp'
import { startApp, tableRows, watchErrors, type RunningApp } from './support/app'
import { chromiumOrSkip, launchChromium, type LaunchedBrowser } from './support/chromium'

const executable = chromiumOrSkip()
const TOKEN = DEMO_APPS[1]!.token
const WRONG_TOKEN = '45.not-a-real-token-7f3e'

// Every push event's data, recorded in the page before the app opens its EventSource.
const RECORD_EVENTS = `
  window.__events = []
  const add = EventSource.prototype.addEventListener
  EventSource.prototype.addEventListener = function (type, listener, options) {
    return add.call(this, type, (event) => { window.__events.push(String(event.data)); listener(event) }, options)
  }
`

function rowSelector(name: string): string {
  return `[data-testid="account-row"]:has([data-testid="account-name"]:text-is("${name}"))`
}

describe.runIf(executable)('account manager end to end (Chromium, browser host, HTTP simulator)', () => {
  const dir = tempDir()
  let simulator: SimulatorServer
  let app: RunningApp
  let browser: LaunchedBrowser
  let page: Page
  let errors: string[]
  const bodies: string[] = []
  const pending: Promise<void>[] = []

  beforeAll(async () => {
    simulator = await startSimulatorServer({ simulator: createSimulator() })
    app = await startApp(dir, { settings: { autoSyncOnOpen: false } })
    browser = await launchChromium(executable!)
    const context = await browser.browser.newContext({ locale: 'zh-CN', viewport: { width: 1360, height: 900 } })
    await context.addInitScript(RECORD_EVENTS)
    page = await context.newPage()
    errors = watchErrors(page)
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname
      if (r.status() >= 400) errors.push(`${r.status()} ${path}`)
      // The event stream never ends; its data is recorded in the page instead.
      if (path.startsWith('/api/') && !path.startsWith('/api/events')) {
        pending.push(r.text().then((b) => void bodies.push(b), () => undefined))
      }
    })
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

  async function openManager(): Promise<void> {
    if (await page.isVisible('[data-testid="accounts-panel"]')) return
    await page.click('[data-testid="accounts-open"]')
    await page.waitForSelector('[data-testid="accounts-panel"]', { state: 'visible' })
  }

  async function addAccount(name: string, appId: string, token: string): Promise<void> {
    await page.click('[data-testid="account-add"]')
    await page.waitForSelector('[data-testid="account-form"]', { state: 'visible' })
    await page.fill('[data-testid="account-name-input"]', name)
    await page.fill('[data-testid="account-app-id-input"]', appId)
    await page.fill('[data-testid="account-secret-input-token"]', token)
    await page.click('[data-testid="account-advanced"]')
    await page.fill('[data-testid="account-base-url-input"]', simulator.url)
    await page.click('[data-testid="account-save"]')
    await page.waitForSelector('[data-testid="account-form"]', { state: 'hidden' })
    await page.waitForSelector(rowSelector(name))
  }

  it('adds an authorizer account reaching the simulator and lists it with its masked token only', async () => {
    await openManager()
    // The demo accounts come first.
    expect(await page.locator('[data-testid="account-row"]').count()).toBeGreaterThan(1)
    await addAccount('测试账号', 'sim-1002', TOKEN)
    const row = page.locator(rowSelector('测试账号'))
    expect(await row.locator('[data-testid="account-kind-label"]').textContent()).toBe('授权小程序令牌')
    expect(await row.locator('[data-testid="account-app-id"]').textContent()).toBe('sim-1002')
    expect(await row.locator('[data-testid="account-base-url"]').textContent()).toBe(simulator.url)
    expect((await row.locator('[data-testid="account-secret-token"]').textContent())?.trim()).toBe(`••••${TOKEN.slice(-4)}`)
    expect(await page.inputValue('[data-testid="account-secret-input-token"]').catch(() => '')).toBe('')
  })

  it('tests the connection: OK with its latency, and health shows the recent success', async () => {
    const row = page.locator(rowSelector('测试账号'))
    expect(await row.locator('[data-testid="account-health"]').textContent()).toContain('还没有成功调用过')
    await row.locator('[data-testid="account-test"]').click()
    const result = row.locator('[data-testid="account-test-result"][data-state="ok"]')
    await result.waitFor()
    expect(await result.textContent()).toMatch(/连接正常 · \d+ ms/)
    await expect.poll(() => row.locator('[data-testid="account-health-ok"]').textContent(), { timeout: 10_000 }).toContain('上次成功：刚刚')
  })

  it('edits it: renamed, tagged and annotated', async () => {
    await page.locator(rowSelector('测试账号')).locator('[data-testid="account-edit"]').click()
    await page.waitForSelector('[data-testid="account-form"]', { state: 'visible' })
    expect(await page.getAttribute('[data-testid="account-secret-input-token"]', 'placeholder')).toBe(`已保存 ••••${TOKEN.slice(-4)}，留空则保持不变`)
    await page.fill('[data-testid="account-name-input"]', '测试账号（资讯）')
    await page.click('[data-testid="account-tags"]')
    await page.keyboard.type('正式')
    await page.keyboard.press('Enter')
    await page.fill('[data-testid="account-notes-input"]', '负责人：王')
    await page.click('[data-testid="account-save"]')
    await page.waitForSelector('[data-testid="account-form"]', { state: 'hidden' })

    const row = page.locator(rowSelector('测试账号（资讯）'))
    await row.waitFor()
    expect(await row.locator('[data-testid="account-tag"]').allTextContents()).toEqual(['正式'])
    expect(await row.locator('[data-testid="account-notes"]').textContent()).toBe('负责人：王')
    // Tagged, it moved into a group of its own.
    const group = page.locator('[data-testid="account-group"][data-tag="正式"]')
    expect(await group.locator('[data-testid="account-name"]').allTextContents()).toEqual(['测试账号（资讯）'])
    expect(await page.locator(rowSelector('测试账号')).count()).toBe(0)
  })

  it('shows the trend of the new account once chosen in the picker', async () => {
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid="accounts-panel"]', { state: 'hidden' })
    const before = await tableRows(page, 'trend-table')
    const id = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="account-row"]')].find((r) => r.textContent?.includes('测试账号（资讯）'))?.getAttribute('data-account-id')
    )
    expect(id).toBeTruthy()
    await page.click('[data-testid="account-picker"]')
    await page.click(`[data-testid="account-option"][data-account-id="${id}"]`)
    await expect.poll(() => page.textContent('[data-testid="account-picker"]')).toContain('测试账号（资讯）')
    await expect.poll(async () => JSON.stringify(await tableRows(page, 'trend-table')), { timeout: 15_000 }).not.toBe(JSON.stringify(before))
    const rows = await tableRows(page, 'trend-table')
    expect(rows).toHaveLength(30)
    // sim-1002 has about twelve thousand users a day, far more than the demo's first app.
    const users = Number((rows[0]![1] ?? '').replace(/,/g, ''))
    expect(users).toBeGreaterThan(1000)
  })

  it('adds an account with a wrong token: the test fails with the translated auth error, shown in its health', async () => {
    await openManager()
    await addAccount('错误令牌', 'sim-1003', WRONG_TOKEN)
    const row = page.locator(rowSelector('错误令牌'))
    await row.locator('[data-testid="account-test"]').click()
    const result = row.locator('[data-testid="account-test-result"][data-state="failed"]')
    await result.waitFor()
    expect(await result.textContent()).toContain(ERROR_MESSAGES.auth.zh)
    await expect.poll(() => row.locator('[data-testid="account-health-error"]').textContent(), { timeout: 10_000 }).toContain(ERROR_MESSAGES.auth.zh)
    await expect.poll(() => row.locator('[data-testid="account-needs-action"]').count(), { timeout: 10_000 }).toBe(1)
  })

  it('removes it after confirming', async () => {
    await page.locator(rowSelector('错误令牌')).locator('[data-testid="account-remove"]').click()
    await page.waitForSelector('[data-testid="account-remove-confirm"]', { state: 'visible' })
    expect(await page.textContent('[data-testid="account-remove-name"]')).toContain('错误令牌')
    await page.click('[data-testid="account-remove-confirm"]')
    await page.waitForSelector(rowSelector('错误令牌'), { state: 'detached' })
    expect(app.core.accounts.list().some((a) => a.name === '错误令牌')).toBe(false)
    expect(app.core.accounts.list().some((a) => a.name === '测试账号（资讯）')).toBe(true)
  })

  it('never put a token in the page, in an API answer or in a pushed event', async () => {
    await Promise.all(pending)
    expect(bodies.length).toBeGreaterThan(5)
    const events = await page.evaluate(() => (window as unknown as { __events: string[] }).__events)
    expect(events.some((e) => e.includes('测试账号'))).toBe(true)
    const html = await page.content()
    for (const secret of [TOKEN, WRONG_TOKEN]) {
      expect(html).not.toContain(secret)
      expect(bodies.filter((b) => b.includes(secret))).toEqual([])
      expect(events.filter((e) => e.includes(secret))).toEqual([])
    }
  })

  it('logged no console errors', () => {
    expect(errors).toEqual([])
  })
})
