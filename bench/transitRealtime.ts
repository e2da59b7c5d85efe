// GTFS-Realtime figures: decode + match time of a TripUpdates feed carrying every trip of a
// weekday, and the time to answer a stop's live departures with it applied.
// Usage: npx tsx bench/transitRealtime.ts [runs=3]   (median of the runs; no database)
// The static feed: 100 lines × 500 trips × 20 stops (1,000,000 stop times), 40,000 of them
// on weekdays. Two TripUpdates feeds: "full" (an update for every stop of every trip, the
// worst case) and "one" (one delayed stop per trip, how many operators publish).
import os from 'node:os'

import { strToU8, zipSync } from 'fflate'

import { buildTimetable } from '../src/lib/transit/build'
import { TransitIndex } from '../src/lib/transit/query'
import { liveDepartures } from '../src/lib/transit/realtime/apply'
import { resolveTripUpdates } from '../src/lib/transit/realtime/resolve'
import { decodeFeed, encodeFeed, type RtFeedMessage } from '../src/lib/transit/realtime/schema'
import { wallTimeToInstant } from '../src/lib/transit/time'

const runs = Number(process.argv[2] ?? 3)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]

function staticFeed(): Uint8Array {
  const stops = ['stop_id,stop_name,stop_lat,stop_lon']
  for (let i = 0; i < 2000; i++) stops.push(`S${i},Stop ${i},40.${i % 50},-3.${Math.floor(i / 50)}`)
  const routes = ['route_id,route_short_name,route_type']
  for (let r = 0; r < 100; r++) routes.push(`R${r},${r + 1},3`)
  const trips = ['route_id,service_id,trip_id,trip_headsign,direction_id']
  const times = ['trip_id,arrival_time,departure_time,stop_id,stop_sequence']
  const clock = (s: number) =>
    `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:00`
  let trip = 0
  for (let r = 0; r < 100; r++) {
    for (let k = 0; k < 500; k++) {
      const direction = k % 2
      const id = `T${trip++}`
      trips.push(`R${r},${k % 5 === 0 ? 'WE' : 'WD'},${id},End ${r},${direction}`)
      const start = 5 * 3600 + Math.floor(k / 2) * 300
      for (let s = 0; s < 20; s++) {
        const stop = (r * 20 + (direction ? 19 - s : s)) % 2000
        times.push(`${id},${clock(start + s * 120)},${clock(start + s * 120)},S${stop},${s + 1}`)
      }
    }
  }
  const files: Record<string, string> = {
    'agency.txt': 'agency_name,agency_url,agency_timezone\nBench,https://b.example,Europe/Madrid\n',
    'calendar.txt':
      'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n' +
      'WD,1,1,1,1,1,0,0,20260101,20271231\nWE,0,0,0,0,0,1,1,20260101,20271231\n',
    'stops.txt': stops.join('\n'),
    'routes.txt': routes.join('\n'),
    'trips.txt': trips.join('\n'),
    'stop_times.txt': times.join('\n'),
  }
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))
}

const t0 = performance.now()
const index = new TransitIndex(buildTimetable(staticFeed()).timetable!)
console.log(`static feed built in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
const weekdayTrips = index.timetable.trips.filter(
  (t) => index.timetable.services[t.service].id === 'WD',
)

function tripUpdates(full: boolean): Uint8Array {
  const message: RtFeedMessage = {
    header: { gtfsRealtimeVersion: '2.0', timestamp: Math.floor(Date.now() / 1000) },
    entity: weekdayTrips.map((trip, i) => ({
      id: `${i}`,
      tripUpdate: {
        trip: { tripId: trip.id, startDate: '20260615' },
        stopTimeUpdate: full
          ? Array.from({ length: trip.count }, (_, s) => ({
              stopSequence: s + 1,
              arrival: { delay: (i % 7) * 30 + s },
              departure: { delay: (i % 7) * 30 + s },
            }))
          : [{ stopSequence: 3, departure: { delay: (i % 7) * 60 } }],
      },
    })),
  }
  return encodeFeed(message)
}

{
  // The same stops without realtime, for comparison.
  const at = wallTimeToInstant('20260615', 8 * 3600, 'Europe/Madrid')
  const plain: number[] = []
  for (let run = 0; run < runs; run++)
    for (let s = 0; s < 2000; s += 10) {
      const start = performance.now()
      liveDepartures(index, null, `S${s}`, at, 10)
      plain.push(performance.now() - start)
    }
  console.log(
    `timetable only: per stop p50 ${pct(plain, 0.5).toFixed(2)} ms, p95 ${pct(plain, 0.95).toFixed(2)} ms`,
  )
}

for (const full of [false, true]) {
  const bytes = tripUpdates(full)
  const decodeMs: number[] = []
  const resolveMs: number[] = []
  const perStop: number[] = []
  const firsts: number[] = []
  const p95s: number[] = []
  /** CPU time of the process per board: waiting for a core on a loaded machine left out. */
  const cpu95s: number[] = []
  for (let run = 0; run < runs; run++) {
    const a = performance.now()
    const feed = decodeFeed(bytes)
    const b = performance.now()
    if (typeof feed === 'string') throw new Error(feed)
    const { items, counts } = resolveTripUpdates(index.timetable, feed)
    const c = performance.now()
    decodeMs.push(b - a)
    resolveMs.push(c - b)
    if (run === 0)
      console.log(`  ${counts.used} trips matched, ${counts.unknownStops} unknown stops`)
    // A fresh snapshot object per run, so the per-snapshot trip map is rebuilt once per run
    // (in service: once per poll, store.ts); its first board is counted apart.
    const snapshot = { fetchedAt: Date.now(), feedTimestamp: null, items }
    const at = wallTimeToInstant('20260615', 8 * 3600, 'Europe/Madrid')
    const samples: number[] = []
    const cpu: number[] = []
    for (let s = 0; s < 2000; s += 10) {
      const cpuStart = process.cpuUsage()
      const start = performance.now()
      liveDepartures(index, snapshot, `S${s}`, at, 10)
      ;(s === 0 ? firsts : samples).push(performance.now() - start)
      const used = process.cpuUsage(cpuStart)
      if (s > 0) cpu.push((used.user + used.system) / 1000)
    }
    perStop.push(...samples)
    p95s.push(pct(samples, 0.95))
    cpu95s.push(pct(cpu, 0.95))
  }
  console.log(
    `TripUpdates "${full ? 'full' : 'one'}": ${weekdayTrips.length} trips, ${(bytes.byteLength / 1e6).toFixed(1)} MB; ` +
      `decode ${median(decodeMs).toFixed(0)} ms + match ${median(resolveMs).toFixed(0)} ms (median of ${runs}); ` +
      `live departures per stop p50 ${pct(perStop, 0.5).toFixed(2)} ms, p95 ${pct(perStop, 0.95).toFixed(2)} ms ` +
      `(median of the runs' p95 ${median(p95s).toFixed(2)} ms, CPU ${median(cpu95s).toFixed(2)} ms); ` +
      `first board after a new snapshot ` +
      `${median(firsts).toFixed(0)} ms; load ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`,
  )
}
