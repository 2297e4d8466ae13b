// Every call passes one gate: known channel, valid input, errors as envelopes that leak nothing.
import { describe, expect, it } from 'vitest'
import { AppError } from '../../src/main/app-error'
import { ApiError } from '../../src/main/baidu'
import { dispatch } from '../../src/main/dispatch'
import type { Handlers } from '../../src/main/handlers'
import { createLogger } from '../../src/main/log'

const lines: string[] = []
const logger = createLogger((l) => lines.push(l))
const ctx = { emit: () => undefined }

function handlers(overrides: Partial<Handlers>): Handlers {
  const fail = async (): Promise<never> => {
    throw new Error('not under test')
  }
  return {
    'app:info': fail,
    'accounts:list': fail,
    'accounts:add': fail,
    'accounts:update': fail,
    'accounts:remove': fail,
    'accounts:reorder': fail,
    'accounts:test': fail,
    'accounts:export': fail,
    'accounts:import': fail,
    'accounts:restore-demo': fail,
    'reports:get': fail,
    'export:start': fail,
    'export:cancel': fail,
    'shell:open-external': fail,
    'sync:start': fail,
    'sync:cancel': fail,
    'sync:status': fail,
    'sync:interrupted': fail,
    'sync:dismiss-interrupted': fail,
    'settings:get': fail,
    'settings:set': fail,
    ...overrides
  }
}

const query = { accountId: 'a', report: 'trend', variant: { gran: 'day' }, from: '20190410', to: '20190415' }

describe('dispatch', () => {
  it('passes valid input to the handler and wraps the result', async () => {
    let seen: unknown
    const h = handlers({ 'reports:get': async (input) => ((seen = input), { ok: 1 } as never) })
    expect(await dispatch(h, 'reports:get', query, ctx, logger)).toEqual({ ok: true, data: { ok: 1 } })
    expect(seen).toEqual(query)
  })

  it.each([
    [{ ...query, variant: { gran: 'year' } }, 'variant'],
    [{ ...query, report: 'nope' }, 'report'],
    [{ ...query, from: '2019-04-10' }, 'from'],
    [{ ...query, from: '20190230' }, 'from'],
    [{ ...query, from: '20190416' }, 'to'],
    [{ ...query, extra: 1 }, ''],
    [null, ''],
    ['reports', '']
  ])('rejects %j as invalid_input before any handler runs', async (input, path) => {
    let ran = false
    const h = handlers({ 'reports:get': async () => ((ran = true), {} as never) })
    const result = await dispatch(h, 'reports:get', input, ctx, logger)
    expect(result).toMatchObject({ ok: false, code: 'invalid_input', retryable: false })
    if (path && !result.ok) expect(result.message).toContain(path)
    expect(ran).toBe(false)
  })

  it('answers an unknown or inherited channel with not_found', async () => {
    for (const channel of ['nope:nothing', '__proto__', 'constructor', 'toString']) {
      expect(await dispatch(handlers({}), channel, undefined, ctx, logger)).toMatchObject({ ok: false, code: 'not_found' })
    }
  })

  it('turns a classified failure into its envelope, with errno and Baidu’s words', async () => {
    const h = handlers({
      'reports:get': async () => {
        throw new ApiError({ code: 'ip_whitelist', errno: 40008, message: 'trend: errno 40008', apiMessage: 'ip denied' })
      }
    })
    expect(await dispatch(h, 'reports:get', query, ctx, logger)).toEqual({
      ok: false,
      code: 'ip_whitelist',
      errno: 40008,
      detail: 'ip denied',
      message: 'trend: errno 40008',
      retryable: false
    })
    expect((await dispatch(handlers({ 'app:info': async () => { throw new AppError('timeout', 't') } }), 'app:info', undefined, ctx, logger))).toMatchObject({ retryable: true })
  })

  it('hides an unexpected failure behind `internal`, and logs it redacted', async () => {
    const h = handlers({
      'app:info': async () => {
        throw new Error('boom at /home/me/secret access_token=45.abcdefghijklmnop')
      }
    })
    expect(await dispatch(h, 'app:info', undefined, ctx, logger)).toEqual({ ok: false, code: 'internal', message: 'internal error', retryable: false })
    expect(lines.at(-1)).toContain('boom')
    expect(lines.at(-1)).not.toContain('abcdefghijklmnop')
  })
})
