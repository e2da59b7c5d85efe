import type { Access } from 'payload'

import { roleOf } from '@/lib/auth/roles'

/**
 * Delete: contributors only documents that are not live; that none was ever published is
 * checked in collections/hooks/keepLiveContentFromContributors.ts.
 */
export const unpublishedForContributors: Access = ({ req }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'editor') return true
  if (role === 'contributor') return { _status: { equals: 'draft' } }
  return false
}
