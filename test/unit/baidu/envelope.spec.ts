// Every error shape Baidu (or a proxy in front of it) can answer with, classified.
import { describe, expect, it } from 'vitest'
import { createBaiduClient, type ApiError, type FetchLike } from '../../../src/main/baidu'

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
    [{ errno: 44003, msg: 'token expired' }, 'auth', 44003],
    [{ errno: 44002, msg: 'revoked' }, 'auth', 44002],
    [{ errno: 40008, msg: 'ip not in whitelist' }, 'ip_whitelist', 40008],
    [{ errno: 50029, msg: 'quota' }, 'quota', 50029],
    [{ errno: 6001, msg: 'no permission' }, 'permission', 6001],
    [{ errno: 50032, msg: 'no authorization' }, 'permission', 50032],
    [{ errno: 1000, msg: 'busy' }, 'transient', 1000],
    [{ errno: '5000', msg: 'busy' }, 'transient', 5000],
    [{ errno: 40001, msg: '参数错误' }, 'invalid_param', 40001],
    [{ errno: 987654, msg: 'new' }, 'protocol', 987654],
    [{ error_code: 110, error_msg: 'Access token invalid or no longer valid' }, 'auth', 110],
    [{ error_code: 18, error_msg: 'Open api qps request limit reached' }, 'quota', 18],
    [{ error: 'invalid_grant', error_description: 'refresh token has been used' }, 'auth', undefined]
  ])('%j → %s', async (body, code, errno) => {
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
