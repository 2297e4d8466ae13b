// Every error shape Baidu (or a proxy in front of it) can answer with, classified.
import { describe, expect, it } from 'vitest'
import { createBaiduClient, type ApiError, type FetchLike } from '../../../src/main/baidu'
import { unwrapEnvelope } from '../../../src/main/baidu/envelope'
import { reportError } from '../../../src/main/cli/io'
import { ERROR_MESSAGES, errorMessage, type ErrorCode } from '../../../src/shared/errors'

function answering(status: number, body: string): FetchLike {
  return async () => new Response(body, { status, headers: { 'content-type': 'application/json' } })
}

async function classify(status: number, body: string): Promise<ApiError> {
  const client = createBaiduClient({ baseUrl: 'http://x.invalid', fetch: answering(status, body), token: async () => '45.t', settings: { maxAttempts: 1 } })
  try {
    await client.fetch({ report: 'trend', variant: { gran: 'day' }, from: '20190410', to: '20190415' })
  } catch (err) {
    return err as ApiError
  }
  throw new Error('expected a failure')
}

describe('error classification', () => {
  it.each([
    [{ errno: 987654, msg: 'new' }, 'protocol', 987654],
    [{ error_code: 987, error_msg: 'new' }, 'protocol', 987]
  ])('an unknown code %j → %s', async (body, code, errno) => {
    const err = await classify(200, JSON.stringify(body))
    expect(err.code).toBe(code)
    expect(err.errno).toBe(errno)
  })

  it('keeps Baidu’s own words as detail', async () => {
    expect((await classify(200, JSON.stringify({ errno: 40008, msg: 'ip 1.2.3.4 denied' }))).detail).toBe('ip 1.2.3.4 denied')
  })

  it.each([
    [502, '<html><body>Bad Gateway</body></html>'],
    [200, '{"errno":0,"msg":"success","data":{"tot'],
    [503, ''],
    [200, '<!DOCTYPE html><title>维护中</title>']
  ])('HTTP %i with an unreadable body is transient', async (status, body) => {
    expect(await classify(status, body)).toMatchObject({ code: 'transient', retryable: true, httpStatus: status })
  })

  it('an HTTP 500 JSON body that is no envelope is transient; a 404 one is a protocol error', async () => {
    expect((await classify(500, '{"oops":true}')).code).toBe('transient')
    expect((await classify(404, '{"oops":true}')).code).toBe('protocol')
  })

  it('a success envelope whose data is not a trend answer is a protocol error', async () => {
    expect((await classify(200, JSON.stringify({ errno: 0, msg: 'success', data: { data_list: 'nope' } }))).code).toBe('protocol')
  })

  it.each([
    [429, '<html>Too Many Requests</html>', 'quota'],
    [429, '{"oops":1}', 'quota'],
    [401, '', 'auth'],
    [403, '<html>Forbidden</html>', 'permission'],
    [408, '', 'transient'],
    [400, '<html>Bad Request</html>', 'transient']
  ])('HTTP %i with %j says %s', async (status, body, code) => {
    expect((await classify(status, body)).code).toBe(code)
  })

  it('an envelope beats the status it came with', async () => {
    expect((await classify(503, JSON.stringify({ errno: 50029, msg: 'quota' }))).code).toBe('quota')
    expect((await classify(429, JSON.stringify({ errno: 44003, msg: 'expired' }))).code).toBe('auth')
  })
})

// Every errno and gateway error_code of ../shared/reference/api-facts.md (the reference text itself
// names only 40001), with the stable code each must become.
const ERRNO_TABLE: [number, ErrorCode][] = [
  [1000, 'transient'],
  [5000, 'transient'],
  [6002, 'transient'],
  [500, 'transient'],
  [501, 'transient'],
  [2002, 'invalid_param'],
  [40001, 'invalid_param'],
  [6001, 'permission'],
  [44001, 'permission'],
  [40007, 'permission'],
  [45001, 'permission'],
  [40008, 'ip_whitelist'],
  [44002, 'auth'],
  [44003, 'auth'],
  [44004, 'auth'],
  [45000, 'permission'],
  [50029, 'quota'],
  [50032, 'permission']
]
const GATEWAY_TABLE: [number, ErrorCode][] = [
  [110, 'auth'],
  [111, 'auth'],
  [4, 'quota'],
  [17, 'quota'],
  [18, 'quota'],
  [5, 'ip_whitelist']
]

describe('the error taxonomy of api-facts.md', () => {
  it.each(ERRNO_TABLE)('errno %i → %s, retried only when transient', async (errno, code) => {
    for (const body of [{ errno, msg: 'm' }, { errno: String(errno), msg: 'm' }]) {
      const err = await classify(200, JSON.stringify(body))
      expect(err).toMatchObject({ code, errno, retryable: code === 'transient', detail: 'm' })
    }
  })

  it('errno 40018 (past the last page) is the end of paging, never a failure', async () => {
    expect(() => unwrapEnvelope({ errno: 40018, msg: 'offset' }, 'getanalysisregion', 200)).toThrow(expect.objectContaining({ code: 'invalid_param', errno: 40018 }))
    const client = createBaiduClient({ baseUrl: 'http://x.invalid', fetch: answering(200, '{"errno":40018,"msg":"offset"}'), token: async () => '45.t', settings: { maxAttempts: 1 } })
    const fetched = await client.fetch({ report: 'region', variant: {}, from: '20190410', to: '20190415' })
    expect(fetched.data.rows).toEqual([])
  })

  it.each(GATEWAY_TABLE)('gateway error_code %i → %s', async (errno, code) => {
    expect(await classify(200, JSON.stringify({ error_code: errno, error_msg: 'm' }))).toMatchObject({ code, errno, retryable: false, detail: 'm' })
  })

  it.each([
    ['invalid_grant', 'auth'],
    ['expired_token', 'auth'],
    ['invalid_token', 'auth'],
    ['invalid_client', 'auth'],
    ['unauthorized_client', 'permission'],
    ['server_error', 'protocol']
  ] as const)('OAuth error %s → %s', async (error, code) => {
    expect(await classify(401, JSON.stringify({ error, error_description: 'd' }))).toMatchObject({ code, detail: 'd' })
  })

  it('gives each errno words that fit it; 45000 says the program does not exist, not that a permission is missing', () => {
    for (const [errno, code] of ERRNO_TABLE) {
      for (const locale of ['zh-CN', 'en'] as const) expect(errorMessage(code, locale, errno)).not.toBe('')
    }
    expect(errorMessage('permission', 'en', 45000)).toMatch(/^The smart program does not exist/)
    expect(errorMessage('permission', 'zh-CN', 45000)).toMatch(/^小程序不存在/)
    expect(errorMessage('permission', 'en', 45000)).not.toBe(ERROR_MESSAGES.permission.en)
    expect(errorMessage('permission', 'en', 6001)).toBe(ERROR_MESSAGES.permission.en)
    expect(errorMessage('permission', 'zh-CN', 50032)).toContain('重新授权')
  })

  it('the CLI prints an errno’s own words', async () => {
    let err = ''
    const err45000 = await classify(200, JSON.stringify({ errno: 45000, msg: 'app not exist' }))
    reportError({ out: () => undefined, err: (t) => void (err += t), env: {} }, err45000, 'en')
    expect(err).toContain('swanboard: permission (errno 45000): The smart program does not exist')
    expect(err).toContain('app not exist')
  })
})
