// The staff dashboard's load time (src/lib/dashboard/staffDashboard.ts: every section the
// admin home page shows) with 10,000 documents behind it: procedures and services with review
// dates, alerts, review requests and queued or failed jobs. A temporary SQLite database,
// written through the database adapter (no hooks) to seed quickly; the dashboard then reads
// through the Local API as an editor and as a contributor, as the admin page does.
// Usage: tsx bench/dashboard.ts   (DASHBOARD_DOCS=10000, DASHBOARD_RUNS=20)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import '@payloadcms/richtext-lexical/lexical' // see scripts/lib/runCli.ts
import { getPayload, type Payload } from 'payload'

import { percentile } from './lib/stats'

const TOTAL = Number(process.env.DASHBOARD_DOCS || 10_000)
const RUNS = Number(process.env.DASHBOARD_RUNS || 20)
const DAY = 24 * 60 * 60 * 1000

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-bench-dashboard-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`
process.env.PAYLOAD_SECRET ||= 'bench-dashboard-secret-0123456789'
process.env.PLAZA_MEDIA_DIR = path.join(dir, 'media')

const { default: config } = await import('../payload.config')
const { migrations } = await import('../migrations/sqlite')
const { loadStaffDashboard } = await import('../src/lib/dashboard/staffDashboard')

async function seed(payload: Payload) {
  const now = Date.now()
  const share = (part: number) => Math.floor(TOTAL * part)
  const spread = (i: number, days: number) => new Date(now + ((i % days) - days / 2) * DAY)
  const rows: Array<[string, (i: number) => Record<string, unknown>, number]> = [
    [
      'procedures',
      (i) => ({
        title: `Procedure ${i}`,
        slug: `procedure-${i}`,
        summary: 'Bench',
        _status: 'published',
        nextReview: spread(i, 720).toISOString(),
      }),
      share(0.3),
    ],
    [
      'services',
      (i) => ({
        title: `Service ${i}`,
        slug: `service-${i}`,
        summary: 'Bench',
        category: 'office',
        _status: 'published',
        nextReview: spread(i, 720).toISOString(),
      }),
      share(0.3),
    ],
    [
      'alerts',
      (i) => ({
        headline: `Alert ${i}`,
        slug: `alert-${i}`,
        description: 'Bench',
        severity: 'Minor',
        status: 'Actual',
        _status: 'published',
        onset: spread(i, 60).toISOString(),
        expires: new Date(spread(i, 60).getTime() + 2 * DAY).toISOString(),
      }),
      share(0.2),
    ],
    [
      'review-requests',
      (i) => ({
        doc: { relationTo: 'procedures', value: (i % share(0.3)) + 1 },
        title: `Procedure ${i}`,
        message: 'Please publish',
        status: i % 2 ? 'pending' : 'approved',
      }),
      share(0.1),
    ],
    [
      'payload-jobs',
      (i) => ({
        taskSlug: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'services', value: (i % share(0.3)) + 1 } },
        waitUntil: spread(i, 30).toISOString(),
        hasError: i % 10 === 0,
        ...(i % 10 === 0 ? { error: { message: 'bench failure' } } : {}),
      }),
      share(0.1),
    ],
  ]
  for (const [collection, make, count] of rows)
    for (let i = 0; i < count; i++)
      await payload.db.create({ collection, data: make(i), returning: false } as never)
  const editor = await payload.create({
    collection: 'users',
    data: { email: 'editor@bench.example', password: 'bench-password-123', role: 'editor' },
    overrideAccess: true,
  })
  const contributor = await payload.create({
    collection: 'users',
    data: { email: 'c@bench.example', password: 'bench-password-123', role: 'contributor' },
    overrideAccess: true,
  })
  return {
    editor: { ...editor, collection: 'users' as const },
    contributor: { ...contributor, collection: 'users' as const },
  }
}

const payload = await getPayload({ config })
try {
  await payload.db.migrate({ migrations: migrations as never })
  const seedStarted = Date.now()
  const people = await seed(payload)
  console.log(`seeded ${TOTAL} documents in ${((Date.now() - seedStarted) / 1000).toFixed(0)} s`)
  for (const [who, user] of Object.entries(people)) {
    await loadStaffDashboard(payload, user as never) // warm-up
    const times: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now()
      await loadStaffDashboard(payload, user as never)
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    console.log(
      `dashboard as ${who}: median ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms (${RUNS} runs)`,
    )
  }
  console.log(
    `load average: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  )
} finally {
  await payload.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
