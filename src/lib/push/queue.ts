// Queued inside the save's transaction (a rolled-back save queues nothing) and kicked once it
// commits, so the editor never waits; `autoRun` remains the safety net.
import type { Payload, PayloadRequest } from 'payload'

import { shouldRunJobs } from '@/lib/jobs/shouldRunJobs'

export const PUSH_DELIVERY_TASK = 'pushDelivery'

export interface PushDeliveryInput {
  kind: 'alert' | 'event'
  id: number
  /** For alerts: the CAP message this notification announces. */
  capIdentifier?: string
}

/** In the site process (or when tests and the bench ask) queued deliveries start at once. */
function runImmediately(): boolean {
  if (process.env.PLAZA_PUSH_RUN_NOW === '1') return true
  if (process.env.PLAZA_PUSH_RUN_NOW === '0') return false
  return shouldRunJobs()
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs the job once its row is committed; gives up quietly after ~5 s (the cron takes over). */
async function kick(payload: Payload, id: number | string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    const job = docs[0] as { completedAt?: string | null; processing?: boolean } | undefined
    if (job) {
      if (!job.completedAt && !job.processing) await payload.jobs.runByID({ id, silent: true })
      return
    }
    await sleep(attempt < 20 ? 25 : 100)
  }
}

export async function queuePushDelivery(
  payload: Payload,
  input: PushDeliveryInput,
  req?: PayloadRequest,
): Promise<void> {
  const job = await payload.jobs.queue({ task: PUSH_DELIVERY_TASK, input, req } as never)
  if (!runImmediately()) return
  setTimeout(() => {
    kick(payload, job.id).catch((error) =>
      payload.logger.error(`push: could not start delivery job ${job.id}: ${String(error)}`),
    )
  }, 0)
}
