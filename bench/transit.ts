// Transit figures : Caltrain import time, next-departures query time, and a
// synthetic feed with 1,000,000 stop_times (import wall time and peak memory).
// Usage: npx tsx bench/transit.ts [runs=5]
// Each import runs on a fresh SQLite file under data/ with the committed migrations.
// Children: `tsx bench/transit.ts import <zip> [--no-overlay]` imports one zip (used so the
// peak RSS of one import can be sampled by bench/lib/peakTreeMemory.mjs);
// `tsx bench/transit.ts synthetic <zip>` only writes the synthetic feed.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { zipSync, strToU8 } from 'fflate'

const root = path.resolve(import.meta.dirname, '..')
// The real feed the tests also use (licence: tests/fixtures/gtfs/README.md).
const CALTRAIN = path.join(root, 'tests', 'fixtures', 'gtfs', 'caltrain_20160406.zip')
const REAL_FEEDS = path.join(root, 'tests', 'fixtures', 'gtfs-real')
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
const fmt = (n: number, digits = 1) => n.toFixed(digits)

process.env.PAYLOAD_SECRET ||= 'bench-secret-0123456789abcdef'
process.env.PLAZA_INTERNAL_URL ||= 'off'
process.env.NEXT_TELEMETRY_DISABLED = '1'

/** 100 bus routes × 2 directions, 2,000 stops, 50,000 trips of 20 stops = 1,000,000 rows. */
function syntheticFeed(): Uint8Array {
  const stops = ['stop_id,stop_name,stop_lat,stop_lon']
  for (let i = 0; i < 2000; i++) {
    stops.push(
      `S${i},Stop ${i},${(40 + (i % 50) * 0.002).toFixed(5)},${(-3.7 - Math.floor(i / 50) * 0.002).toFixed(5)}`,
    )
  }
  const routes = ['route_id,route_short_name,route_type,route_color']
  for (let r = 0; r < 100; r++)
    routes.push(`R${r},${r + 1},3,${(r * 2654435).toString(16).slice(-6).padStart(6, '0')}`)
  const trips = ['route_id,service_id,trip_id,trip_headsign,direction_id']
  const stopTimes: string[] = ['trip_id,arrival_time,departure_time,stop_id,stop_sequence']
  const time = (s: number) =>
    `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`
  let trip = 0
  for (let r = 0; r < 100; r++) {
    for (let k = 0; k < 500; k++) {
      const direction = k % 2
      const id = `T${trip++}`
      trips.push(`R${r},${k % 5 === 0 ? 'WE' : 'WD'},${id},Terminus ${r}-${direction},${direction}`)
      const start = 5 * 3600 + Math.floor(k / 2) * 300 // every 5 minutes per direction, past midnight
      for (let s = 0; s < 20; s++) {
        const stop = (r * 20 + (direction ? 19 - s : s)) % 2000
        const t = start + s * 120
        stopTimes.push(`${id},${time(t)},${time(t)},S${stop},${s + 1}`)
      }
    }
  }
  const files = {
    'agency.txt':
      'agency_name,agency_url,agency_timezone\nSynthetic,https://bus.example,Europe/Madrid\n',
    'stops.txt': stops.join('\n') + '\n',
    'routes.txt': routes.join('\n') + '\n',
    'calendar.txt':
      'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWD,1,1,1,1,1,0,0,20260101,20261231\nWE,0,0,0,0,0,1,1,20260101,20261231\n',
    'trips.txt': trips.join('\n') + '\n',
    'stop_times.txt': stopTimes.join('\n') + '\n',
  }
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), {
    level: 6,
  })
}

async function withPayload<T>(
  name: string,
  fn: (payload: import('payload').Payload) => Promise<T>,
): Promise<T> {
  const db = path.join(root, 'data', `bench-transit-${name}-${process.pid}.db`)
  for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true })
  process.env.DATABASE_URI = `file:${db}`
  process.env.PLAZA_MEDIA_DIR = path.join(root, 'data', `bench-media-${process.pid}`)
  await import('@payloadcms/richtext-lexical/lexical')
  const { default: config } = await import('../payload.config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config, key: db })
  const { migrations } = await import('../migrations/sqlite')
  await payload.db.migrate({ migrations: migrations as never })
  try {
    return await fn(payload)
  } finally {
    await payload.destroy()
    for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true })
    fs.rmSync(process.env.PLAZA_MEDIA_DIR, { recursive: true, force: true })
  }
}

