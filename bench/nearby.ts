// Nearby index and API speed. Prints medians of repeated runs.
//   In process (no server):   tsx bench/nearby.ts
//   Plus the HTTP API p95:    BASE_URL=http://127.0.0.1:3130 tsx bench/nearby.ts
//   (start that server with PLAZA_RATE_LIMIT_NEARBY=1000000/60: all bench requests come from
//   one address and would otherwise be answered 429 after the default 120 per minute)
// Index: build time over 10,000 synthetic locations (each with parsed opening hours, as the
// real index holds them) and nearest-20 query time, plain and filtered by "open now".
// API: GET /api/nearby?…&limit=20 at random points, 50 requests in flight at a time.
import { findNearby } from '../src/lib/geo/findNearby'
import { buildNearbyIndex } from '../src/lib/geo/nearbyIndex'
import type { ServiceLocationEntry } from '../src/lib/geo/serviceLocations'
import { parseOpeningHours } from '../src/lib/hours/openingStatus'

const LOCATIONS = 10_000
const QUERIES = 2_000
const RUNS = 7
const CONCURRENCY = 50
const API_REQUESTS = Number(process.env.API_REQUESTS || 1_000)
const API_RUNS = Number(process.env.API_RUNS || 3)
const BBOX = { west: -0.42, south: 39.43, east: -0.32, north: 39.51 }
const HOURS = [
  'Mo-Fr 09:00-14:00; PH off',
  'Mo-Fr 08:00-21:00; Sa 09:00-14:00; PH 09:00-14:00',
  'Mo-Sa 10:00-14:00,17:00-21:00; PH off',
  '24/7',
]

let seed = 12345
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}
const randomPoint = (): [number, number] => [
  BBOX.west + random() * (BBOX.east - BBOX.west),
  BBOX.south + random() * (BBOX.north - BBOX.south),
]

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function syntheticEntries(): ServiceLocationEntry[] {
  const parsed = HOURS.map((text) => parseOpeningHours(text))
  return Array.from({ length: LOCATIONS }, (_, i) => ({
    point: randomPoint(),
    serviceId: i,
    slug: `service-${i}`,
    category: 'office',
    topics: [i % 5 === 0 ? 'sport' : 'other'],
    title: { en: `Service ${i}` },
    locationIndex: 0,
    name: { en: `Desk ${i}` },
    address: { street: `Street ${i}` },
    openingHours: HOURS[i % HOURS.length],
    closure: null,
    hours: parsed[i % HOURS.length],
    wheelchair: i % 3 === 0 ? 'yes' : 'limited',
    accessibilityNotes: {},
  }))
}

function benchIndex(): void {
  const entries = syntheticEntries()
  const builds: number[] = []
  let index = buildNearbyIndex(entries)
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now()
    index = buildNearbyIndex(entries)
    builds.push(performance.now() - started)
  }
  console.log(
    `index: ${LOCATIONS} locations, build (kdbush) median ${median(builds).toFixed(2)} ms over ${RUNS} runs`,
  )
  // Parsing is cached per distinct value; 100 distinct values show the cost of a cold parse.
  const parseStarted = performance.now()
  for (let i = 0; i < 100; i++)
    parseOpeningHours(`Mo-Fr 08:${String(i % 60).padStart(2, '0')}-1${i % 10}:00; PH off`)
  const parseMs = (performance.now() - parseStarted) / 100
  console.log(
    `index: cold parse of one opening_hours value: ${parseMs.toFixed(2)} ms (then cached)`,
  )

  const knn: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const points = Array.from({ length: QUERIES }, randomPoint)
    const started = performance.now()
    for (const point of points) index.nearest(point, { limit: 20 })
    knn.push((performance.now() - started) / QUERIES)
  }
  console.log(
    `query: nearest-20, index only (no opening status): median ${(median(knn) * 1000).toFixed(1)} µs per query`,
  )

  const clock = { now: new Date(), timeZone: 'Europe/Madrid' }
  const cases: Array<[string, Parameters<typeof findNearby>[3]]> = [
    ['nearest-20', {}],
    ['nearest-20, topic + accessible', { topic: 'sport', accessible: true }],
    ['nearest-20, open now (status of each result included)', { openNow: true }],
  ]
  for (const [name, filters] of cases) {
    const perRun: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const points = Array.from({ length: QUERIES }, randomPoint)
      const started = performance.now()
      for (const point of points) findNearby(index, point, 20, filters, clock)
      perRun.push((performance.now() - started) / QUERIES)
    }
    console.log(
      `query: ${name}: median ${(median(perRun) * 1000).toFixed(1)} µs per query (${RUNS} runs × ${QUERIES})`,
    )
  }
}

async function benchApi(base: string): Promise<void> {
  const url = () => {
    const [lng, lat] = randomPoint()
    return `${base}/api/nearby?lat=${lat.toFixed(5)}&lng=${lng.toFixed(5)}&limit=20`
  }
  const warm = await fetch(url())
  if (!warm.ok) throw new Error(`GET /api/nearby answered ${warm.status}`)
  await warm.arrayBuffer()
  const p50s: number[] = []
  const p95s: number[] = []
  const rates: number[] = []
  for (let run = 0; run < API_RUNS; run++) {
    const times: number[] = []
    let next = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next++ < API_REQUESTS) {
          const t0 = performance.now()
          const response = await fetch(url())
          await response.arrayBuffer()
          if (response.status === 429) {
            throw new Error(
              'GET /api/nearby answered 429: start the server with PLAZA_RATE_LIMIT_NEARBY=1000000/60',
            )
          }
          if (!response.ok) throw new Error(`GET /api/nearby answered ${response.status}`)
          times.push(performance.now() - t0)
        }
      }),
    )
    const seconds = (performance.now() - started) / 1000
    p50s.push(percentile(times, 50))
    p95s.push(percentile(times, 95))
    rates.push(times.length / seconds)
    console.log(
      `api run ${run + 1}: ${times.length} requests, ${CONCURRENCY} in flight: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, ${(times.length / seconds).toFixed(0)} req/s`,
    )
  }
  console.log(
    `api: median of ${API_RUNS} runs: p50 ${median(p50s).toFixed(1)} ms, p95 ${median(p95s).toFixed(1)} ms, ${median(rates).toFixed(0)} req/s`,
  )
}

benchIndex()
if (process.env.BASE_URL) await benchApi(process.env.BASE_URL.replace(/\/$/, ''))
