// The one error type the renderer deals in: a stable code (translated in one place) plus detail.
import { isErrorCode, RETRYABLE_CODES, type ErrorCode, type ErrorEnvelope } from '../../shared/errors'

export interface AppErrorInit {
  code: ErrorCode
  message?: string
  retryable?: boolean
  errno?: number
  detail?: string
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly retryable: boolean
  readonly errno?: number
  readonly detail?: string

  constructor(init: AppErrorInit) {
    super(init.message ?? init.code)
    this.name = 'AppError'
    this.code = init.code
    this.retryable = init.retryable ?? RETRYABLE_CODES.has(init.code)
    if (init.errno !== undefined) this.errno = init.errno
    if (init.detail !== undefined) this.detail = init.detail
  }
}

export function fromEnvelope(envelope: ErrorEnvelope): AppError {
  const code: ErrorCode = isErrorCode(envelope.code) ? envelope.code : 'internal'
  return new AppError({
    code,
    message: typeof envelope.message === 'string' ? envelope.message : code,
    retryable: typeof envelope.retryable === 'boolean' ? envelope.retryable : RETRYABLE_CODES.has(code),
    ...(typeof envelope.errno === 'number' ? { errno: envelope.errno } : {}),
    ...(typeof envelope.detail === 'string' && envelope.detail !== '' ? { detail: envelope.detail } : {})
  })
}

/** Anything thrown becomes an AppError; unknown failures are 'internal'. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  const message = error instanceof Error ? error.message : String(error)
  return new AppError({ code: 'internal', message, detail: message })
}
