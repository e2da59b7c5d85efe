import { eachRow, round5 } from './csv'
import type { BuildState } from './state'

/** shapes.txt (optional): points sorted by sequence, then flattened; bad points left out. */
export function readShapes(state: BuildState) {
  const points = new Map<string, [number, number, number][]>()
  eachRow(
    state,
    'shapes.txt',
    ['shape_id', 'shape_pt_lat', 'shape_pt_lon', 'shape_pt_sequence'],
    (row, line) => {
      const id = row('shape_id')
      const lat = Number(row('shape_pt_lat'))
      const lon = Number(row('shape_pt_lon'))
      const seq = Number(row('shape_pt_sequence'))
      if (!id || !Number.isFinite(lat) || !Number.isFinite(lon) || !Number.isFinite(seq)) {
        return state.notices.dropped(
          'missing_required_field',
          'shapes.txt',
          'Shape point left out: invalid shape_id, position or sequence',
          line,
        )
      }
      let list = points.get(id)
      if (!list) points.set(id, (list = []))
      list.push([seq, round5(lat), round5(lon)])
    },
  )
  const { shapes } = state.timetable
  for (const [id, list] of points) {
    list.sort((a, b) => a[0] - b[0])
    state.shapeIndex.set(id, shapes.length)
    shapes.push({ id, points: list.flatMap(([, lat, lon]) => [lat, lon]) })
  }
}