async function childImport(zip: string, overlay: boolean) {
  const { importZip } = await import('../src/lib/transit/storage')
  const bytes = fs.readFileSync(zip)
  await withPayload('child', async (payload) => {
    const started = performance.now()
    // Memory at each phase change, to see which phase holds the peak.
    let phase = ''
    const mb = (n: number) => Math.round(n / 1e6)
    const onProgress = (step: string) => {
      if (step === phase) return
      phase = step
      const m = process.memoryUsage()
      console.error(
        `phase ${step} at ${fmt((performance.now() - started) / 1000)} s: rss ${mb(m.rss)} MB, heap ${mb(m.heapUsed)} MB, external ${mb(m.external)} MB`,
      )
    }
    const outcome = await importZip(payload, bytes, path.basename(zip), {
      syncOverlay: overlay,
      onProgress,
    })
    const ms = performance.now() - started
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.report.errors.slice(0, 3)))
    console.log(
      JSON.stringify({
        importMs: ms,
        stopTimes: outcome.report.counts.stopTimes,
      }),
    )
  })
}

/** Imports a zip in child processes (one per run), each sampled for its peak memory. */
function childRuns(zip: string, overlay: boolean, count: number) {
  const walls: number[] = []
  const peaks: number[] = []
  const importMs: number[] = []
  for (let i = 0; i < count; i++) {
    const log = path.join(root, 'data', 'bench-transit-child.log')
    const out = execFileSync(
      'node',
      [
        path.join(root, 'bench', 'lib', 'peakTreeMemory.mjs'),
        log,
        path.join(root, 'node_modules', '.bin', 'tsx'),
        path.join(root, 'bench', 'transit.ts'),
        'import',
        zip,
        ...(overlay ? [] : ['--no-overlay']),
      ],
      { encoding: 'utf8' },
    )
    const [wall, mb] = out.trim().split(/\s+/).map(Number)
    const result = fs
      .readFileSync(log, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('{"importMs"'))
    if (!result) throw new Error(fs.readFileSync(log, 'utf8').slice(-2000))
    walls.push(wall)
    peaks.push(mb)
    importMs.push(JSON.parse(result).importMs)
  }
  return {
    importS: median(importMs) / 1000,
    peakMb: median(peaks),
    wallS: median(walls),
    runs: count,
  }
}

/**
 * The real feeds in tests/fixtures/gtfs-real: build time of each, then the whole import of
 * the largest (most stop times once frequencies are expanded) with its peak memory.
 */
function realFeeds(build: typeof import('../src/lib/transit/build').buildTimetable, runs: number) {
  let largest = { name: '', stopTimes: -1, zip: new Uint8Array() }
  for (const name of fs.readdirSync(REAL_FEEDS).sort()) {
    const dir = path.join(REAL_FEEDS, name)
    const files = Object.fromEntries(
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => [f, new Uint8Array(fs.readFileSync(path.join(dir, f)))]),
    )
    const zip = zipSync(files)
    const t = performance.now()
    const { report } = build(zip, { fallbackTimezone: 'UTC' })
    const ms = performance.now() - t
    const notices = (report.notices ?? []).reduce((n, g) => n + g.count, 0)
    console.log(
      `real feed ${name}: build ${fmt(ms, 0)} ms, ${report.counts.trips} trips, ${report.counts.stopTimes} stop times kept, ${report.dropped?.trips ?? 0} trips left out, ${notices} notices`,
    )
    if (report.counts.stopTimes > largest.stopTimes)
      largest = { name, stopTimes: report.counts.stopTimes, zip }
  }
  const zipPath = path.join(root, 'data', 'bench-real-largest.zip')
  fs.writeFileSync(zipPath, largest.zip)
  const r = childRuns(zipPath, true, runs)
  console.log(
    `largest real feed (${largest.name}, ${largest.stopTimes} stop times): import median ${fmt(r.importS, 2)} s, process peak RSS median ${r.peakMb} MB, process wall ${fmt(r.wallS)} s, runs ${r.runs}`,
  )
  fs.rmSync(zipPath, { force: true })
}

