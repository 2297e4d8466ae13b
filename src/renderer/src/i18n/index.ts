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
  // Missing keys are caught by test/renderer/i18n.spec.ts; no console noise at runtime.
  missingWarn: false,
  fallbackWarn: false
})
