// A service notice starts and ends by the calendar with nobody saving: as for alerts, a job at
// each crossing refreshes the pages, taken by one runner only (claimJobsOnce).
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { affectedPaths } from '@/lib/revalidation/affectedPaths'
import { requestRevalidation } from '@/lib/revalidation/revalidate'

import { noticeCrossings, type NoticeTiming } from './noticeDates'

export const REVALIDATE_SERVICE_NOTICE_TASK = 'revalidateServiceNotice'

type Input = { service: number }

export const revalidateServiceNoticeTask: TaskConfig<{ input: Input; output: object }> = {
  slug: REVALIDATE_SERVICE_NOTICE_TASK,
  label: 'Refresh a service’s pages when its notice starts or ends',
  inputSchema: [{ name: 'service', type: 'number', required: true }],
  retries: 2,
  handler: async ({ input, req }) => {
    // The service may have been renamed, retagged or deleted since the job was queued.
    const { docs } = await req.payload.find({
      collection: 'services',
      where: { id: { equals: input.service } },
      select: { slug: true, topics: true },
      populate: { topics: { slug: true } },
      depth: 1,
      limit: 1,
      overrideAccess: true,
      req,
    })
    await requestRevalidation(affectedPaths('services', docs[0] ?? { id: input.service }, null), {
      logger: req.payload.logger,
    })
    return { output: {} }
  },
}

/**
 * Queues the refreshes at a notice's future start and end once each. Jobs for dates since
 * changed stay: a needless refresh costs one render.
 */
export async function queueNoticeCrossings(
  payload: Payload,
  service: { id: number; status?: NoticeTiming | null },
  { now = new Date(), timeZone, req }: { now?: Date; timeZone: string; req?: PayloadRequest },
): Promise<Date[]> {
  if (!service.status) return []
  const crossings = noticeCrossings(service.status, now, timeZone)
  if (crossings.length === 0) return []
  // Few jobs of this task are ever pending (two per notice at most): match them here rather
  // than query the JSON input, which each adapter filters its own way.
  const { docs: pending } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: REVALIDATE_SERVICE_NOTICE_TASK } },
        { completedAt: { exists: false } },
      ],
    },
    select: { input: true, waitUntil: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const queued = new Set(
    pending
      .filter((job) => Number((job.input as Partial<Input> | null)?.service) === service.id)
      .map((job) => new Date(job.waitUntil as string).getTime()),
  )
  const added: Date[] = []
  for (const waitUntil of crossings) {
    if (queued.has(waitUntil.getTime())) continue
    await payload.jobs.queue({
      task: REVALIDATE_SERVICE_NOTICE_TASK,
      input: { service: service.id },
      waitUntil,
      req,
    } as never)
    added.push(waitUntil)
  }
  return added
}
