import { describe, expect, it } from 'vitest'
import { buildAdd, buildChange, draftOf, emptyDraft } from '../../src/renderer/src/accounts/form-model'
import { displayOrder, groupAccounts, matchesFilter, moveAccount } from '../../src/renderer/src/accounts/groups'
import { expiryOf, timeAgo } from '../../src/renderer/src/accounts/time'
import { prefixMismatch } from '../../src/renderer/src/accounts/tokens'
import { OFFICIAL_API_BASE_URL } from '../../src/shared/accounts'
import { account } from './support/fixtures'

const NOW = Date.UTC(2024, 4, 1, 4, 0)
const MIN = 60_000

describe('account groups', () => {
  const list = [
    account({ id: 'a' }),
    account({ id: 'b', tags: ['电商', '正式'] }),
    account({ id: 'c', tags: ['资讯'] }),
    account({ id: 'd', tags: ['电商'] }),
    account({ id: 'e' })
  ]

  it('groups by first tag in the order the user put them, untagged last', () => {
    const groups = groupAccounts(list)
    expect(groups.map((g) => [g.tag, g.accounts.map((a) => a.id)])).toEqual([
      ['电商', ['b', 'd']],
      ['资讯', ['c']],
      [null, ['a', 'e']]
    ])
    expect(displayOrder(list).map((a) => a.id)).toEqual(['b', 'd', 'c', 'a', 'e'])
  })

  it('moves within the group and answers the whole new order as shown', () => {
    expect(moveAccount(list, 'd', -1)).toEqual(['d', 'b', 'c', 'a', 'e'])
    expect(moveAccount(list, 'a', 1)).toEqual(['b', 'd', 'c', 'e', 'a'])
    expect(moveAccount(list, 'b', -1)).toBeNull()
    expect(moveAccount(list, 'c', 1)).toBeNull()
    expect(moveAccount(list, 'missing', 1)).toBeNull()
  })

  it('filters by name, app id, kind label and tag', () => {
    const shop = account({ id: 'x', name: '商城', appId: 'sim-1002', tags: ['Retail'] })
    expect(matchesFilter(shop, '', '授权小程序令牌')).toBe(true)
    expect(matchesFilter(shop, '1002', '授权小程序令牌')).toBe(true)
    expect(matchesFilter(shop, 'retail', '授权小程序令牌')).toBe(true)
    expect(matchesFilter(shop, '令牌', '授权小程序令牌')).toBe(true)
    expect(matchesFilter(shop, '资讯', '授权小程序令牌')).toBe(false)
  })
})

describe('token expiry and time ago', () => {
  it('counts down in the nearest unit, warns under ten minutes, and says when it is past', () => {
    expect(expiryOf(NOW + 3600_000, NOW)).toEqual({ state: 'ok', amount: 1, unit: 'hours' })
    expect(expiryOf(NOW + 3600_000 - 1000, NOW)).toEqual({ state: 'ok', amount: 1, unit: 'hours' })
    expect(expiryOf(NOW + 30 * 24 * 3600_000, NOW)).toEqual({ state: 'ok', amount: 30, unit: 'days' })
    expect(expiryOf(NOW + 25 * MIN, NOW)).toEqual({ state: 'ok', amount: 25, unit: 'minutes' })
    expect(expiryOf(NOW + 10 * MIN, NOW)).toEqual({ state: 'soon', amount: 10, unit: 'minutes' })
    expect(expiryOf(NOW + 20_000, NOW)).toEqual({ state: 'soon', amount: 1, unit: 'minutes' })
    expect(expiryOf(NOW, NOW).state).toBe('expired')
    expect(expiryOf(NOW - 5 * MIN, NOW).state).toBe('expired')
  })

  it('says how long ago in the UI language, nothing under a minute', () => {
    expect(timeAgo(NOW - 10_000, NOW, 'zh-CN')).toBeNull()
    expect(timeAgo(NOW - 3 * MIN, NOW, 'zh-CN')).toBe('3分钟前')
    expect(timeAgo(NOW - 3 * MIN, NOW, 'en')).toBe('3 minutes ago')
    expect(timeAgo(NOW - 5 * 3600_000, NOW, 'en')).toBe('5 hours ago')
    expect(timeAgo(NOW - 3 * 24 * 3600_000, NOW, 'en')).toBe('3 days ago')
  })
})

