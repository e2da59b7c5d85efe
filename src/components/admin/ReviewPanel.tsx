import type { UIFieldServerProps } from 'payload'

import { hasRole } from '@/lib/auth/roles'
import { adminMessages } from '@/lib/i18n/adminMessages'
import { REVIEW_REQUESTS } from '@/lib/review/reviewable'
import { ReviewPanelClient, type PanelRequest } from './ReviewPanelClient'

/**
 * The document's review box, read with the viewer's own access: a contributor sees only the
 * requests they made, an editor every request for this document.
 */
export async function ReviewPanel({ id, collectionSlug, payload, req, i18n }: UIFieldServerProps) {
  const text = adminMessages(i18n?.language)
  if (id === undefined || id === null) return <p className="field-description">{text.saveFirst}</p>
  const { docs } = await payload.find({
    collection: REVIEW_REQUESTS as never,
    where: {
      and: [{ 'doc.relationTo': { equals: collectionSlug } }, { 'doc.value': { equals: id } }],
    },
    sort: '-createdAt',
    limit: 5,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const requests = (docs as unknown as PanelRequest[]).map((doc) => ({
    id: doc.id,
    status: doc.status,
    message: doc.message,
    comment: doc.comment ?? null,
    requesterLabel: doc.requesterLabel ?? null,
    deciderLabel: doc.deciderLabel ?? null,
    decision: doc.decision ?? null,
    publishAt: doc.publishAt ?? null,
    createdAt: doc.createdAt,
  }))
  return (
    <ReviewPanelClient
      collection={collectionSlug}
      docId={id}
      isEditor={hasRole(req.user, 'editor', 'admin')}
      requests={requests}
      text={text}
      locale={i18n?.language ?? 'en'}
    />
  )
}
