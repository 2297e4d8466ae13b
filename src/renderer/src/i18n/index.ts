import { createI18n } from 'vue-i18n'
import type { Locale } from '../../../shared/reports'
import en from './en'
import zhCN, { type MessageSchema } from './zh-CN'

export const DEFAULT_LOCALE: Locale = 'zh-CN'

export const messages: Record<Locale, MessageSchema> = { 'zh-CN': zhCN, en }

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: DEFAULT_LOCALE,
  fallbackLocale: DEFAULT_LOCALE,
  messages,
  // A key with no text in the shown language is a bug in any build: say so on the console, with the
  // key, while the fallback text still shows. Not limited to development builds on purpose: the
  // Chromium e2e tests drive the production build (`electron-vite build`) and fail on console
  // errors, which is what makes "every key translated" checkable there; users never see it.
  // vue-i18n's own warnings stay off (with a handler set they are skipped anyway).
  missing: (locale, key) => {
    console.error(`[i18n] no ${locale} message for "${key}"`)
  },
  missingWarn: false,
  fallbackWarn: false
})
