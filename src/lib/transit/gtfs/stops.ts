import { eachRow, intOr, KeyCheck, type ReadResult, type Row, round5 } from './csv'
import type { BuildState } from './state'

const FILE = 'stops.txt'

/** stops.txt: a stop without a usable position is left out (with the stop times there). */
export function readStops(state: BuildState): ReadResult {
  const { notices, timetable, stopIndex } = state
  const keys = new KeyCheck(state, FILE, 'stop_id')
  // Parents are linked once every row is read: a platform may come before its station.
  const parents: { stop: number; parent: string; line: number }[] = []
  const result = eachRow(state, FILE, ['stop_id'], (row, line) => {
    const id = row('stop_id')
    if (!id) {
      state.dropped.stops++
      return notices.dropped('missing_required_field', FILE, 'stop_id is empty; row left out', line)
    }
    if (!keys.isNew(id, row, line)) return
    const locationType = intOr(row('location_type'), 0)
    const position = positionOf(state, row, id, locationType, line)
    if (!position) {
      state.dropped.stops++
      state.droppedStopIds.add(id)
      return
    }
    stopIndex.set(id, timetable.stops.length)
    if (row('parent_station'))
      parents.push({ stop: timetable.stops.length, parent: row('parent_station'), line })
    timetable.stops.push({
      id,
      code: row('stop_code'),
      name: row('stop_name'),
      lat: position[0],
      lon: position[1],
      locationType,
      parent: -1,
      wheelchair: intOr(row('wheelchair_boarding'), 0),
      platformCode: row('platform_code'),
    })
  })
  for (const { stop, parent, line } of parents) {
    const index = stopIndex.get(parent)
    if (index !== undefined) timetable.stops[stop].parent = index
    else
      notices.ignored(
        'foreign_key_violation',
        FILE,
        `parent_station "${parent}" is not a stop; the stop was kept without its station`,
        line,
      )
  }
  return result
}

/** Stops, stations and entrances need a position; generic nodes and boarding areas may not. */
function positionOf(
  state: BuildState,
  row: Row,
  id: string,
  locationType: number,
  line: number,
): [number, number] | null {
  const latText = row('stop_lat')
  const lonText = row('stop_lon')
  if (locationType > 2 && !latText && !lonText) return [0, 0]
  if (!latText || !lonText) {
    state.notices.dropped(
      'missing_required_field',
      FILE,
      `Stop "${id}" has no stop_lat/stop_lon; left out`,
      line,
    )
    return null
  }
  const lat = Number(latText)
  const lon = Number(lonText)
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
    state.notices.dropped(
      'invalid_float',
      FILE,
      `Stop "${id}" has a position that is not a number; left out`,
      line,
    )
    return null
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    state.notices.dropped(
      'number_out_of_range',
      FILE,
      `Stop "${id}" has a position out of range; left out`,
      line,
    )
    return null
  }
  return [round5(lat), round5(lon)]
}
