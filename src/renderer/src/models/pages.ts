// Pages as table rows: the alias when there is one (the path beneath it), else the path.
import type { PageRow } from '../../../shared/report-data'
import type { TableRow } from './table'

export function pageTableRows(rows: readonly PageRow[]): TableRow[] {
  return rows.map((r, i) => ({
    id: r.pageId || `${i}`,
    name: r.alias || r.path,
    sub: r.alias ? r.path : undefined,
    title: r.path,
    values: r.values
  }))
}

/** Pages whose path or alias contains every word of the search, ignoring case. */
export function searchPages<T extends { name: string; sub?: string }>(rows: readonly T[], search: string): T[] {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...rows]
  return rows.filter((r) => {
    const text = `${r.name} ${r.sub ?? ''}`.toLowerCase()
    return words.every((w) => text.includes(w))
  })
}
