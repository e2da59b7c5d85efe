// Live departures per stop (timetable + GTFS-Realtime merged, in process): every stop of the
// largest real feed in tests/fixtures/gtfs-real, at three times of its busiest service day,
// each with a TripUpdates message shaped like an operator's (the trips running or about to
// leave, an update for every stop still ahead, some cancelled, some with a skipped stop).
// Usage: npx tsx bench/transitLiveDepartures.ts [runs=3]
// Prints p50/p95 per run and their medians, with the load average. The snapshot goes through
// a JSON round trip each run, as a page reads it from the database (a new object each time),
// so per-snapshot work is paid in the measured calls. Budget (issue figures): p95 ≤ 5 ms.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { zipSync } from 'fflate'

import { buildTimetable } from '../src/lib/transit/build'
import { TransitIndex } from '../src/lib/transit/query'
import { liveDepartures } from '../src/lib/transit/realtime/apply'
import { resolveTripUpdates } from '../src/lib/transit/realtime/resolve'
import {
  decodeFeed,
  encodeFeed,
  type RtFeedMessage,
  STOP_SKIPPED,
  TRIP_CANCELED,
} from '../src/lib/transit/realtime/schema'
import type { FeedSnapshot, TripRealtime } from '../src/lib/transit/realtime/types'
import {
  addDays,
  formatGtfsTime as clock,
  serviceDayStart,
  wallTimeToInstant,
} from '../src/lib/transit/time'

const runs = Number(process.argv[2] ?? 3)
const LIMIT = 8 // what a stop page shows
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b)
const median = (xs: number[]) => sorted(xs)[Math.floor((xs.length - 1) / 2)]
const pct = (xs: number[], p: number) =>
  sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * p))]
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')

const dir = path.resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'gtfs-real')
const lines = (feed: string) =>
  fs.readFileSync(path.join(dir, feed, 'stop_times.txt'), 'utf8').split('\n').length
const feed = fs
  .readdirSync(dir)
  .filter((name) => fs.existsSync(path.join(dir, name, 'stop_times.txt')))
  .sort((a, b) => lines(b) - lines(a))[0]
const files: Record<string, Uint8Array> = {}
for (const file of fs.readdirSync(path.join(dir, feed)))
  if (file.endsWith('.txt')) files[file] = fs.readFileSync(path.join(dir, feed, file))
const { timetable } = buildTimetable(zipSync(files), { fallbackTimezone: 'UTC' })
if (!timetable) throw new Error(`${feed} did not import`)
const index = new TransitIndex(timetable)
const { trips, stopTimes, stops } = timetable

// The busiest service day in the feed's validity (most trips running).
let date = timetable.validity!.start
let most = -1
for (let d = timetable.validity!.start, n = 0; d <= timetable.validity!.end && n < 400; n++) {
  const active = index.activeServices(d)
  const count = trips.filter((t) => active[t.service]).length
  if (count > most) [date, most] = [d, count]
  d = addDays(d, 1)
}
console.log(
  `${feed}: ${stops.length} stops, ${trips.length} trips, ${stopTimes.stop.length} stop times; ` +
    `${date} (${most} trips); load ${load()}`,
)

// A deterministic pseudo-random sequence, so every run and every checkout measures the same.
let seed = 42
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31

