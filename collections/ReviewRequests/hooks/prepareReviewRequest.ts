import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import {
  isReviewable,
  REVIEW_REQUESTS,
  type ReviewableCollection,
  type ReviewStatus,
} from '@/lib/review/reviewable'
import { docRef, latestVersionId, personLabel, type DocRef } from '@/lib/review/reviewDocs'

type RequestData = {
  doc?: unknown
  message?: string | null
  status?: ReviewStatus
  decision?: 'publish' | 'schedule' | null
  publishAt?: string | null
  comment?: string | null
  requestedBy?: unknown
  requesterLabel?: string | null
  versionId?: string | null
  decidedBy?: unknown
  deciderLabel?: string | null
  decidedAt?: string | null
  title?: string | null
}

const refuse = (req: PayloadRequest, path: string, message: string): never => {
  throw new ValidationError({ collection: REVIEW_REQUESTS, errors: [{ path, message }] }, req.t)
}

/** The document asked about, read with the asker's own access: no asking about what one cannot see. */
async function readTarget(req: PayloadRequest, ref: DocRef) {
  const collection = ref.relationTo as ReviewableCollection
  const doc = await req.payload.findByID({
    collection,
    id: ref.value,
    draft: true,
    depth: 0,
    disableErrors: true,
    overrideAccess: !req.user,
    user: req.user ?? undefined,
    req,
  })
  if (!doc) refuse(req, 'doc', 'That document does not exist or you may not read it.')
  const useAsTitle = req.payload.collections[collection].config.admin.useAsTitle ?? 'id'
  const title = (doc as unknown as Record<string, unknown>)[useAsTitle]
  return { title: typeof title === 'string' ? title : String(ref.value) }
}

async function prepareNewRequest(req: PayloadRequest, data: RequestData): Promise<RequestData> {
  const ref = docRef(data.doc)
  if (!ref || !isReviewable(ref.relationTo))
    return refuse(req, 'doc', 'Choose a document that has drafts.')
  if (!data.message?.trim()) refuse(req, 'message', 'Say what the editor should look at.')
  const { title } = await readTarget(req, ref)
  const { totalDocs } = await req.payload.count({
    collection: REVIEW_REQUESTS as never,
    where: {
      and: [
        { 'doc.relationTo': { equals: ref.relationTo } },
        { 'doc.value': { equals: ref.value } },
        { status: { equals: 'pending' } },
      ],
    },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) refuse(req, 'doc', 'This document is already waiting for review.')
  // Whatever the request says about its own state, a new request is pending and the server
  // says who asked and which version: a contributor cannot create an approved request.
  return {
    doc: ref,
    title,
    message: data.message!.trim(),
    status: 'pending',
    decision: null,
    publishAt: null,
    comment: null,
    requestedBy: req.user?.id ?? null,
    requesterLabel: personLabel(req.user),
    versionId: await latestVersionId(req, ref),
    decidedBy: null,
    deciderLabel: null,
    decidedAt: null,
  }
}

/** Refuses a decision that is not allowed: who decides, from which state, with what. */
async function checkDecision(
  req: PayloadRequest,
  status: ReviewStatus | undefined,
  data: RequestData,
  original: RequestData,
): Promise<void> {
  // A decision publishes as a person, with that person's access and locks.
  if (!req.user) refuse(req, 'status', 'Only a signed-in editor decides a review request.')
  if (original.status !== 'pending') refuse(req, 'status', 'This request was already decided.')
  if (status === 'pending') refuse(req, 'status', 'A decided request cannot be reopened.')
  if (status === 'returned' && !data.comment?.trim())
    refuse(req, 'comment', 'Tell the contributor what to change.')
  if (status === 'approved') {
    if (!data.decision) refuse(req, 'decision', 'Choose: publish now or schedule.')
    if (data.decision === 'schedule') {
      const at = data.publishAt ? new Date(data.publishAt) : null
      if (!at || Number.isNaN(at.getTime()) || at.getTime() <= Date.now())
        refuse(req, 'publishAt', 'Choose a time in the future.')
    }
    // What the editor approves must be what the contributor asked about: a draft saved after
    // the request was made has not been reviewed.
    const ref = docRef(original.doc)!
    if ((await latestVersionId(req, ref)) !== original.versionId)
      refuse(
        req,
        'status',
        'The draft changed after the request: open the document, check it and publish it, or send the request back.',
      )
  }
}

async function prepareDecision(
  req: PayloadRequest,
  data: RequestData,
  original: RequestData,
): Promise<RequestData> {
  // What was asked, by whom and about which version stays as it was.
  const kept: RequestData = {
    ...data,
    doc: docRef(original.doc),
    title: original.title,
    message: original.message,
    requestedBy: docRefId(original.requestedBy),
    requesterLabel: original.requesterLabel,
    versionId: original.versionId,
  }
  const status = data.status ?? original.status
  if (status === original.status) {
    // Not a decision: only the comment of an open request may change.
    return {
      ...kept,
      decision: original.decision ?? null,
      publishAt: original.publishAt ?? null,
      decidedBy: docRefId(original.decidedBy),
      deciderLabel: original.deciderLabel,
      decidedAt: original.decidedAt,
    }
  }
  await checkDecision(req, status, data, original)
  return {
    ...kept,
    status,
    decision: status === 'approved' ? data.decision : null,
    publishAt: status === 'approved' && data.decision === 'schedule' ? data.publishAt : null,
    comment: data.comment?.trim() || null,
    decidedBy: req.user?.id ?? null,
    deciderLabel: personLabel(req.user),
    decidedAt: new Date().toISOString(),
  }
}

const docRefId = (value: unknown) =>
  value && typeof value === 'object' ? ((value as { id?: unknown }).id ?? null) : (value ?? null)

/** Fills in the server's part of a review request and checks every decision. */
export const prepareReviewRequest: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'create') return prepareNewRequest(req, data as RequestData)
  return prepareDecision(req, data as RequestData, originalDoc as RequestData)
}
