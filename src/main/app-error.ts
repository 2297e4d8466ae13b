// Every failure main reports carries a stable code; the envelope is built from this one class.
import { RETRYABLE_CODES, type ErrorCode, type ErrorEnvelope } from '../shared/errors'

export interface AppErrorOptions {
  cause?: unknown
  /** Baidu's errno or error_code, when the API produced the error. */
  errno?: number
  /** Words from the other side (Baidu's msg), shown as detail. */
  detail?: string
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly errno: number | undefined
  readonly detail: string | undefined

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'AppError'
    this.code = code
    this.errno = options.errno
    this.detail = options.detail
  }

  get retryable(): boolean {
    return RETRYABLE_CODES.has(this.code)
  }
}

/** The envelope for any thrown value; unknown failures become `internal` without leaking internals. */
export function toErrorEnvelope(err: unknown): ErrorEnvelope {
  if (err instanceof AppError) {
    return {
      ok: false,
      code: err.code,
      message: err.message,
      retryable: err.retryable,
      ...(err.errno === undefined ? {} : { errno: err.errno }),
      ...(err.detail === undefined ? {} : { detail: err.detail })
    }
  }
  return { ok: false, code: 'internal', message: 'internal error', retryable: false }
}
