// "schedule" audit entries: Payload queues jobs without collection hooks, so `jobs.queue` is
// wrapped at init and every way of scheduling writes one entry.
import type { Payload, PayloadRequest } from 'payload'

import { writeAudit } from './auditLog'

type ScheduleInput = {
  type?: 'publish' | 'unpublish'
  doc?: { relationTo?: string; value?: number | string }
  global?: string
  locale?: string
  user?: { relationTo?: string; value?: number | string } | number | string | null
}

type QueueArgs = {
  task?: string
  input?: ScheduleInput
  waitUntil?: Date | string
  req?: PayloadRequest
}

const wrapped = new WeakSet<object>()

/** Who scheduled: the user the job will publish as, else the request's user, else system. */
async function schedulerOf(payload: Payload, input: ScheduleInput, req?: PayloadRequest) {
  const ref = input.user
  if (ref && typeof ref === 'object' && ref.value !== undefined && ref.relationTo) {
    try {
      const user = await payload.findByID({
        collection: ref.relationTo as 'users',
        id: ref.value,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      return { id: ref.value, email: (user as { email?: string } | null)?.email ?? null }
    } catch {
      return { id: ref.value, email: null }
    }
  }
  const user = req?.user as { id: number | string; email?: string } | null | undefined
  return user ? { id: user.id, email: user.email ?? null } : null
}

export function auditScheduledPublishing(payload: Payload): void {
  const jobs = payload.jobs as unknown as { queue: (args: QueueArgs) => Promise<unknown> }
  if (wrapped.has(jobs)) return
  wrapped.add(jobs)
  const queue = jobs.queue.bind(jobs)
  jobs.queue = async (args: QueueArgs) => {
    const job = await queue(args)
    if (args?.task === 'schedulePublish') {
      const input = args.input ?? {}
      const when = args.waitUntil ? new Date(args.waitUntil).toISOString() : 'now'
      const type = input.type ?? 'publish'
      await writeAudit(
        payload,
        {
          action: 'schedule',
          user: await schedulerOf(payload, input, args.req),
          actor: 'system',
          collection: input.doc?.relationTo ?? null,
          global: input.global ?? null,
          documentId: input.doc?.value ?? null,
          operation: type,
          detail: `${type} at ${when}${input.locale ? ` (${input.locale})` : ''}`,
        },
        args.req,
      )
    }
    return job
  }
}
