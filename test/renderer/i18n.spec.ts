import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { i18n, messages } from '../../src/renderer/src/i18n'
import { literal } from '../../src/renderer/src/i18n/error-messages'
import { SETTINGS_SECTIONS } from '../../src/renderer/src/components/settings/settings-fields'
import { RANGE_PRESETS } from '../../src/shared/calendar'
import { ERROR_CODES, ERROR_MESSAGES } from '../../src/shared/errors'
import { DEFAULT_APP_SETTINGS, type SyncTaskState } from '../../src/shared/sync'
import { ACCOUNT_KINDS, SECRET_FIELDS } from '../../src/shared/accounts'
import { NEEDS_ACTION_ADVICE } from '../../src/renderer/src/accounts/needs-action'

type Tree = { [key: string]: string | Tree }

function leafPaths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leafPaths(v, `${prefix}${k}.`)
  )
}

function lookup(tree: Tree, path: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return node
}

const zh = messages['zh-CN'] as unknown as Tree
const en = messages.en as unknown as Tree

// Every source file of the renderer, as text.
const sources = import.meta.glob('../../src/renderer/src/**/*.{ts,vue}', {
  query: '?raw',
  import: 'default',
  eager: true
}) as Record<string, string>

/** `t('a.b')`, `$t("a.b")`: literal keys. Not `emit(`, `split(` or `x.t(`. */
const LITERAL_KEY = /(?<![\w$.])\$?t\(\s*(['"])([^'"]+)\1/g
/** `t(\`range.presets.${id}\`)`: the literal prefix of a computed key. */
const DYNAMIC_PREFIX = /(?<![\w$.])\$?t\(\s*`([^`$]*)\$\{/g

function scan(pattern: RegExp, group: number): Array<{ file: string; key: string }> {
  return Object.entries(sources).flatMap(([file, text]) =>
    [...text.matchAll(pattern)].map((m) => ({ file, key: m[group] ?? '' }))
  )
}

describe('i18n messages', () => {
  it('has the same keys, deeply, in zh-CN and en', () => {
    expect(leafPaths(en).sort()).toEqual(leafPaths(zh).sort())
  })

  it('has no empty message', () => {
    for (const tree of [zh, en]) {
      for (const path of leafPaths(tree)) expect(lookup(tree, path), path).not.toBe('')
    }
  })

  it('defines every key the renderer source uses', () => {
    const used = scan(LITERAL_KEY, 2)
    // A broken pattern must not pass silently.
    expect(used.length).toBeGreaterThan(40)
    const missing = used.filter(({ key }) => typeof lookup(zh, key) !== 'string').map((u) => `${u.file}: ${u.key}`)
    expect(missing).toEqual([])
  })

  it('defines a branch for every computed key prefix, with a leaf for each value used', () => {
    const prefixes = [...new Set(scan(DYNAMIC_PREFIX, 1).map((u) => u.key.replace(/\.$/, '')))].sort()
    expect(prefixes).toEqual([
      'accounts.expiry',
      'accounts.form.problems',
      'accounts.kindHelp',
      'accounts.kinds',
      'accounts.needsAction',
      'accounts.needsAction.auth',
      'accounts.secretFields',
      'accounts.secretHints',
      'accounts.tokenTypes',
      'errors',
      'range.presets',
      'settings',
      'settings.fields',
      'sync.taskState'
    ])
    for (const kind of ACCOUNT_KINDS) {
      for (const branch of ['kinds', 'kindHelp', 'needsAction.auth']) expect(typeof lookup(zh, `accounts.${branch}.${kind}`), `${branch} ${kind}`).toBe('string')
    }
    for (const field of SECRET_FIELDS) {
      for (const branch of ['secretFields', 'secretHints']) expect(typeof lookup(zh, `accounts.${branch}.${field}`), `${branch} ${field}`).toBe('string')
    }
    for (const unit of ['days', 'hours', 'minutes']) expect(typeof lookup(zh, `accounts.expiry.${unit}`), unit).toBe('string')
    for (const type of ['developer', 'tp', 'authorizer', 'refresh']) expect(typeof lookup(zh, `accounts.tokenTypes.${type}`), type).toBe('string')
    for (const problem of ['required', 'tooLong', 'tooMany', 'url', 'invalid']) expect(typeof lookup(zh, `accounts.form.problems.${problem}`), problem).toBe('string')
    for (const code of NEEDS_ACTION_ADVICE) expect(typeof lookup(zh, `accounts.needsAction.${code}`), code).toBe('string')
    for (const preset of RANGE_PRESETS) expect(typeof lookup(zh, `range.presets.${preset}`)).toBe('string')
    const states: SyncTaskState[] = ['pending', 'running', 'done', 'skipped', 'error']
    for (const state of states) expect(typeof lookup(zh, `sync.taskState.${state}`), state).toBe('string')
    for (const section of SETTINGS_SECTIONS) {
      expect(typeof lookup(zh, `settings.${section.id}`), section.id).toBe('string')
      const keys = [...section.numbers.map((f) => f.key), ...(section.autoSync ? ['autoSyncOnOpen'] : [])]
      for (const key of keys) {
        expect(typeof lookup(zh, `settings.fields.${key}.label`), key).toBe('string')
        expect(typeof lookup(zh, `settings.fields.${key}.help`), key).toBe('string')
      }
    }
    // Every setting has a control.
    const covered = SETTINGS_SECTIONS.flatMap((s) => [...s.numbers.map((f) => f.key as string), ...(s.autoSync ? ['autoSyncOnOpen'] : [])])
    expect(covered.sort()).toEqual(Object.keys(DEFAULT_APP_SETTINGS).sort())
  })

  it('shows the shared error texts for every code, verbatim, in both languages', () => {
    for (const code of ERROR_CODES) {
      i18n.global.locale.value = 'zh-CN'
      expect(i18n.global.t(`errors.${code}`)).toBe(ERROR_MESSAGES[code].zh)
      i18n.global.locale.value = 'en'
      expect(i18n.global.t(`errors.${code}`)).toBe(ERROR_MESSAGES[code].en)
    }
    i18n.global.locale.value = 'zh-CN'
  })

  it('compiles every message (no stray vue-i18n syntax)', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      i18n.global.locale.value = locale
      for (const path of leafPaths(locale === 'en' ? en : zh)) {
        expect(() => i18n.global.t(path, { n: 1, done: 1, total: 2, time: 't', reason: 'r', file: 'f', metric: 'm', errno: 1, percent: 3, from: 'a', to: 'b', name: 'x', min: 0, max: 9 })).not.toThrow()
      }
    }
    i18n.global.locale.value = 'zh-CN'
  })

  it('quotes shared texts so vue-i18n syntax characters show as typed', () => {
    const text = 'Token {x} expired @ 10:00 | retry: $5'
    const probe = createI18n({ legacy: false, locale: 'en', messages: { en: { m: literal(text) } } })
    expect(probe.global.t('m')).toBe(text)
  })
})
