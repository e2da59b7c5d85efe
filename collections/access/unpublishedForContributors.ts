import type { Access } from 'payload'

import { roleOf } from '@/lib/auth/roles'

/**
 * Delete: editors and admins anything; contributors only documents that are not live. That no
 * version was ever published either is checked in collections/hooks/keepLiveContentFromContributors.ts
 * (access rules are not told which collection they guard; docs/SECURITY.md).
 */
export const unpublishedForContributors: Access = ({ req }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'editor') return true
  if (role === 'contributor') return { _status: { equals: 'draft' } }
  return false
}
