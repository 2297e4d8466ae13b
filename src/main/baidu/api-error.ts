// A failed Baidu call, classified once so every host reacts the same way.
import type { ErrorCode } from '../../shared/errors'
import { AppError } from '../app-error'

export interface ApiErrorInit {
  code: ErrorCode
  message: string
  errno?: number
  httpStatus?: number
  /** Baidu's own words (msg / error_msg / error_description). */
  apiMessage?: string
  cause?: unknown
}

export class ApiError extends AppError {
  readonly httpStatus: number | undefined

  constructor(init: ApiErrorInit) {
    super(init.code, init.message, { cause: init.cause, errno: init.errno, detail: init.apiMessage })
    this.name = 'ApiError'
    this.httpStatus = init.httpStatus
  }
}

/** errno → code, per api-facts.md. 0 and 40018 (past the last page) are not errors. */
const ERRNO_CODES: Record<number, ErrorCode> = {
  500: 'transient',
  501: 'transient',
  1000: 'transient',
  5000: 'transient',
  6002: 'transient',
  2002: 'invalid_param',
  40001: 'invalid_param',
  6001: 'permission',
  40007: 'permission',
  44001: 'permission',
  45001: 'permission',
  45000: 'permission',
  50032: 'permission',
  40008: 'ip_whitelist',
  44002: 'auth',
  44003: 'auth',
  44004: 'auth',
  50029: 'quota'
}

export function codeForErrno(errno: number): ErrorCode {
  return ERRNO_CODES[errno] ?? 'protocol'
}
