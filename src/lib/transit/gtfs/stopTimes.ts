import { parseGtfsTime } from '../time'
import { eachRow, type Row } from './csv'
import type { BuildState } from './state'

const FILE = 'stop_times.txt'

/** stop_times.txt as growable typed columns (a million rows are a few tens of MB). */
export class StopTimeColumns {
  size = 0
  private cap = 1 << 16
  trip = new Int32Array(this.cap)
  seq = new Int32Array(this.cap)
  stop = new Int32Array(this.cap)
  /** Seconds, or -1 when the row has no time (interpolated later). */
  arr = new Int32Array(this.cap)
  dep = new Int32Array(this.cap)
  noPickup = new Uint8Array(this.cap)
  /**
   * shape_dist_traveled, or NaN when not given: the base for interpolating untimed stops.
   * Null until a row gives one, so a feed without distances pays nothing for them.
   */
  dist: Float64Array | null = null
  /** Index in `headsigns` (0 = none). */
  headsign = new Int32Array(this.cap)
  line = new Int32Array(this.cap)
  readonly headsigns: string[] = ['']
  private readonly headsignIndex = new Map<string, number>([['', 0]])

  push(
    trip: number,
    seq: number,
    stop: number,
    arr: number,
    dep: number,
    dist: number,
    row: Row,
    line: number,
  ) {
    if (this.size === this.cap) this.grow()
    const i = this.size++
    this.trip[i] = trip
    this.seq[i] = seq
    this.stop[i] = stop
    this.arr[i] = arr
    this.dep[i] = dep
    this.noPickup[i] = row('pickup_type') === '1' ? 1 : 0
    if (!Number.isNaN(dist) && !this.dist) this.dist = new Float64Array(this.cap).fill(NaN)
    if (this.dist) this.dist[i] = dist
    this.headsign[i] = this.headsignOf(row('stop_headsign'))
    this.line[i] = line
  }

  /** Same stop, times, pickup and headsign: a repeated row rather than a conflicting one. */
  same(a: number, b: number): boolean {
    return (
      this.stop[a] === this.stop[b] &&
      this.arr[a] === this.arr[b] &&
      this.dep[a] === this.dep[b] &&
      this.noPickup[a] === this.noPickup[b] &&
      this.headsign[a] === this.headsign[b]
    )
  }

  private headsignOf(text: string): number {
    let index = this.headsignIndex.get(text)
    if (index === undefined) {
      index = this.headsigns.length
      this.headsigns.push(text)
      this.headsignIndex.set(text, index)
    }
    return index
  }

  private grow() {
    this.cap *= 2
    const g = <T extends Int32Array | Uint8Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(this.cap)
      b.set(a)
      return b
    }
    this.trip = g(this.trip)
    this.seq = g(this.seq)
    this.stop = g(this.stop)
    this.arr = g(this.arr)
    this.dep = g(this.dep)
    this.noPickup = g(this.noPickup)
    if (this.dist) this.dist = g(this.dist).fill(NaN, this.cap / 2)
    this.headsign = g(this.headsign)
    this.line = g(this.line)
  }
}

/** Reads every row whose trip, stop, sequence and times are usable; the rest are left out. */
export function readStopTimes(state: BuildState): StopTimeColumns | null {
  const columns = new StopTimeColumns()
  const result = eachRow(state, FILE, ['trip_id', 'stop_id', 'stop_sequence'], (row, line) => {
    if (!readRow(state, columns, row, line)) state.dropped.stopTimes++
  })
  return result === 'read' ? columns : null
}

/** Adds the row to `columns` (true), or reports why it is left out (false). */
function readRow(state: BuildState, columns: StopTimeColumns, row: Row, line: number): boolean {
  const { notices } = state
  const tripId = row('trip_id')
  const trip = state.tripIndex.get(tripId)
  if (trip === undefined) {
    // The trip's own notice already said it was left out.
    if (!state.droppedTripIds.has(tripId))
      notices.dropped(
        'foreign_key_violation',
        FILE,
        `trip_id "${tripId}" is not in trips.txt; row left out`,
        line,
      )
    return false
  }
  const stopId = row('stop_id')
  const stop = state.stopIndex.get(stopId)
  if (stop === undefined) {
    const why = state.droppedStopIds.has(stopId) ? 'was left out' : 'is not in stops.txt'
    notices.dropped(
      'foreign_key_violation',
      FILE,
      `Trip "${tripId}": stop_id "${stopId}" ${why}; the trip runs without this stop`,
      line,
    )
    return false
  }
  const seqText = row('stop_sequence')
  const seq = Number(seqText)
  if (seqText === '' || !Number.isInteger(seq) || seq < 0) {
    notices.dropped(
      seqText === '' ? 'missing_required_field' : 'invalid_integer',
      FILE,
      `Trip "${tripId}": stop_sequence "${seqText}" is not a non-negative integer; row left out`,
      line,
    )
    return false
  }
  // Seconds, -1 for no time, or null for an invalid one (reported, row left out).
  const arr = timeOf(state, row('arrival_time'), tripId, line)
  const dep = arr === null ? null : timeOf(state, row('departure_time'), tripId, line)
  if (arr === null || dep === null) return false
  const dist = distanceOf(state, row('shape_dist_traveled'), tripId, line)
  if ((arr === -1) !== (dep === -1)) {
    state.notices.repaired(
      'stop_time_with_only_arrival_or_departure_time',
      FILE,
      `Trip "${tripId}": only one of arrival_time and departure_time; the other was set to the same time`,
      line,
    )
    const time = Math.max(arr, dep)
    columns.push(trip, seq, stop, time, time, dist, row, line)
  } else columns.push(trip, seq, stop, arr, dep, dist, row, line)
  return true
}

/** A distance along the shape, or NaN when absent or invalid (the row is kept without it). */
function distanceOf(state: BuildState, text: string, tripId: string, line: number): number {
  if (text === '') return NaN
  const value = Number(text)
  if (Number.isFinite(value) && value >= 0) return value
  state.notices.ignored(
    'invalid_float',
    FILE,
    `Trip "${tripId}": shape_dist_traveled "${text}" is not a non-negative number; ignored`,
    line,
  )
  return NaN
}

function timeOf(state: BuildState, text: string, tripId: string, line: number): number | null {
  if (text === '') return -1
  const seconds = parseGtfsTime(text)
  if (seconds === null)
    state.notices.dropped(
      'invalid_time',
      FILE,
      `Trip "${tripId}": invalid time "${text}" (expected H:MM:SS); row left out`,
      line,
    )
  return seconds
}