/** What an operator publishes at `now`: trips under way or leaving within the hour. */
function tripUpdates(now: number): RtFeedMessage {
  const active = index.activeServices(date)
  const dayStart = serviceDayStart(date, timetable!.timezone) / 1000
  const nowS = now / 1000 - dayStart
  const entity: NonNullable<RtFeedMessage['entity']> = []
  trips.forEach((trip, t) => {
    if (!active[trip.service]) return
    const last = trip.first + trip.count - 1
    if (stopTimes.arrival[last] < nowS - 600 || stopTimes.departure[trip.first] > nowS + 3600)
      return
    const base = Math.round(random() * 480 - 60)
    const startDate = date
    // A frequencies.txt instance is named by its template trip and its start time.
    const descriptor = trip.frequencyOf
      ? { tripId: trip.frequencyOf, startDate, startTime: clock(stopTimes.departure[trip.first]) }
      : { tripId: trip.id, startDate }
    if (random() < 0.03) {
      entity.push({
        id: `${t}`,
        tripUpdate: { trip: { ...descriptor, scheduleRelationship: TRIP_CANCELED } },
      })
      return
    }
    const skip = random() < 0.05 ? trip.first + Math.floor(random() * trip.count) : -1
    const absolute = random() < 0.5
    const stopTimeUpdate = []
    for (let row = trip.first; row <= last; row++) {
      if (stopTimes.departure[row] + base < nowS) continue // already passed
      const delay = base + (row - trip.first) * 3
      const where = stopTimes.sequence
        ? { stopSequence: stopTimes.sequence[row] }
        : { stopId: stops[stopTimes.stop[row]].id }
      if (row === skip) stopTimeUpdate.push({ ...where, scheduleRelationship: STOP_SKIPPED })
      else if (absolute)
        stopTimeUpdate.push({
          ...where,
          arrival: { time: dayStart + stopTimes.arrival[row] + delay },
          departure: { time: dayStart + stopTimes.departure[row] + delay },
        })
      else stopTimeUpdate.push({ ...where, arrival: { delay }, departure: { delay } })
    }
    entity.push({ id: `${t}`, tripUpdate: { trip: descriptor, stopTimeUpdate } })
  })
  return { header: { gtfsRealtimeVersion: '2.0', timestamp: Math.floor(now / 1000) }, entity }
}

const instants = [7.5, 12, 17.5].map((h) => wallTimeToInstant(date, h * 3600, timetable.timezone))
const messages = instants.map((now) => {
  const bytes = encodeFeed(tripUpdates(now))
  const decoded = decodeFeed(bytes)
  if (typeof decoded === 'string') throw new Error(decoded)
  const { items, counts } = resolveTripUpdates(timetable, decoded)
  console.log(
    `  TripUpdates at ${new Date(now).toISOString()}: ${counts.used} trips, ` +
      `${items.reduce((n, i) => n + i.stops.length, 0)} stop updates, ${bytes.byteLength} bytes`,
  )
  const snapshot: FeedSnapshot<TripRealtime> = { fetchedAt: now, feedTimestamp: now, items }
  return { now, json: JSON.stringify(snapshot) }
})

const p50s: number[] = []
const p95s: number[] = []
/** The process's CPU time per board (ms): on a loaded machine wall time also counts waiting. */
const cpu95s: number[] = []
const firsts: number[] = []
let realtime = 0
for (let run = 0; run < runs; run++) {
  const samples: number[] = []
  const cpu: number[] = []
  for (const { now, json } of messages) {
    const snapshot = JSON.parse(json) as FeedSnapshot<TripRealtime>
    stops.forEach((stop, i) => {
      const cpuStart = process.cpuUsage()
      const start = performance.now()
      const board = liveDepartures(index, snapshot, stop.id, now, LIMIT)
      const ms = performance.now() - start
      const used = process.cpuUsage(cpuStart)
      samples.push(ms)
      cpu.push((used.user + used.system) / 1000)
      if (i === 0) firsts.push(ms)
      if (run === 0) realtime += board?.filter((d) => d.status === 'realtime').length ?? 0
    })
  }
  p50s.push(pct(samples, 0.5))
  p95s.push(pct(samples, 0.95))
  cpu95s.push(pct(cpu, 0.95))
  console.log(
    `  run ${run + 1}: ${samples.length} boards, p50 ${p50s.at(-1)!.toFixed(3)} ms, ` +
      `p95 ${p95s.at(-1)!.toFixed(3)} ms (CPU ${cpu95s.at(-1)!.toFixed(3)} ms), ` +
      `max ${Math.max(...samples).toFixed(2)} ms; load ${load()}`,
  )
}
console.log(
  `live departures per stop (${feed}, ${LIMIT} shown, ${realtime} realtime departures in run 1): ` +
    `p50 ${median(p50s).toFixed(3)} ms, p95 ${median(p95s).toFixed(3)} ms ` +
    `(CPU p95 ${median(cpu95s).toFixed(3)} ms) ` +
    `(medians of ${runs} runs); first board after a new snapshot ${median(firsts).toFixed(2)} ms; ` +
    `load ${load()}`,
)
