import { eachRow, intOr, KeyCheck, type ReadResult } from './csv'
import type { BuildState } from './state'

const FILE = 'trips.txt'

/** trips.txt: a trip on an unknown route or service is left out, with its stop times. */
export function readTrips(state: BuildState): ReadResult {
  const { notices, routeIndex, serviceIndex, tripIndex, trips } = state
  const keys = new KeyCheck(state, FILE, 'trip_id')
  return eachRow(state, FILE, ['route_id', 'service_id', 'trip_id'], (row, line) => {
    const id = row('trip_id')
    if (!id) {
      state.dropped.trips++
      return notices.dropped('missing_required_field', FILE, 'trip_id is empty; row left out', line)
    }
    if (!keys.isNew(id, row, line)) return
    const route = routeIndex.get(row('route_id'))
    const service = serviceIndex.get(row('service_id'))
    if (route === undefined || service === undefined) {
      state.dropped.trips++
      state.droppedTripIds.add(id)
      const [column, value] =
        route === undefined ? ['route_id', row('route_id')] : ['service_id', row('service_id')]
      return notices.dropped(
        'foreign_key_violation',
        FILE,
        `Trip "${id}": ${column} "${value}" is not imported; trip left out`,
        line,
      )
    }
    const shapeId = row('shape_id')
    const shape = shapeId ? (state.shapeIndex.get(shapeId) ?? -1) : -1
    if (shapeId && shape === -1)
      notices.ignored(
        'foreign_key_violation',
        FILE,
        `Trip "${id}": shape_id "${shapeId}" is not in shapes.txt; drawn through its stops`,
        line,
      )
    tripIndex.set(id, trips.length)
    trips.push({
      id,
      route,
      service,
      headsign: row('trip_headsign'),
      shortName: row('trip_short_name'),
      direction: intOr(row('direction_id'), 0) === 1 ? 1 : 0,
      shape,
      wheelchair: intOr(row('wheelchair_accessible'), 0),
      first: 0,
      count: 0,
    })
  })
}
