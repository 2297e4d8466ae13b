// The one place an error code becomes words; the texts themselves come from shared/errors.ts.
import { useI18n } from 'vue-i18n'
import type { ErrorCode } from '../../../shared/errors'

export function useErrorText(): (error: { code: ErrorCode } | ErrorCode) => string {
  const { t } = useI18n()
  return (error) => t(`errors.${typeof error === 'string' ? error : error.code}`)
}
