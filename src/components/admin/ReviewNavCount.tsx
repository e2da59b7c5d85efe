import type { ServerComponentProps } from 'payload'

import { hasRole } from '@/lib/auth/roles'
import { adminMessages } from '@/lib/i18n/adminMessages'
import { REVIEW_REQUESTS } from '@/lib/review/reviewable'

/** In the admin's nav, for editors: how many requests wait, linking to the queue. */
export async function ReviewNavCount({ payload, user, i18n }: ServerComponentProps) {
  if (!user || !hasRole(user, 'editor', 'admin')) return null
  const { totalDocs } = await payload.count({
    collection: REVIEW_REQUESTS as never,
    where: { status: { equals: 'pending' } },
    overrideAccess: false,
    user,
  })
  if (totalDocs === 0) return null
  const text = adminMessages(i18n?.language)
  return (
    <a
      className="nav__link plaza-review-count"
      href="/admin/collections/review-requests?where[status][equals]=pending"
      style={{ fontWeight: 600, marginBottom: '1rem', display: 'block' }}
    >
      {totalDocs} {text.reviewsWaiting}
    </a>
  )
}
