import type { TransitTrip } from '../model'
import type { Windows } from './frequencies'
import type { BuildState } from './state'
import type { StopTimeColumns } from './stopTimes'
import type { SettledTimes } from './tripTimes'

/** Every kept trip (or frequency instance) with its own contiguous stop-time rows. */
export function assembleTrips(
  state: BuildState,
  columns: StopTimeColumns,
  settled: SettledTimes,
  windows: Windows,
) {
  const { timetable, report } = state
  const st = timetable.stopTimes
  // Most feeds have no stop_headsign: then the column is left out of the stored form.
  const headsign = columns.headsigns.length > 1 ? st.headsign! : null
  const pushTrip = (trip: TransitTrip, t: number, offset: number, suffix?: string) => {
    const first = settled.first[t]
    const count = settled.count[t]
    timetable.trips.push({
      ...trip,
      ...(suffix ? { id: `${trip.id}${suffix}`, frequencyOf: trip.id } : {}),
      first: st.stop.length,
      count,
    })
    for (let k = first; k < first + count; k++) {
      const row = settled.rows[k]
      st.stop.push(columns.stop[row])
      st.arrival.push(settled.arr[k] + offset)
      st.departure.push(settled.dep[k] + offset)
      st.noPickup.push(columns.noPickup[row])
      headsign?.push(columns.headsign[row])
      st.sequence!.push(columns.seq[row])
    }
  }
  state.trips.forEach((trip, t) => {
    if (settled.count[t] < 2) return
    const list = windows.get(t)
    if (!list) return pushTrip(trip, t, 0)
    const base = settled.dep[settled.first[t]]
    for (const w of list) {
      for (let start = w.start; start < w.end; start += w.headway) {
        pushTrip(trip, t, start - base, `#${start}`)
        report.counts.frequencyTrips++
      }
    }
  })
  if (headsign) timetable.headsigns = columns.headsigns
  else {
    delete st.headsign
    delete timetable.headsigns
  }
}

/** The validity period: from calendar ranges and added dates. */
export function validityOf(state: BuildState) {
  let min = ''
  let max = ''
  for (const s of state.timetable.services) {
    const dates = [...s.added, ...(s.start ? [s.start, s.end] : [])]
    for (const d of dates) {
      if (!min || d < min) min = d
      if (!max || d > max) max = d
    }
  }
  return min ? { start: min, end: max } : null
}
