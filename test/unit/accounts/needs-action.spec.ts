// When a person must act, the account says exactly what: a new TP token, re-authorizing the program
// (its refresh token is spent), the App Key / Secret, or the IP whitelist. Each case is produced by
// the simulator answering as Baidu does, and classified by main from that answer alone.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'
import { createSimulator, DEMO_APPS, DEMO_TP_TOKEN, startSimulatorServer, type Simulator, type SimulatorServer } from '../../../src/main/simulator'
import type { AccountInput } from '../../../src/shared/accounts'
import { tempDir } from '../../support/temp'

const APP = 'sim-1002'
let sim: Simulator
let server: SimulatorServer
let core: Core
const oauthBodies: string[] = []

async function start(): Promise<void> {
  sim = createSimulator()
  server = await startSimulatorServer({ simulator: sim })
  oauthBodies.length = 0
  core = createCore({
    dbPath: ':memory:',
    logger: silentLogger,
    network: { maxAttempts: 1 },
    // Keeps what the refresh endpoint answered, to learn the refresh token the app now holds.
    wrapFetch: (fetch) => async (url, init) => {
      const response = await fetch(url, init)
      if (String(url).includes('/oauth/token')) oauthBodies.push(await response.clone().text())
      return response
    }
  })
}

afterEach(async () => {
  core.close()
  await server.close()
})

const add = (input: Partial<AccountInput> & Pick<AccountInput, 'kind'>) => core.accounts.add({ name: input.kind, appId: APP, baseUrl: server.url, ...input })
const tpRefresh = (over: { tpToken?: string; refreshToken?: string } = {}) =>
  add({ kind: 'tp-refresh', secrets: { tpToken: DEMO_TP_TOKEN, refreshToken: sim.control.issueRefreshToken(APP), ...over } })
const summary = (id: string) => core.accounts.get(id).summary
const refreshUsed = (token: string) => sim.control.tokens.info(token)!.used

/** Trades a refresh token in behind the app's back, as another copy of it elsewhere would. */
async function spend(refreshToken: string): Promise<void> {
  const url = `${server.url}/rest/2.0/oauth/token?access_token=${DEMO_TP_TOKEN}&refresh_token=${refreshToken}&grant_type=app_to_tp_refresh_token`
  expect((await fetch(url)).status).toBe(200)
}

