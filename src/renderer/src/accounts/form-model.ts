// The add / edit form without the UI: drafts, validation against the contract's schema, and the
// change an edit sends (only what differs; an empty secret input means "keep it").
import type { z } from 'zod'
import {
  accountInputSchema,
  KIND_SECRETS,
  OFFICIAL_API_BASE_URL,
  type AccountInput,
  type AccountKind,
  type AccountSummary,
  type SecretField
} from '../../../shared/accounts'

export interface AccountDraft {
  name: string
  kind: AccountKind
  appId: string
  baseUrl: string
  notes: string
  tags: string[]
}

/** What was typed into the secret inputs. Lives in the form only, never in a store. */
export type SecretDraft = Partial<Record<SecretField, string>>

export type FieldKey = 'name' | 'kind' | 'appId' | 'baseUrl' | 'notes' | 'tags' | SecretField

export type Problem =
  | { key: 'required' }
  | { key: 'tooLong'; max: number }
  | { key: 'tooMany'; max: number }
  | { key: 'url' }
  | { key: 'invalid' }

export type FieldErrors = Partial<Record<FieldKey, Problem>>

export type Built<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors }

export function emptyDraft(kind: AccountKind = 'authorizer'): AccountDraft {
  return { name: '', kind, appId: '', baseUrl: OFFICIAL_API_BASE_URL, notes: '', tags: [] }
}

export function draftOf(account: AccountSummary): AccountDraft {
  return {
    name: account.name,
    kind: account.kind,
    appId: account.appId ?? '',
    baseUrl: account.baseUrl,
    notes: account.notes,
    tags: [...account.tags]
  }
}

export function needsAppId(kind: AccountKind): boolean {
  return kind !== 'tp'
}

function problemOf(issue: z.core.$ZodIssue, field: FieldKey): Problem {
  if (issue.code === 'too_small') return { key: 'required' }
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum)
    return field === 'tags' && issue.path.length === 1 ? { key: 'tooMany', max } : { key: 'tooLong', max }
  }
  if (field === 'baseUrl') return { key: 'url' }
  return { key: 'invalid' }
}

function fieldOf(path: readonly PropertyKey[]): FieldKey {
  const [head, sub] = path
  if (head === 'secrets' && typeof sub === 'string') return sub as SecretField
  return (typeof head === 'string' ? head : 'name') as FieldKey
}

function tidyTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))]
}

/** Rules the schema cannot know: an app id for per-app kinds, every secret of a new account. */
function extraErrors(draft: AccountDraft, required: readonly SecretField[], secrets: SecretDraft): FieldErrors {
  const errors: FieldErrors = {}
  if (needsAppId(draft.kind) && draft.appId.trim() === '') errors.appId = { key: 'required' }
  for (const field of required) if ((secrets[field] ?? '').trim() === '') errors[field] = { key: 'required' }
  return errors
}

function parse(candidate: unknown, extra: FieldErrors): Built<AccountInput> {
  const result = accountInputSchema.safeParse(candidate)
  const errors: FieldErrors = { ...extra }
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = fieldOf(issue.path)
      errors[field] ??= problemOf(issue, field)
    }
  }
  if (!result.success || Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, value: result.data }
}

/** A new account: every secret of its kind is needed; other kinds' secrets are never sent. */
/** What the schema is asked to accept: the draft tidied, with the secrets to send. */
function candidateOf(draft: AccountDraft, secrets: SecretDraft): unknown {
  return {
    name: draft.name,
    kind: draft.kind,
    appId: needsAppId(draft.kind) ? draft.appId.trim() : null,
    baseUrl: draft.baseUrl.trim(),
    notes: draft.notes,
    tags: tidyTags(draft.tags),
    secrets
  }
}

export function buildAdd(draft: AccountDraft, secrets: SecretDraft): Built<AccountInput> {
  const fields = KIND_SECRETS[draft.kind]
  const sent = Object.fromEntries(fields.map((f) => [f, secrets[f] ?? '']))
  return parse(candidateOf(draft, sent), extraErrors(draft, fields, secrets))
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i])
}

/**
 * An edit: only the fields that differ from `original`. Secrets typed in are sent, secrets marked
 * for clearing are sent as '', empty inputs are left out (kept as they are).
 */
export function buildChange(
  original: AccountSummary,
  draft: AccountDraft,
  secrets: SecretDraft,
  cleared: readonly SecretField[]
): Built<Partial<AccountInput>> {
  const fields = KIND_SECRETS[original.kind]
  const typed = fields.filter((f) => !cleared.includes(f) && (secrets[f] ?? '').trim() !== '')
  // The kind of a saved account never changes, whatever the draft says.
  const fixed = { ...draft, kind: original.kind }
  const built = parse(candidateOf(fixed, Object.fromEntries(typed.map((f) => [f, secrets[f]]))), extraErrors(fixed, [], secrets))
  if (!built.ok) return built
  const next = built.value
  const change: Partial<AccountInput> = {}
  if (next.name !== original.name) change.name = next.name
  if ((next.appId ?? null) !== original.appId) change.appId = next.appId ?? null
  if (next.baseUrl !== undefined && next.baseUrl !== original.baseUrl) change.baseUrl = next.baseUrl
  if ((next.notes ?? '') !== original.notes) change.notes = next.notes ?? ''
  if (!sameTags(next.tags ?? [], original.tags)) change.tags = next.tags ?? []
  const changedSecrets: Partial<Record<SecretField, string>> = { ...next.secrets }
  for (const field of cleared) if (fields.includes(field)) changedSecrets[field] = ''
  if (Object.keys(changedSecrets).length > 0) change.secrets = changedSecrets
  return { ok: true, value: change }
}
