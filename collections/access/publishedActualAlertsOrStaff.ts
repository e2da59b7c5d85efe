import type { Access, Where } from 'payload'

import { roleOf } from '@/lib/auth/roles'

/**
 * Alerts the public may read: published AND real (CAP status Actual). Test and Exercise
 * alerts exist for rehearsals with other agencies; a citizen must never mistake one for a
 * real emergency, so no public channel (REST, GraphQL, pages, feeds) returns them.
 */
export const publishedActualAlertsOrStaff: Access = ({ req }) => {
  if (roleOf(req.user) !== null) return true
  const published: Where = { _status: { equals: 'published' } }
  const actual: Where = { status: { equals: 'Actual' } }
  return { and: [published, actual] }
}
