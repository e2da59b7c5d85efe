import type { CollectionAfterChangeHook, PayloadRequest, Where } from 'payload'

import { userOf, writeAudit, type AuditAction } from '@/lib/audit/auditLog'
import { asUser } from '@/lib/db/asUser'
import { notifyEditors } from '@/lib/review/notifyEditors'
import { docRef, type DocRef } from '@/lib/review/reviewDocs'
import type { ReviewableCollection } from '@/lib/review/reviewable'
import type { ReviewRequest } from '@/payload-types'

/** Publishes the reviewed draft now, as the deciding editor (their access and locks apply). */
async function publishNow(req: PayloadRequest, ref: DocRef) {
  await req.payload.update(
    asUser(req.user!, {
      collection: ref.relationTo as ReviewableCollection,
      id: ref.value,
      data: { _status: 'published' } as never,
      depth: 0,
      req,
    }),
  )
}

/** Queues the publish at the chosen time, as Payload's own schedule drawer does. */
async function schedulePublish(req: PayloadRequest, ref: DocRef, at: string) {
  await req.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: ref,
      user: { relationTo: 'users', value: req.user!.id },
    },
    waitUntil: new Date(at),
    req,
  } as never)
}

/**
 * Asking or deciding releases this person's own lock, so the next person is not kept out until
 * it times out.
 */
async function releaseOwnLock(req: PayloadRequest, ref: DocRef) {
  if (!req.user) return
  await req.payload.delete(
    asUser(req.user, {
      collection: 'payload-locked-documents',
      where: {
        and: [
          { 'document.relationTo': { equals: ref.relationTo } },
          { 'document.value': { equals: ref.value } },
          { 'user.value': { equals: req.user.id } },
        ] as Where[],
      },
      req,
    }),
  )
}

async function audit(
  req: PayloadRequest,
  action: AuditAction,
  request: ReviewRequest,
  ref: DocRef,
  detail: string,
) {
  await writeAudit(
    req.payload,
    {
      action,
      user: userOf(req),
      actor: userOf(req) ? undefined : 'system',
      collection: ref.relationTo,
      documentId: ref.value,
      operation: `review-request ${request.id}`,
      detail,
    },
    req,
  )
}

/**
 * The consequences of a request and of its decision, in the same transaction as the change
 * itself: an approval whose publish fails (say a required field is empty) is not approved.
 */
export const carryOutReview: CollectionAfterChangeHook<ReviewRequest> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const ref = docRef(doc.doc)
  if (!ref) return doc
  if (operation === 'create') {
    await audit(req, 'review-request', doc, ref, doc.message ?? '')
    await releaseOwnLock(req, ref)
    // Sent without waiting: the contributor's request does not wait on a mail server.
    void notifyEditors(req.payload, { ...doc, doc: ref })
    return doc
  }
  if (previousDoc?.status !== 'pending' || doc.status === 'pending') return doc
  if (doc.status === 'approved') {
    if (doc.decision === 'schedule' && doc.publishAt) {
      await schedulePublish(req, ref, doc.publishAt)
      await audit(req, 'review-approve', doc, ref, `schedule at ${doc.publishAt}`)
    } else {
      await publishNow(req, ref)
      await audit(req, 'review-approve', doc, ref, 'publish now')
    }
  } else if (doc.status === 'returned') {
    await audit(req, 'review-return', doc, ref, doc.comment ?? '')
  }
  await releaseOwnLock(req, ref)
  return doc
}
