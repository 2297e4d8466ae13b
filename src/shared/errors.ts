// Stable error codes that cross every boundary (IPC, HTTP host, CLI), and the words shown for them.
import type { Locale } from './reports'

export const ERROR_CODES = [
  // Baidu API failures
  'auth',
  'permission',
  'ip_whitelist',
  'quota',
  'invalid_param',
  'transient',
  'network',
  'timeout',
  'protocol',
  // Application failures
  'invalid_input',
  'forbidden',
  'not_found',
  'cancelled',
  'busy',
  'needs_consent',
  'io',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** Codes worth trying again without the user changing anything. */
export const RETRYABLE_CODES: ReadonlySet<ErrorCode> = new Set(['transient', 'network', 'timeout'])

/** What crosses the contract when a call fails. Electron keeps only `message` of a thrown error. */
export interface ErrorEnvelope {
  ok: false
  code: ErrorCode
  /** Developer-facing English text; the UI shows ERROR_MESSAGES[code] instead. */
  message: string
  retryable: boolean
  /** Baidu's own errno (or error_code), when the API produced the error. */
  errno?: number
  /** Baidu's own message (msg / error_msg), shown as detail. */
  detail?: string
}

export type Envelope<T> = { ok: true; data: T } | ErrorEnvelope

/** What the operator reads, and what to do about it. */
export const ERROR_MESSAGES: Record<ErrorCode, { zh: string; en: string }> = {
  auth: {
    zh: '访问令牌无效或已过期，请在账号设置中更新令牌或重新授权。',
    en: 'The access token is invalid or expired. Update the token or re-authorize in account settings.'
  },
  permission: {
    zh: '没有数据权限：请确认第三方平台已开通数据权限，且小程序已授权给该平台。',
    en: 'No data permission: check that the platform has the data permission and the smart program granted it.'
  },
  ip_whitelist: {
    zh: '当前网络的 IP 不在第三方平台的白名单中（网络可能已变化），请在百度后台添加当前 IP。',
    en: "This network's IP is not on the platform's whitelist (the network may have changed). Add it in Baidu's console."
  },
  quota: {
    zh: '已超出接口调用配额，请稍后再试，不要频繁重试。',
    en: 'The API call quota is used up. Try again later; retrying now will not help.'
  },
  invalid_param: {
    zh: '请求参数错误，请检查日期范围和选项。',
    en: 'The request parameters were rejected. Check the date range and options.'
  },
  transient: {
    zh: '百度接口暂时繁忙，请稍后重试。',
    en: "Baidu's API is temporarily busy. Try again shortly."
  },
  network: {
    zh: '无法连接百度接口，请检查网络连接。',
    en: "Cannot reach Baidu's API. Check the network connection."
  },
  timeout: {
    zh: '请求超时，网络较慢或接口无响应，请稍后重试。',
    en: 'The request timed out: the network is slow or the API did not answer. Try again shortly.'
  },
  protocol: {
    zh: '接口返回了无法识别的数据，请稍后重试；如持续出现请反馈。',
    en: 'The API answered with data that could not be read. Try again; report it if it persists.'
  },
  invalid_input: {
    zh: '输入无效，请检查后重试。',
    en: 'The input is not valid. Check it and try again.'
  },
  forbidden: {
    zh: '请求被拒绝。',
    en: 'The request was refused.'
  },
  not_found: {
    zh: '找不到请求的内容（账号可能已被删除）。',
    en: 'What was asked for does not exist (the account may have been removed).'
  },
  cancelled: {
    zh: '操作已取消。',
    en: 'The operation was cancelled.'
  },
  needs_consent: {
    zh: '此系统只能以较弱的方式加密保存密钥（没有可用的系统钥匙串）。确认后才会保存。',
    en: 'This system can only store secrets with weak encryption (no system keyring). They are saved only after you agree.'
  },
  busy: {
    zh: '已有同步正在进行，请等它完成或先取消。',
    en: 'A sync is already running. Wait for it to finish, or cancel it first.'
  },
  io: {
    zh: '读写文件失败，请检查磁盘空间和文件权限。',
    en: 'Reading or writing a file failed. Check disk space and permissions.'
  },
  internal: {
    zh: '程序内部错误，请重试；如持续出现请反馈。',
    en: 'Something went wrong inside Swanboard. Try again; report it if it persists.'
  }
}

/**
 * Baidu errnos whose meaning is narrower than their code's words: the operator reads these instead.
 * 45000 is classed `permission` (permanent, not retried) but no permission is missing.
 */
export const ERRNO_MESSAGES: Readonly<Record<number, { zh: string; en: string }>> = {
  45000: {
    zh: '小程序不存在（可能已被删除或注销）：请确认该账号对应的小程序，重新授权或移除该账号。',
    en: 'The smart program does not exist (it may have been deleted or closed). Check which program this account is for, then re-authorize or remove the account.'
  },
  50032: {
    zh: '小程序与第三方平台之间没有授权关系，请让小程序重新授权给该平台。',
    en: 'The smart program has not authorized this platform. Have it authorize the platform again.'
  }
}

/** The words for a failure: its errno's own when it has some, else its code's. */
export function errorMessage(code: ErrorCode, locale: Locale, errno?: number): string {
  const texts = (errno === undefined ? undefined : ERRNO_MESSAGES[errno]) ?? ERROR_MESSAGES[code]
  return locale === 'en' ? texts.en : texts.zh
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
}
