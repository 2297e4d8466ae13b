// What makes an answer not the report's shape (a protocol error), as opposed to odd values,
// which the readers in values.ts take leniently.
import type { Column, Variant } from '../../../shared/reports'
import { ApiError } from '../api-error'

export type JsonObject = Record<string, unknown>

/** What every shape's row reader gets: the endpoint (for messages), the variant and its value columns. */
export interface ShapeInput {
  endpoint: string
  variant: Variant
  /** The variant's columns that go in `values`, in catalogue order. */
  columns: readonly Column[]
  data: JsonObject
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function protocolError(endpoint: string, what: string): ApiError {
  return new ApiError({ code: 'protocol', message: `${endpoint}: ${what}` })
}

export function expectObject(endpoint: string, value: unknown, what: string): JsonObject {
  if (!isObject(value)) throw protocolError(endpoint, `${what} is not an object (${describeValue(value)})`)
  return value
}

/** The objects listed under `key`. Absent or null is an empty list (an empty range may leave it out). */
export function objectList(endpoint: string, owner: JsonObject, key: string, what: string): JsonObject[] {
  const list = owner[key]
  if (list === undefined || list === null) return []
  if (!Array.isArray(list)) throw protocolError(endpoint, `${what} is not an array (${describeValue(list)})`)
  return list.map((item, i) => expectObject(endpoint, item, `${what}[${i}]`))
}

/** A short, safe account of an unexpected value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'absent'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  return typeof value
}
