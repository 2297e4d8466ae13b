// What the operator reads for a failure: the code's words, or an errno's own when it has some.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { i18n } from '../../src/renderer/src/i18n'
import { useErrorText } from '../../src/renderer/src/i18n/use-error-text'
import { ERRNO_MESSAGES, ERROR_MESSAGES, type ErrorCode } from '../../src/shared/errors'

function textOf(error: { code: ErrorCode; errno?: number } | ErrorCode): string {
  const Probe = defineComponent({
    setup() {
      const errorText = useErrorText()
      return () => h('p', errorText(error))
    }
  })
  return mount(Probe, { global: { plugins: [i18n] } }).text()
}

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('useErrorText', () => {
  it('says what the code means, in the UI language', () => {
    expect(textOf('permission')).toBe(ERROR_MESSAGES.permission.zh)
    expect(textOf({ code: 'permission', errno: 6001 })).toBe(ERROR_MESSAGES.permission.zh)
    i18n.global.locale.value = 'en'
    expect(textOf({ code: 'quota', errno: 50029 })).toBe(ERROR_MESSAGES.quota.en)
  })

  it('says a missing smart program (errno 45000) is missing, not a missing permission', () => {
    expect(textOf({ code: 'permission', errno: 45000 })).toBe(ERRNO_MESSAGES[45000]!.zh)
    expect(textOf({ code: 'permission', errno: 45000 })).toContain('小程序不存在')
    i18n.global.locale.value = 'en'
    expect(textOf({ code: 'permission', errno: 45000 })).toMatch(/^The smart program does not exist/)
  })
})
