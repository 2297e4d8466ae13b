// Without a base URL of their own, a new account and `swanboard fetch` reach Baidu's real API at
// https://openapi.baidu.com. The transport is replaced by a recorder: nothing leaves the machine.
import { describe, expect, it, vi } from 'vitest'
import type { FetchLike } from '../../../src/main/baidu'
import type { CliIO } from '../../../src/main/cli/io'
import { buildProgram } from '../../../src/main/cli/program'
import { createCore } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'

const OFFICIAL = 'https://openapi.baidu.com'
const asked: URL[] = []

/** Answers every call with one day of activity, and records where it was sent. */
const recorder: FetchLike = async (url) => {
  asked.push(new URL(url))
  const row = { name: '2026/09/01', user_count: 1, weekly_user_count: 1, monthly_user_count: 1, lost_ratio: 0, accumulative_user_count: 1 }
  return Response.json({ errno: 0, msg: 'success', data: { time_span: '2026/09/01 - 2026/09/01', offset: 0, total: 1, data_list: [row] } })
}

vi.mock('../../../src/main/baidu/http-fetch', () => ({ createHttpFetch: () => recorder }))

describe('the default base URL', () => {
  it('of a new account is the official API, and its reports go there', async () => {
    asked.length = 0
    const core = createCore({ dbPath: ':memory:', logger: silentLogger, now: () => Date.UTC(2026, 10, 21, 4) })
    const account = await core.accounts.add({ name: '正式账号', kind: 'authorizer', appId: '12345', secrets: { token: '45.a-real-looking-token' } })
    expect(account.baseUrl).toBe(OFFICIAL)
    await core.reports.get({ accountId: account.id, report: 'activity', variant: {}, from: '20260901', to: '20260901' })
    expect(asked.map((u) => `${u.origin}${u.pathname}`)).toEqual([`${OFFICIAL}/rest/2.0/smartapp/data/getanalysisactivityuser`])
    core.close()
  })

  it('of `swanboard fetch` without --base-url is the official API', async () => {
    asked.length = 0
    let out = ''
    let err = ''
    let code = -1
    const io: CliIO = { out: (t) => void (out += t), err: (t) => void (err += t), env: { LANG: 'en_US.UTF-8' } }
    await buildProgram(io, (c) => (code = c)).parseAsync(['node', 'swanboard', 'fetch', 'activity', '--token', '45.t', '--from', '20260901', '--to', '20260901'])
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(JSON.parse(out)).toMatchObject({ report: 'activity', total: 1 })
    expect(asked.map((u) => `${u.origin}${u.pathname}`)).toEqual([`${OFFICIAL}/rest/2.0/smartapp/data/getanalysisactivityuser`])
  })
})
