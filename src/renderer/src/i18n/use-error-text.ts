// The one place an error becomes words; the texts themselves come from shared/errors.ts. A Baidu
// errno with words of its own (ERRNO_MESSAGES) says more than its code, so it wins.
import { useI18n } from 'vue-i18n'
import { ERRNO_MESSAGES, type ErrorCode } from '../../../shared/errors'

export function useErrorText(): (error: { code: ErrorCode; errno?: number } | ErrorCode) => string {
  const { t, locale } = useI18n()
  return (error) => {
    if (typeof error === 'string') return t(`errors.${error}`)
    const own = error.errno === undefined ? undefined : ERRNO_MESSAGES[error.errno]
    if (own) return locale.value === 'en' ? own.en : own.zh
    return t(`errors.${error.code}`)
  }
}
