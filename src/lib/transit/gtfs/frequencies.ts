import { parseGtfsTime } from '../time'
import { eachRow } from './csv'
import type { BuildState } from './state'

const FILE = 'frequencies.txt'

export type Windows = Map<number, { start: number; end: number; headway: number }[]>

/** frequencies.txt (optional): headway windows per template trip; bad rows left out. */
export function readFrequencies(state: BuildState): Windows {
  const windows: Windows = new Map()
  const required = ['trip_id', 'start_time', 'end_time', 'headway_secs']
  eachRow(state, FILE, required, (row, line) => {
    const tripId = row('trip_id')
    const trip = state.tripIndex.get(tripId)
    const start = parseGtfsTime(row('start_time'))
    const end = parseGtfsTime(row('end_time'))
    const headway = Number(row('headway_secs'))
    if (trip === undefined) {
      if (state.droppedTripIds.has(tripId)) return
      return state.notices.dropped(
        'foreign_key_violation',
        FILE,
        `trip_id "${tripId}" is not in trips.txt; row left out`,
        line,
      )
    }
    if (start === null || end === null)
      return state.notices.dropped(
        'invalid_time',
        FILE,
        'Invalid start_time or end_time; row left out',
        line,
      )
    if (end <= start)
      return state.notices.dropped(
        'start_and_end_range_out_of_order',
        FILE,
        'end_time is not after start_time; row left out',
        line,
      )
    if (!Number.isInteger(headway) || headway <= 0)
      return state.notices.dropped(
        'invalid_integer',
        FILE,
        `headway_secs "${row('headway_secs')}" is not a positive integer; row left out`,
        line,
      )
    let list = windows.get(trip)
    if (!list) windows.set(trip, (list = []))
    list.push({ start, end, headway })
  })
  return windows
}
