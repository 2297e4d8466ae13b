// Error texts come from the shared catalogue, never retyped here; escaped for vue-i18n's syntax.
import { ERROR_CODES, ERROR_MESSAGES, type ErrorCode } from '../../../shared/errors'

/** vue-i18n reads { } @ $ | as syntax; these texts are plain prose, so quote them as literals. */
export function literal(text: string): string {
  return text.replace(/[{}@$|]/g, (c) => `{'${c}'}`)
}

export function errorMessages(lang: 'zh' | 'en'): Record<ErrorCode, string> {
  const out = {} as Record<ErrorCode, string>
  for (const code of ERROR_CODES) out[code] = literal(ERROR_MESSAGES[code][lang])
  return out
}