describe('token prefixes', () => {
  it('warns when a pasted token has another prefix, naming what it looks like', () => {
    expect(prefixMismatch('token', '45.abc')).toBeNull()
    expect(prefixMismatch('token', '  ')).toBeNull()
    expect(prefixMismatch('token', '42.abc')).toEqual({ expected: '45.', actual: '42.', looksLike: 'tp' })
    expect(prefixMismatch('refreshToken', '24.abc')).toEqual({ expected: '46.', actual: '24.', looksLike: 'developer' })
    expect(prefixMismatch('tpToken', 'abc')).toEqual({ expected: '42.', actual: null, looksLike: null })
    expect(prefixMismatch('tpToken', '12.abc')).toEqual({ expected: '42.', actual: '12.', looksLike: null })
    // App keys have no prefix to check.
    expect(prefixMismatch('appKey', 'anything')).toBeNull()
  })
})

describe('account form model', () => {
  it('builds a new account with only its kind\'s secrets, trimmed', () => {
    const draft = { ...emptyDraft('tp-refresh'), name: ' 商城 ', appId: ' app-1 ', tags: ['电商', ' 电商 ', ''] }
    const built = buildAdd(draft, { tpToken: ' 42.tp ', refreshToken: '46.r', token: '45.never-sent' })
    expect(built).toEqual({
      ok: true,
      value: {
        name: '商城',
        kind: 'tp-refresh',
        appId: 'app-1',
        baseUrl: OFFICIAL_API_BASE_URL,
        notes: '',
        tags: ['电商'],
        secrets: { tpToken: '42.tp', refreshToken: '46.r' }
      }
    })
  })

  it('needs a name, an app id (except for a platform) and every secret of a new account', () => {
    const built = buildAdd({ ...emptyDraft('authorizer'), baseUrl: 'ftp://x' }, {})
    expect(built.ok).toBe(false)
    if (built.ok) return
    expect(built.errors).toEqual({ name: { key: 'required' }, appId: { key: 'required' }, token: { key: 'required' }, baseUrl: { key: 'url' } })

    const tp = buildAdd({ ...emptyDraft('tp'), name: '平台', appId: 'ignored' }, { tpToken: '42.x' })
    expect(tp.ok && tp.value.appId).toBeNull()
  })

  it('reports lengths from the schema', () => {
    const built = buildAdd({ ...emptyDraft(), name: 'x'.repeat(101), appId: 'a', tags: ['t'.repeat(41)] }, { token: '45.x' })
    expect(built.ok).toBe(false)
    if (built.ok) return
    expect(built.errors).toEqual({ name: { key: 'tooLong', max: 100 }, tags: { key: 'tooLong', max: 40 } })
    const many = buildAdd({ ...emptyDraft(), name: 'n', appId: 'a', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, { token: '45.x' })
    expect(!many.ok && many.errors.tags).toEqual({ key: 'tooMany', max: 20 })
  })

  it('sends only what an edit changed: empty secrets are kept, cleared ones sent as empty', () => {
    const original = account({ id: 'a', name: '商城', kind: 'tp-refresh', appId: 'app-1', tags: ['电商'], secrets: { tpToken: '••••tp01', refreshToken: '••••rf01' } })
    const draft = draftOf(original)
    expect(buildChange(original, draft, {}, [])).toEqual({ ok: true, value: {} })

    const edited = { ...draft, name: '商城（正式）', notes: '负责人：王', tags: ['电商', '正式'] }
    expect(buildChange(original, edited, { tpToken: '', refreshToken: '46.new' }, [])).toEqual({
      ok: true,
      value: { name: '商城（正式）', notes: '负责人：王', tags: ['电商', '正式'], secrets: { refreshToken: '46.new' } }
    })
    expect(buildChange(original, draft, { refreshToken: '46.typed-then-cleared' }, ['refreshToken'])).toEqual({
      ok: true,
      value: { secrets: { refreshToken: '' } }
    })
  })

  it('still checks an edit against the schema and the app id rule', () => {
    const original = account({ id: 'a', appId: 'app-1' })
    const built = buildChange(original, { ...draftOf(original), name: ' ', appId: '' }, {}, [])
    expect(!built.ok && built.errors).toEqual({ name: { key: 'required' }, appId: { key: 'required' } })
  })
})
