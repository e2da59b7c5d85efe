import { formatGtfsTime } from '../time'
import type { BuildState } from './state'
import type { StopTimeColumns } from './stopTimes'

const FILE = 'stop_times.txt'
const DAY = 86_400
/** A fall of more than half a day between consecutive times can only be a midnight wrap. */
const WRAP_GAP = DAY / 2

/**
 * Each kept trip's rows in stop_sequence order with settled times; `first`/`count` index `rows`,
 * `arr`, `dep`, and a trip left out has count 0.
 */
export interface SettledTimes {
  rows: Int32Array
  arr: Int32Array
  dep: Int32Array
  first: Int32Array
  count: Int32Array
}

export function settleTrips(state: BuildState, c: StopTimeColumns): SettledTimes {
  const order = new Int32Array(c.size)
  for (let i = 0; i < c.size; i++) order[i] = i
  // File order breaks ties, so the first of two rows with one stop_sequence is kept.
  order.sort((a, b) => c.trip[a] - c.trip[b] || c.seq[a] - c.seq[b] || a - b)
  const trips = state.trips.length
  const out: SettledTimes = {
    rows: new Int32Array(c.size),
    arr: new Int32Array(c.size),
    dep: new Int32Array(c.size),
    first: new Int32Array(trips),
    count: new Int32Array(trips),
  }
  let size = 0
  const seen = new Uint8Array(trips)
  for (let k = 0; k < c.size;) {
    const t = c.trip[order[k]]
    seen[t] = 1
    let end = k
    while (end < c.size && c.trip[order[end]] === t) end++
    const rows = uniqueSequences(state, c, order.subarray(k, end))
    const times = settleTrip(state, c, t, rows)
    if (times) {
      out.first[t] = size
      out.count[t] = rows.length
      for (let j = 0; j < rows.length; j++, size++) {
        out.rows[size] = rows[j]
        out.arr[size] = times.arr[j]
        out.dep[size] = times.dep[j]
      }
    } else {
      state.dropped.trips++
      state.dropped.stopTimes += rows.length
    }
    k = end
  }
  // Trips with no stop times at all were never seen above.
  for (let t = 0; t < trips; t++) {
    if (seen[t]) continue
    state.dropped.trips++
    markUnusable(state, c, t, [])
  }
  return out
}

/** One row per stop_sequence: a repeated identical row is kept once, a conflicting one left out. */
function uniqueSequences(state: BuildState, c: StopTimeColumns, rows: Int32Array): number[] {
  const kept: number[] = []
  for (const i of rows) {
    const previous = kept.at(-1)
    if (previous === undefined || c.seq[previous] !== c.seq[i]) {
      kept.push(i)
      continue
    }
    const what = `Trip "${state.trips[c.trip[i]].id}" stop_sequence ${c.seq[i]}`
    if (c.same(previous, i)) {
      state.notices.repaired(
        'duplicate_key',
        FILE,
        `${what} repeats line ${c.line[previous]} identically; kept once`,
        c.line[i],
      )
    } else {
      state.dropped.stopTimes++
      state.notices.dropped(
        'duplicate_key',
        FILE,
        `${what} already on line ${c.line[previous]}; this row was left out`,
        c.line[i],
      )
    }
  }
  return kept
}

function markUnusable(state: BuildState, c: StopTimeColumns, t: number, rows: number[]) {
  state.notices.dropped(
    'unusable_trip',
    'trips.txt',
    `Trip "${state.trips[t].id}" has ${rows.length === 0 ? 'no' : 'only one'} usable stop time; left out`,
    rows.length ? c.line[rows[0]] : undefined,
  )
}

function settleTrip(state: BuildState, c: StopTimeColumns, t: number, rows: number[]) {
  if (rows.length < 2) {
    markUnusable(state, c, t, rows)
    return null
  }
  const arr = rows.map((i) => c.arr[i])
  const dep = rows.map((i) => c.dep[i])
  const last = rows.length - 1
  if (dep[0] < 0 || arr[last] < 0) {
    const at = dep[0] < 0 ? rows[0] : rows[last]
    state.notices.dropped(
      'missing_trip_edge',
      FILE,
      `Trip "${state.trips[t].id}" has no time at its ${dep[0] < 0 ? 'first' : 'last'} stop; trip left out`,
      c.line[at],
    )
    return null
  }
  if (!orderTimes(state, c, t, rows, arr, dep)) return null
  interpolate(arr, dep, c.dist ? rows.map((i) => c.dist![i]) : null)
  return { arr, dep }
}

/**
 * Times must not go back: a fall of over half a day is a midnight wrap ("00:02:00" after
 * "23:10:00" reads as 24:02:00); any other fall leaves the trip out.
 */
function orderTimes(
  state: BuildState,
  c: StopTimeColumns,
  t: number,
  rows: number[],
  arr: number[],
  dep: number[],
): boolean {
  let offset = 0
  let latest = -1
  // Arrival then departure of each row, in order: index 2j is arr[j], 2j + 1 is dep[j].
  for (let v2 = 0; v2 < rows.length * 2; v2++) {
    const j = v2 >> 1
    const list = v2 & 1 ? dep : arr
    if (list[j] < 0) continue
    let v = list[j] + offset
    if (v < latest) {
      const code =
        v2 & 1
          ? 'stop_time_with_departure_before_arrival_time'
          : 'stop_time_with_arrival_before_previous_departure_time'
      const what = `Trip "${state.trips[t].id}" goes from ${formatGtfsTime(latest)} back to ${formatGtfsTime(v)} at stop_sequence ${c.seq[rows[j]]}`
      if (offset > 0 || latest - v <= WRAP_GAP) {
        state.notices.dropped(code, FILE, `${what}; trip left out`, c.line[rows[j]])
        return false
      }
      offset = DAY
      v += DAY
      state.notices.repaired(
        code,
        FILE,
        `${what}: read as ${formatGtfsTime(v)}, past midnight, with the times after it`,
        c.line[rows[j]],
      )
    }
    list[j] = v
    latest = v
  }
  return true
}

/**
 * Fills rows without times between their timed neighbours: by shape_dist_traveled when every
 * row of the stretch gives a growing one, else evenly by stop count.
 */
function interpolate(arr: number[], dep: number[], dist: number[] | null) {
  let prev = 0
  for (let k = 1; k < arr.length; k++) {
    if (arr[k] < 0) continue
    const span = arr[k] - dep[prev]
    const byDistance = !!dist && k - prev > 1 && growsAlong(dist, prev, k)
    for (let j = prev + 1; j < k; j++) {
      const v = byDistance
        ? Math.round(dep[prev] + (span * (dist![j] - dist![prev])) / (dist![k] - dist![prev]))
        : Math.round(dep[prev] + (span * (j - prev)) / (k - prev))
      arr[j] = v
      dep[j] = v
    }
    prev = k
  }
}

/** Every distance from `from` to `to` given, never decreasing, and the ends apart. */
function growsAlong(dist: number[], from: number, to: number): boolean {
  if (!(dist[to] > dist[from])) return false
  for (let j = from + 1; j <= to; j++) if (!(dist[j] >= dist[j - 1])) return false
  return true
}
