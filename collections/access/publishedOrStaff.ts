import type { Access } from 'payload'

import { roleOf } from '@/lib/auth/roles'

/**
 * Anonymous readers (and citizens) see published documents only, through every API:
 * Payload returns drafts from a plain find, so the filter lives in the access rule.
 */
export const publishedOrStaff: Access = ({ req }) => {
  if (roleOf(req.user) !== null) return true
  return { _status: { equals: 'published' } }
}
