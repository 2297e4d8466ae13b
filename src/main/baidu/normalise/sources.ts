// Source analysis: each item is a source group whose `name` is an array of its scenes (maybe empty).
import type { SceneRow, SourceGroupRow } from '../../../shared/report-data'
import type { Column } from '../../../shared/reports'
import { sceneLabel, sourceGroupLabel } from '../../../shared/scenes'
import type { JsonObject, ShapeInput } from './structure'
import { objectList } from './structure'
import { readColumns, toText } from './values'

export function sourceRows({ endpoint, columns, data }: ShapeInput): SourceGroupRow[] {
  return objectList(endpoint, data, 'data_list', 'data_list').map((group, i) => {
    const scenes = objectList(endpoint, group, 'name', `data_list[${i}].name`).map((scene) => sceneRow(scene, columns))
    const source = groupSource(group, scenes)
    return { name: sourceGroupLabel(source).zh, source, scenes, values: readColumns(group, columns) }
  })
}

function sceneRow(scene: JsonObject, columns: readonly Column[]): SceneRow {
  const sceneId = toText(scene['sceneId'])
  return { name: sceneLabel(sceneId).zh, sceneId, source: toText(scene['source']), apiName: toText(scene['name']), values: readColumns(scene, columns) }
}

// Groups carry no source id of their own in the reference, only their scenes do. A group's own
// `source`, should the API ever send one, is taken first; scenes that disagree leave it unknown.
function groupSource(group: JsonObject, scenes: readonly SceneRow[]): string | null {
  const own = toText(group['source'])
  if (own !== '') return own
  const ids = new Set(scenes.map((s) => s.source).filter((s) => s !== ''))
  return ids.size === 1 ? [...ids][0]! : null
}
