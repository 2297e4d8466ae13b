// Saved accounts as they cross the contract: never a secret in clear, only masked tails.
import { z } from 'zod'
import type { ErrorCode } from './errors'

export const ACCOUNT_KINDS = ['authorizer', 'tp-refresh', 'developer', 'tp'] as const
export type AccountKind = (typeof ACCOUNT_KINDS)[number]

/** The secrets each kind needs (write-only across the contract). */
export const SECRET_FIELDS = ['token', 'tpToken', 'refreshToken', 'appKey', 'appSecret'] as const
export type SecretField = (typeof SECRET_FIELDS)[number]

export const KIND_SECRETS: Record<AccountKind, readonly SecretField[]> = {
  // A pasted authorizer token (45.): used as is until it expires.
  authorizer: ['token'],
  // The TP's token (42.) and the app's refresh token (46.): authorizer tokens are obtained here.
  'tp-refresh': ['tpToken', 'refreshToken'],
  // The app's own App Key / App Secret: client_credentials gives developer tokens (24.).
  developer: ['appKey', 'appSecret'],
  // The platform's own token (42.), for the platform summary.
  tp: ['tpToken']
}

/**
 * Which credential Baidu refused, so a person knows what to renew: the TP's token (42.), the smart
 * program's refresh token (46.: spent, or its authorization withdrawn, so it must be re-authorized),
 * or the App Key / App Secret. Unknown when a data call refused a token that cannot say which.
 */
export const AUTH_PROBLEMS = ['tp_token', 'refresh_token', 'app_credentials'] as const
export type AuthProblem = (typeof AUTH_PROBLEMS)[number]

export const OFFICIAL_API_BASE_URL = 'https://openapi.baidu.com'

export interface AccountHealth {
  /** Last time a call for this account got an answer from Baidu (epoch ms). */
  lastOkAt: number | null
  lastError: { code: ErrorCode; message: string; at: number } | null
}

/** An account as the renderer sees it. */
export interface AccountSummary {
  id: string
  name: string
  kind: AccountKind
  /** The smart program's id; null for a TP platform account. */
  appId: string | null
  demo: boolean
  baseUrl: string
  notes: string
  tags: string[]
  /** Each stored secret's last four characters, masked ('••••a1b2'); null when not set. */
  secrets: Partial<Record<SecretField, string | null>>
  /** When the token in use expires, if known (epoch ms). */
  tokenExpiresAt: number | null
  health: AccountHealth
  /** Set when a person must act before this account works again (re-authorize, new token, whitelist). */
  needsAction: ErrorCode | null
  /** With needsAction 'auth': the credential to renew, when Baidu's answer says which. */
  authProblem?: AuthProblem | null
}

const secretValue = z.string().trim().max(4096)

export const accountInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  kind: z.enum(ACCOUNT_KINDS),
  appId: z.string().trim().max(100).nullable().optional(),
  baseUrl: z.url({ protocol: /^https?$/ }).max(500).optional(),
  notes: z.string().max(2000).optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
  /** Omitted fields stay as they are; '' clears one. */
  secrets: z.strictObject(Object.fromEntries(SECRET_FIELDS.map((f) => [f, secretValue.optional()])) as Record<SecretField, z.ZodOptional<typeof secretValue>>).optional(),
  /** The user agreed to store secrets although this system offers only weak encryption. */
  allowWeakStorage: z.boolean().optional()
})

export type AccountInput = z.infer<typeof accountInputSchema>

export interface ConnectionTest {
  ok: boolean
  latencyMs: number
  error: { code: ErrorCode; message: string; errno?: number; detail?: string } | null
}

/** The account list as exported: everything but secrets. */
export interface AccountExport {
  format: 'swanboard-accounts'
  version: 1
  exportedAt: number
  accounts: { name: string; kind: AccountKind; appId: string | null; baseUrl: string; notes: string; tags: string[] }[]
}

/** '••••' and the last four characters: enough to tell tokens apart, never enough to use one. */
export function maskSecret(secret: string): string {
  return `••••${secret.slice(-4)}`
}