describe('an account that needs a person says which credential to renew', () => {
  it('a TP token the refresh endpoint calls invalid: a new TP token, and the refresh token is not spent', async () => {
    await start()
    const refreshToken = sim.control.issueRefreshToken(APP)
    const account = await tpRefresh({ tpToken: '42.not-a-token-of-this-platform', refreshToken })
    expect((await core.accounts.test(account.id)).error).toMatchObject({ code: 'auth', errno: 110 })
    expect(summary(account.id)).toMatchObject({ needsAction: 'auth', authProblem: 'tp_token' })
    expect(refreshUsed(refreshToken)).toBe(false)
    // A new TP token, and the same refresh token still works.
    await core.accounts.update(account.id, { secrets: { tpToken: DEMO_TP_TOKEN } })
    expect((await core.accounts.test(account.id)).ok).toBe(true)
    expect(refreshUsed(refreshToken)).toBe(true)
    expect(summary(account.id)).toMatchObject({ needsAction: null, authProblem: null })
  })

  it('an expired TP token: a new TP token, for a refreshing account and for a TP platform account alike', async () => {
    await start()
    sim.control.tokens.expire(DEMO_TP_TOKEN)
    const refreshing = await tpRefresh()
    expect((await core.accounts.test(refreshing.id)).error).toMatchObject({ code: 'auth', errno: 111 })
    expect(summary(refreshing.id)).toMatchObject({ needsAction: 'auth', authProblem: 'tp_token' })
    const platform = await add({ kind: 'tp', appId: null, secrets: { tpToken: DEMO_TP_TOKEN } })
    expect((await core.accounts.test(platform.id)).error).toMatchObject({ code: 'auth', errno: 44003 })
    expect(summary(platform.id)).toMatchObject({ needsAction: 'auth', authProblem: 'tp_token' })
  })

  it('a refresh token already used elsewhere: re-authorize the program', async () => {
    await start()
    const refreshToken = sim.control.issueRefreshToken(APP)
    await spend(refreshToken)
    const account = await tpRefresh({ refreshToken })
    const { error } = await core.accounts.test(account.id)
    expect(error).toMatchObject({ code: 'auth', detail: 'refresh token has already been used' })
    expect(error?.errno).toBeUndefined()
    expect(summary(account.id)).toMatchObject({ needsAction: 'auth', authProblem: 'refresh_token' })
  })

  it('an expired access token whose renewal finds the refresh token spent: re-authorize, not "token expired"', async () => {
    await start()
    const account = await tpRefresh()
    expect((await core.accounts.test(account.id)).ok).toBe(true)
    // The refresh token the app holds now is spent elsewhere, then Baidu's clock passes the hour.
    const held = (JSON.parse(oauthBodies.at(-1)!) as { refresh_token: string }).refresh_token
    await spend(held)
    sim.control.advanceClock(3601 * 1000)
    const { error } = await core.accounts.test(account.id)
    // Baidu said 44003 for the data call; the renewal's refusal is what the person needs to know.
    expect(error).toMatchObject({ code: 'auth', detail: 'refresh token has already been used' })
    expect(summary(account.id)).toMatchObject({ needsAction: 'auth', authProblem: 'refresh_token' })
    expect(summary(account.id).health.lastError?.message).toBe('refresh token has already been used')
  })

  it('a wrong App Secret: check the App Key and App Secret', async () => {
    await start()
    const app = DEMO_APPS.find((a) => a.appId === APP)!
    const account = await add({ kind: 'developer', secrets: { appKey: app.appKey!, appSecret: 'not-the-secret' } })
    expect((await core.accounts.test(account.id)).error).toMatchObject({ code: 'auth', detail: 'Client authentication failed' })
    expect(summary(account.id)).toMatchObject({ needsAction: 'auth', authProblem: 'app_credentials' })
    await core.accounts.update(account.id, { secrets: { appSecret: app.appSecret! } })
    expect((await core.accounts.test(account.id)).ok).toBe(true)
    expect(summary(account.id).needsAction).toBeNull()
  })

  it('a network off the IP whitelist: the whitelist, not a credential (and the refresh token is not spent)', async () => {
    await start()
    sim.control.setIpWhitelisted(false)
    const refreshToken = sim.control.issueRefreshToken(APP)
    const refreshing = await tpRefresh({ refreshToken })
    expect((await core.accounts.test(refreshing.id)).error).toMatchObject({ code: 'ip_whitelist', errno: 5 })
    expect(summary(refreshing.id)).toMatchObject({ needsAction: 'ip_whitelist', authProblem: null })
    expect(refreshUsed(refreshToken)).toBe(false)
    const platform = await add({ kind: 'tp', appId: null, secrets: { tpToken: DEMO_TP_TOKEN } })
    expect((await core.accounts.test(platform.id)).error).toMatchObject({ code: 'ip_whitelist', errno: 40008 })
    expect(summary(platform.id)).toMatchObject({ needsAction: 'ip_whitelist', authProblem: null })
    // Back on a whitelisted network, both work again without any edit.
    sim.control.setIpWhitelisted(true)
    expect((await core.accounts.test(refreshing.id)).ok).toBe(true)
    expect((await core.accounts.test(platform.id)).ok).toBe(true)
    expect([summary(refreshing.id).needsAction, summary(platform.id).needsAction]).toEqual([null, null])
  })

  it('keeps the credential to renew across a restart', async () => {
    await start()
    const path = join(tempDir(), 'c.db')
    core.close()
    core = createCore({ dbPath: path, logger: silentLogger, network: { maxAttempts: 1 } })
    const account = await tpRefresh({ tpToken: '42.not-a-token-of-this-platform' })
    await core.accounts.test(account.id)
    core.close()
    core = createCore({ dbPath: path, logger: silentLogger })
    expect(summary(account.id)).toMatchObject({ needsAction: 'auth', authProblem: 'tp_token' })
  })
})
