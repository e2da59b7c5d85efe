import type { Access, Where } from 'payload'

import { roleOf } from '@/lib/auth/roles'

/**
 * The public reads only published alerts of CAP status Actual: a citizen must never mistake a
 * Test or Exercise alert for a real emergency, on any channel.
 */
export const publishedActualAlertsOrStaff: Access = ({ req }) => {
  if (roleOf(req.user) !== null) return true
  const published: Where = { _status: { equals: 'published' } }
  const actual: Where = { status: { equals: 'Actual' } }
  return { and: [published, actual] }
}
