import type { Access } from 'payload'

import { roleOf } from '@/lib/auth/roles'

/**
 * Create/update: contributors write drafts only; editors and admins may publish. That an update
 * is a draft save is checked in collections/hooks/keepLiveContentFromContributors.ts.
 */
export const draftsForContributors: Access = ({ req, data }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'editor') return true
  if (role !== 'contributor') return false
  if (!data) return true
  return data._status === 'draft'
}
