// Scheduling a publish is publishing: editors and admins only (docs/SECURITY.md). Payload's
// schedule drawer bypasses access, so the check sits on the queue and the jobs collection.
import {
  Forbidden,
  type CollectionBeforeOperationHook,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { roleOf } from '@/lib/auth/roles'

type UserRef = { relationTo?: string; value?: number | string } | number | string | null
type QueueArgs = {
  task?: string
  input?: { user?: UserRef }
  req?: PayloadRequest
  overrideAccess?: boolean
}

const mayPublish = (user: Parameters<typeof roleOf>[0]) => {
  const role = roleOf(user)
  return role === 'editor' || role === 'admin'
}

/** The person a scheduled job would publish as (the drawer records the scheduling user). */
async function schedulingUser(payload: Payload, ref: UserRef | undefined) {
  if (ref === undefined || ref === null) return null
  const id = typeof ref === 'object' ? ref.value : ref
  const collection = (typeof ref === 'object' && ref.relationTo) || 'users'
  if (id === undefined) return null
  const user = await payload.findByID({
    collection: collection as 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  return user ? { ...user, collection } : { collection, role: null }
}

const wrapped = new WeakSet<object>()

/** Refuses to queue a scheduled publish/unpublish for anyone but an editor or admin. */
export function onlyEditorsSchedulePublishing(payload: Payload): void {
  const jobs = payload.jobs as unknown as { queue: (args: QueueArgs) => Promise<unknown> }
  if (wrapped.has(jobs)) return
  wrapped.add(jobs)
  const queue = jobs.queue.bind(jobs)
  jobs.queue = async (args: QueueArgs) => {
    if (args?.task === 'schedulePublish') {
      const requester = args.req?.user
      const scheduler = await schedulingUser(payload, args.input?.user)
      if ((requester && !mayPublish(requester)) || (scheduler && !mayPublish(scheduler)))
        throw new Forbidden(args.req?.t)
    }
    return queue(args)
  }
}

/**
 * A signed-in contributor may not create, change or cancel a queued job, even through a Local
 * API call that overrides access (the schedule drawer's "delete" does).
 */
export const jobsChangedOnlyByEditors: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  const writes = operation === 'create' || operation === 'update' || operation === 'delete'
  if (writes && req.user && !mayPublish(req.user)) throw new Forbidden(req.t)
  return args
}
