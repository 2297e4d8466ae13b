// Where a request's parameters live. Baidu's SDKs put access_token in the query string and the
// report parameters in a form body, while the reference's curl puts everything in the query: take
// both, the body winning on a clash.
import type { SimRequest } from './types'

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase()
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value
  }
  return undefined
}

/** A body counts as a form unless it is declared as something else (curl -d sends no type). */
function isFormBody(request: SimRequest): boolean {
  if (request.body === '') return false
  const type = headerValue(request.headers, 'content-type')
  return type === undefined || type.toLowerCase().startsWith('application/x-www-form-urlencoded')
}

/**
 * Query and form parameters merged, first occurrence of a name within each, body over query. Names
 * are trimmed: the reference's own gettpdata curl sends "start_date  =…" and "start_date%09=…".
 */
export function requestParams(request: SimRequest, url: URL): Map<string, string> {
  const params = new Map<string, string>()
  const sources = [url.searchParams]
  if (isFormBody(request)) sources.push(new URLSearchParams(request.body))
  for (const source of sources) {
    const seen = new Set<string>()
    for (const [rawName, value] of source) {
      const name = rawName.trim()
      if (seen.has(name)) continue
      seen.add(name)
      params.set(name, value)
    }
  }
  return params
}
