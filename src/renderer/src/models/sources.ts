// Source groups and their scenes as expandable table rows, named from the scene table (an id the
// table does not know shows as the id itself).
import type { SourceGroupRow } from '../../../shared/report-data'
import { label, type Locale } from '../../../shared/reports'
import { sceneLabel, sourceGroupLabel } from '../../../shared/scenes'
import type { TableRow } from './table'

export function sourceTableRows(groups: readonly SourceGroupRow[], locale: Locale): TableRow[] {
  return groups.map((g, i) => ({
    id: `g${i}`,
    name: label(sourceGroupLabel(g.source), locale),
    title: g.source === null ? undefined : `source ${g.source}`,
    values: g.values,
    children: g.scenes.map((s, j) => {
      const name = label(sceneLabel(s.sceneId), locale)
      return { id: `g${i}-s${j}`, name, sub: name === s.sceneId ? undefined : s.sceneId, title: s.apiName ? `${s.sceneId} · ${s.apiName}` : s.sceneId, values: s.values }
    })
  }))
}
