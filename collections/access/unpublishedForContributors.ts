import type { Access } from 'payload'

import { roleOf } from './roles'

/** Delete: editors and admins anything; contributors only documents that were never published. */
export const unpublishedForContributors: Access = ({ req }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'editor') return true
  if (role === 'contributor') return { _status: { equals: 'draft' } }
  return false
}
