import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { REVALIDATE_ALERTS_TASK } from '@/lib/alerts/onsetAndExpiry'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Two runners on one database take the same pending jobs at the same moment: each job must
// run once. On PostgreSQL the runners are two Payload instances with their own connection
// pools, as two `next start` processes would be. On SQLite one process is the supported
// shape, so the runners are two concurrent runs of one instance.
let ctx: TestPayload
let runnerA: Payload
let runnerB: Payload
const handled: number[] = []
const JOBS = 40

beforeAll(async () => {
  ctx = await startTestPayload()
  runnerA = ctx.payload
  const onPostgres = runnerA.db.name === 'postgres'
  if (onPostgres) {
    const { default: config } = await import('../../payload.config')
    runnerB = await getPayload({ config, key: `${ctx.dir}-runner-b` })
  } else {
    runnerB = runnerA
  }
  for (const runner of new Set([runnerA, runnerB])) {
    const task = runner.config.jobs.tasks?.find((t) => t.slug === REVALIDATE_ALERTS_TASK)
    if (!task || typeof task.handler !== 'function') throw new Error('task not found')
    const handler = task.handler
    if ((handler as { counted?: boolean }).counted) continue
    const counted = (async (args: { input: { alert: number } }) => {
      handled.push(args.input.alert)
      // Long enough for the other runner to read the queue while this one works.
      await new Promise((resolve) => setTimeout(resolve, 5))
      return (handler as (a: unknown) => unknown)(args)
    }) as unknown as typeof handler
    ;(counted as { counted?: boolean }).counted = true
    task.handler = counted
  }
}, 120_000)

afterAll(async () => {
  if (runnerB && runnerB !== runnerA) await runnerB.destroy()
  await ctx?.cleanup()
})

describe('jobs with several runners', () => {
  it('runs each queued job exactly once when two runners race for the queue', async () => {
    for (let alert = 1; alert <= JOBS; alert++) {
      await runnerA.jobs.queue({ task: REVALIDATE_ALERTS_TASK, input: { alert } } as never)
    }
    // Each runner asks for every job at once, twice over, as two cron ticks would.
    await Promise.all([
      runnerA.jobs.run({ limit: JOBS }),
      runnerB.jobs.run({ limit: JOBS }),
      runnerA.jobs.run({ limit: JOBS }),
      runnerB.jobs.run({ limit: JOBS }),
    ])
    const counts = new Map<number, number>()
    for (const alert of handled) counts.set(alert, (counts.get(alert) ?? 0) + 1)
    const twice = [...counts].filter(([, n]) => n > 1).map(([alert]) => alert)
    expect(twice).toEqual([])
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual(
      Array.from({ length: JOBS }, (_, i) => i + 1),
    )
    const { totalDocs: pending } = await runnerA.find({
      collection: 'payload-jobs',
      where: { completedAt: { exists: false } },
      overrideAccess: true,
      limit: 1,
    })
    expect(pending).toBe(0)
  }, 120_000)

  it('still runs a job by its id, once, and releases it', async () => {
    await runnerA.jobs.queue({ task: REVALIDATE_ALERTS_TASK, input: { alert: 999 } } as never)
    const { docs } = await runnerA.find({
      collection: 'payload-jobs',
      where: { 'input.alert': { equals: 999 } },
      overrideAccess: true,
    })
    await runnerB.jobs.runByID({ id: docs[0]!.id })
    // Done and released: Payload deletes a completed job, so none is left pending or held.
    const { totalDocs: left } = await runnerA.find({
      collection: 'payload-jobs',
      where: { 'input.alert': { equals: 999 } },
      overrideAccess: true,
    })
    expect(left).toBe(0)
    expect(handled.filter((alert) => alert === 999)).toHaveLength(1)
  }, 60_000)
})
