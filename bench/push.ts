// Publish an alert → the notification arrives at the push service, for 1,000 "all"
// subscriptions, on a temporary SQLite database with the local HTTPS push service the
// tests use (real VAPID signing, aes128gcm encryption, TLS and decryption on arrival).
// Latency per device = arrival time − the moment the publishing save returned (the save
// only queues the job; the queue is kicked at once, as in the site). Throughput =
// devices / (last arrival − first request). Medians over runs are printed.
// Usage: tsx bench/push.ts [runs=3] [subscriptions=1000]
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { percentile } from './lib/stats'

const runs = Number(process.argv[2] || 3)
const SUBSCRIPTIONS = Number(process.argv[3] || 1000)

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-bench-push-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`
process.env.PLAZA_MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET ||= 'bench-secret-0123456789abcdef'
process.env.PLAZA_INTERNAL_URL = 'off'
process.env.PLAZA_PUSH_ALLOW_LOCAL = '1'
process.env.PLAZA_PUSH_RUN_NOW = '1'

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

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

  for (let i = 0; i < SUBSCRIPTIONS; i++) {
    const sub = push.subscription()
    await payload.create({
      collection: 'push-subscriptions',
      data: { endpoint: sub.endpoint, keys: sub.keys, locale: i % 2 ? 'es' : 'en', alerts: 'all' },
    })
  }

  const results: { p50: number; p95: number; max: number; perSecond: number; save: number }[] = []
  for (let run = 0; run < runs; run++) {
    push.reset()
    const started = performance.now()
    await payload.create({
      collection: 'alerts',
      data: {
        headline: `Bench alert ${run}`,
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
    // Under heavy machine load some sends time out and use up their retries: report what arrived.
    await push.waitFor(SUBSCRIPTIONS, 300_000).catch((error) => console.log(String(error)))
    const latencies = push.received.map((r) => r.at - saved).sort((a, b) => a - b)
    const first = Math.min(...push.received.map((r) => r.at))
    const last = latencies.at(-1)! + saved
    const result = {
      save: saved - started,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: latencies.at(-1)!,
      perSecond: push.received.length / ((last - Math.min(first, saved)) / 1000),
    }
    results.push(result)
    console.log(
      `run ${run + 1}: arrived ${push.received.length}/${SUBSCRIPTIONS}; save ${result.save.toFixed(0)} ms; arrival p50 ${result.p50.toFixed(0)} ms, p95 ${result.p95.toFixed(0)} ms, max ${result.max.toFixed(0)} ms; ${result.perSecond.toFixed(0)} notifications/s`,
    )
    // Let the job's book-keeping (lastSuccessAt, report) finish before the next run.
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
  console.log(
    `median of ${runs} runs, ${SUBSCRIPTIONS} subscriptions: publishing save ${median(results.map((r) => r.save)).toFixed(0)} ms; publish → notification p50 ${median(results.map((r) => r.p50)).toFixed(0)} ms, p95 ${median(results.map((r) => r.p95)).toFixed(0)} ms; throughput ${median(results.map((r) => r.perSecond)).toFixed(0)} notifications/s`,
  )
  await payload.destroy()
  await push.close()
  fs.rmSync(dir, { recursive: true, force: true })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
