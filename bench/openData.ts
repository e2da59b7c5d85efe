// Size and time of a full HSDS 3.0 export: 10,000 synthetic services, each fully nested
// (organization, locations, addresses, accessibility, phones, contacts, schedules, topics),
// as /api/open-data/hsds/services?full=true pages them, mapped and serialized in process.
//   tsx bench/openData.ts
// Prints the median of 3 runs (the first also fills the per-value schedule cache, as the
// first request of a server does), the JSON size and its gzip size.
import { gzipSync } from 'node:zlib'

import { DEFAULT_CITY_ADDRESS } from '../src/lib/hours/holidayRegion'
import { fullService, serviceSummary } from '../src/lib/opendata/hsds'
import type { HsdsContext } from '../src/lib/opendata/hsdsContext'
import { MAX_PER_PAGE } from '../src/lib/opendata/hsdsQuery'
import type { Department, Service, Topic } from '../src/payload-types'

const SERVICES = 10_000
const RUNS = 3
const HOURS = [
  'Mo-Fr 09:00-14:00; PH off',
  'Mo-Fr 08:30-14:30; Jul-Aug Mo-Fr 08:30-13:30; PH off',
  'Mo-Sa 10:00-14:00,17:00-21:00; PH off',
  'Tu-Su 10:00-19:00; Mo off; PH 10:00-14:00',
  'Mo-Fr 09:00-14:00; Tu,Th 09:00-14:00,16:00-19:30; PH off',
  '24/7',
]
const stamp = '2026-11-26T09:00:00.000Z'

const topics = Array.from({ length: 12 }, (_, i) => ({
  id: i + 1,
  title: `Topic ${i + 1}`,
  slug: `topic-${i + 1}`,
  description: `Everything about topic ${i + 1}.`,
  updatedAt: stamp,
  createdAt: stamp,
})) as Topic[]
const departments = Array.from({ length: 8 }, (_, i) => ({
  id: i + 1,
  title: `Department ${i + 1}`,
  slug: `department-${i + 1}`,
  email: `department${i + 1}@city.example`,
  phone: '+34 960 000 000',
  updatedAt: stamp,
  createdAt: stamp,
})) as Department[]

function syntheticService(i: number): Service {
  const location = (n: number) => ({
    id: `row-${i}-${n}`,
    name: `Office ${i}-${n}`,
    address: {
      street: `Calle Mayor ${i % 200}`,
      postalCode: '46001',
      locality: 'Villamar',
      district: `District ${i % 9}`,
    },
    point: [-0.376 + (i % 100) / 1000, 39.47 + (i % 37) / 1000] as [number, number],
    openingHours: HOURS[(i + n) % HOURS.length],
    phone: '+34 960 123 456',
    email: n === 0 ? `office${i}@city.example` : null,
    website: null,
    accessibility: { wheelchair: 'yes' as const, notes: i % 3 ? 'Lift at the back.' : null },
  })
  return {
    id: i + 1,
    title: `Service ${i}`,
    slug: `service-${i}`,
    summary: `What service ${i} does for residents, in one or two sentences.`,
    category: 'office',
    topics: [(i % 12) + 1, ((i + 5) % 12) + 1],
    department: (i % 8) + 1,
    status: { state: i % 50 === 0 ? 'limited' : 'normal', message: i % 50 === 0 ? 'Works.' : null },
    locations: i % 4 === 0 ? [location(0), location(1)] : [location(0)],
    updatedAt: stamp,
    createdAt: stamp,
  } as Service
}

const ctx: HsdsContext = {
  locale: 'en',
  serverUrl: 'https://city.example',
  timeZone: 'Europe/Madrid',
  year: 2026,
  address: DEFAULT_CITY_ADDRESS,
  city: { name: 'Villamar', email: 'info@city.example', phone: '+34 960 000 000' },
  departments: new Map(departments.map((d) => [d.id, d])),
  topics: new Map(topics.map((t) => [t.id, t])),
}

const services = Array.from({ length: SERVICES }, (_, i) => syntheticService(i))
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`

/** Every page of the export, mapped and serialized one page at a time, as the API does. */
function exportAll(map: (s: Service) => unknown): { ms: number; bytes: number; gzip: number } {
  let ms = 0
  let bytes = 0
  let gzip = 0
  // Page by page, as a consumer pages through the API: one page is alive at a time.
  for (let offset = 0; offset < services.length; offset += MAX_PER_PAGE) {
    const started = performance.now()
    const page = JSON.stringify({
      contents: services.slice(offset, offset + MAX_PER_PAGE).map(map),
    })
    ms += performance.now() - started
    bytes += Buffer.byteLength(page)
    gzip += gzipSync(page).length
  }
  return { ms, bytes, gzip }
}

for (const [name, map] of [
  ['full (?full=true)', (s: Service) => fullService(s, ctx)],
  ['list (one-to-one fields)', (s: Service) => serviceSummary(s, ctx)],
] as const) {
  const runs = Array.from({ length: RUNS }, () => exportAll(map))
  const { bytes, gzip } = runs[0]
  console.log(
    `${name}: ${SERVICES} services in ${Math.ceil(SERVICES / MAX_PER_PAGE)} pages of ${MAX_PER_PAGE}: ` +
      `median ${median(runs.map((r) => r.ms)).toFixed(0)} ms (runs: ${runs.map((r) => r.ms.toFixed(0)).join(', ')}), ` +
      `${mb(bytes)} JSON, ${mb(gzip)} gzipped`,
  )
}
if (process.env.PRINT_SCHEDULES) {
  const schedules = services
    .map((s) => fullService(s, ctx))
    .reduce((sum, s) => sum + s.service_at_locations.reduce((n, l) => n + l.schedules.length, 0), 0)
  console.log(`schedules in the full export: ${schedules}`)
}
