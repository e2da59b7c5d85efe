// One alert to 1,000 real devices while 10,000 dead subscriptions exist (docs/SECURITY.md
// line 26): 9,000 whose push service answers 404/410 and 1,000 on a host that never answers
// (each costs the 5 s send timeout). The real devices received an earlier alert, as real
// ones have; the dead ones arrived in a burst after them. Per run: the dead set is created
// afresh, the alert is published (the save queues the job, as in the site), and we measure
// when each real device got it (publish → arrival) and when the whole delivery finished.
// A first run without the dead set is the baseline. Medians over runs are printed.
// Usage: tsx bench/pushFlood.ts [runs=3] [live=1000] [dead=10000] [hanging=1000]
// Measured here (2 shared cores, 3 Dec 2026, `tsx bench/pushFlood.ts 1`): real devices p50
// 2.8 s, p95 3.7 s, all 6.5 s after publishing (950 of the first 1,000 requests went to them);
// the whole delivery 129 s (9,000 pruned, 1,000 silent failed once). Without the dead ones:
// p50 1.5 s, p95 2.3 s, all 4.6 s.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { percentile } from './lib/stats'

const runs = Number(process.argv[2] || 3)
const LIVE = Number(process.argv[3] || 1000)
const DEAD = Number(process.argv[4] || 10_000)
const HANGING = Number(process.argv[5] || 1000)

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-bench-push-flood-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`
process.env.PLAZA_MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET ||= 'bench-secret-0123456789abcdef'
process.env.PLAZA_INTERNAL_URL = 'off'
process.env.PLAZA_PUSH_ALLOW_LOCAL = '1'
process.env.PLAZA_PUSH_RUN_NOW = '1'

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function main(): Promise<void> {
  const { useTestVapidKeys } = await import('../tests/helpers/pushKeys')
  const { startPushEndpoint } = await import('../tests/helpers/pushEndpoint')
  const vapid = useTestVapidKeys('mailto:bench@plaza.invalid')
  const push = await startPushEndpoint({ vapidPublicKey: vapid.publicKey })
  await import('@payloadcms/richtext-lexical/lexical')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { migrations } = await import('../migrations/sqlite')
  const { setPushAgent } = await import('../src/lib/push/send')
  setPushAgent(push.agent)
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: migrations as never })

  const liveIds = new Set<string>()
  const liveEndpoints: string[] = []
  for (let i = 0; i < LIVE; i++) {
    const sub = push.subscription()
    liveIds.add(sub.id)
    liveEndpoints.push(sub.endpoint)
    await payload.db.create({
      collection: 'push-subscriptions',
      data: { endpoint: sub.endpoint, keys: sub.keys, locale: i % 2 ? 'es' : 'en', alerts: 'all' },
    })
  }

  async function publishAndMeasure(label: string, dead: number) {
    push.reset()
    if (dead > 0) {
      for (let i = 0; i < dead; i++) {
        const sub = push.subscription()
        push.respond(sub.id, i < HANGING ? 'hang' : i % 2 ? 404 : 410)
        await payload.db.create({
          collection: 'push-subscriptions',
          data: { endpoint: sub.endpoint, keys: sub.keys, locale: 'en', alerts: 'all' },
        })
      }
    }
    const alert = await payload.create({
      collection: 'alerts',
      data: {
        headline: `Flood bench ${label}`,
        description: 'Benchmark alert.',
        severity: 'Severe',
        status: 'Actual',
        onset: new Date().toISOString(),
        expires: new Date(Date.now() + 3600_000).toISOString(),
        eventType: 'Bench',
        area: { description: 'Everywhere' },
        _status: 'published',
      } as never,
      context: { disableRevalidate: true },
    })
    const saved = performance.now()
    // Until the delivery's report says it is over (the whole delivery, dead ones included).
    for (;;) {
      const { docs } = await payload.find({
        collection: 'push-deliveries',
        where: { alert: { equals: alert.id } },
        limit: 1,
        depth: 0,
      })
      const report = docs[0]
      if (report?.status === 'done' || report?.status === 'failed') {
        const finished = performance.now() - saved
        const arrived = push.received.filter((r) => liveIds.has(r.subscriptionId))
        const latencies = arrived.map((r) => r.at - saved).sort((a, b) => a - b)
        // Ordering check: how many of the first LIVE requests the push service saw were real.
        const firstRequests = push.attempts.slice(0, LIVE)
        const realFirst = firstRequests.filter((a) => liveIds.has(a.subscriptionId)).length
        const result = {
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          allLive: latencies.at(-1) ?? NaN,
          finished,
        }
        console.log(
          `${label}: ${arrived.length}/${LIVE} real devices reached (${realFirst} of the first ${firstRequests.length} requests were to real devices); publish → arrival p50 ${result.p50.toFixed(0)} ms, p95 ${result.p95.toFixed(0)} ms, last real device ${result.allLive.toFixed(0)} ms; whole delivery ${(finished / 1000).toFixed(1)} s (matched ${report.matched}, sent ${report.sent}, failed ${report.failed}, pruned ${report.pruned})`,
        )
        // What a run leaves of the dead set (devices on the silent host) is removed, and the
        // real devices keep their history, for the next run to start from the same state.
        await payload.db.deleteMany({
          collection: 'push-subscriptions',
          where: { endpoint: { not_in: liveEndpoints } },
        })
        await payload.db.updateMany({
          collection: 'push-subscriptions',
          where: { endpoint: { in: liveEndpoints } },
          data: { lastSuccessAt: new Date().toISOString(), failureCount: 0 },
        })
        return result
      }
      await sleep(200)
    }
  }

  // The real devices receive one alert first, as devices that have been subscribed do.
  await publishAndMeasure('warm-up (no dead subscriptions)', 0)
  const baseline = await publishAndMeasure('baseline (no dead subscriptions)', 0)
  const flooded = []
  for (let run = 0; run < runs; run++) {
    flooded.push(await publishAndMeasure(`run ${run + 1} (+${DEAD} dead)`, DEAD))
  }
  console.log(
    `median of ${runs} runs, ${LIVE} real devices + ${DEAD} dead (${HANGING} silent): publish → real device p50 ${median(flooded.map((r) => r.p50)).toFixed(0)} ms, p95 ${median(flooded.map((r) => r.p95)).toFixed(0)} ms, all real devices ${median(flooded.map((r) => r.allLive)).toFixed(0)} ms, whole delivery ${(median(flooded.map((r) => r.finished)) / 1000).toFixed(1)} s; baseline without dead: p50 ${baseline.p50.toFixed(0)} ms, p95 ${baseline.p95.toFixed(0)} ms, all ${baseline.allLive.toFixed(0)} ms`,
  )
  await payload.destroy()
  await push.close()
  fs.rmSync(dir, { recursive: true, force: true })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