async function main() {
  console.log(
    `load average (1, 5, 15 min) at the start: ${os
      .loadavg()
      .map((n) => fmt(n, 2))
      .join(', ')}`,
  )
  const runs = Number(process.argv[2] || 5)
  const { buildTimetable } = await import('../src/lib/transit/build')
  const { TransitIndex } = await import('../src/lib/transit/query')
  const { importZip, loadActiveTimetable, forgetActiveTimetable } =
    await import('../src/lib/transit/storage')
  const caltrain = fs.readFileSync(CALTRAIN)

  // 1. Caltrain: parse + validate + derive in memory, then the whole import on SQLite.
  const builds: number[] = []
  buildTimetable(caltrain) // warm-up: module loading and JIT, not counted
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    buildTimetable(caltrain)
    builds.push(performance.now() - t)
  }
  console.log(
    `caltrain build (parse, validate, derive): median ${fmt(median(builds))} ms over ${runs}`,
  )

  const imports: number[] = []
  const importsNoOverlay: number[] = []
  const queries: number[] = []
  const cachedLoads: number[] = []
  await withPayload('caltrain', async (payload) => {
    for (let i = 0; i < runs; i++) {
      let t = performance.now()
      await importZip(payload, caltrain, 'caltrain.zip', { syncOverlay: i === 0 })
      ;(i === 0 ? imports : importsNoOverlay).push(performance.now() - t)
      if (i === 0) {
        // A second full import (records now exist: only names are compared).
        t = performance.now()
        await importZip(payload, caltrain, 'caltrain.zip')
        imports.push(performance.now() - t)
      }
    }
    forgetActiveTimetable()
    const first = performance.now()
    await loadActiveTimetable(payload)
    const coldLoad = performance.now() - first
    // 2. Next departures: 2,000 queries over every stop, 06:00–23:00 on weekdays and weekends.
    const { index } = (await loadActiveTimetable(payload))!
    const stops = index.timetable.stops.map((s) => s.id)
    const dates = ['20160406', '20160409', '20160410', '20160530']
    for (let i = 0; i < 2000; i++) {
      const stop = stops[i % stops.length]
      const t = performance.now()
      index.nextDepartures(stop, dates[i % 4], 6 * 3600 + ((i * 97) % 17) * 3600, 10)
      queries.push(performance.now() - t)
    }
    for (let i = 0; i < 200; i++) {
      const t = performance.now()
      const active = await loadActiveTimetable(payload)
      active!.index.nextDepartures('70012', '20160406', 8 * 3600, 10)
      cachedLoads.push(performance.now() - t)
    }
    console.log(
      `caltrain import on SQLite, first (creates editorial records): ${fmt(imports[0])} ms; again with records present: ${fmt(imports[1])} ms`,
    )
    console.log(
      `caltrain import on SQLite without the editorial-record pass: median ${fmt(median(importsNoOverlay))} ms over ${importsNoOverlay.length}`,
    )
    console.log(
      `timetable cold load in a new process (read parts, gunzip, index): ${fmt(coldLoad)} ms`,
    )
  })
  console.log(
    `next departures (in-memory index): median ${fmt(median(queries), 3)} ms, p99 ${fmt([...queries].sort((a, b) => a - b)[Math.floor(queries.length * 0.99)], 3)} ms over ${queries.length}`,
  )
  console.log(
    `next departures incl. the active-feed marker read (cached timetable): median ${fmt(median(cachedLoads), 2)} ms over ${cachedLoads.length}`,
  )

  // 3. Synthetic feed of 1,000,000 stop_times, imported in a child process per run.
  const zip = path.join(root, 'data', 'bench-synthetic-1m.zip')
  const genStarted = performance.now()
  fs.writeFileSync(zip, syntheticFeed())
  console.log(
    `synthetic feed: ${fmt(fs.statSync(zip).size / 1e6)} MB zip, generated in ${fmt(performance.now() - genStarted, 0)} ms`,
  )
  const buildStarted = performance.now()
  const synthetic = buildTimetable(fs.readFileSync(zip)).timetable!
  console.log(
    `synthetic build alone (parse, validate, derive; in this process): ${fmt((performance.now() - buildStarted) / 1000, 2)} s`,
  )
  const index = new TransitIndex(synthetic)
  const q: number[] = []
  for (let i = 0; i < 2000; i++) {
    const t = performance.now()
    index.nextDepartures(
      `S${(i * 7) % 2000}`,
      i % 2 ? '20260302' : '20260307',
      6 * 3600 + (i % 16) * 3600,
      10,
    )
    q.push(performance.now() - t)
  }
  console.log(`synthetic next departures: median ${fmt(median(q), 3)} ms over ${q.length}`)
  const syntheticRuns = Math.min(runs, 3)
  for (const overlay of [false, true]) {
    const r = childRuns(zip, overlay, overlay ? 1 : syntheticRuns)
    console.log(
      `synthetic 1,000,000 stop_times${overlay ? ' with editorial records (100 lines, 2,000 stops)' : ''}: import median ${fmt(r.importS, 2)} s, process peak RSS median ${r.peakMb} MB, process wall ${fmt(r.wallS)} s, runs ${r.runs}`,
    )
  }
  realFeeds(buildTimetable, Math.min(runs, 3))
  console.log(
    `load average (1, 5, 15 min) at the end: ${os
      .loadavg()
      .map((n) => fmt(n, 2))
      .join(', ')}`,
  )
  fs.rmSync(zip, { force: true })
}

if (process.argv[2] === 'synthetic') {
  fs.writeFileSync(process.argv[3], syntheticFeed())
  process.exit(0)
} else if (process.argv[2] === 'import') {
  await childImport(process.argv[3], !process.argv.includes('--no-overlay'))
  process.exit(0)
} else {
  await main()
  process.exit(0)
}
