import type { Access } from 'payload'

import { roleOf } from '@/lib/auth/roles'

/**
 * Create/update: contributors write drafts only; editors and admins may publish.
 * Without `data` (the admin asking what the user may do) contributors get the edit UI;
 * the actual write is checked again with the data it carries. That a contributor's update
 * is a draft save (never a write to the live document) is checked where the draft flag is
 * known: collections/hooks/keepLiveContentFromContributors.ts (docs/SECURITY.md).
 */
export const draftsForContributors: Access = ({ req, data }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'editor') return true
  if (role !== 'contributor') return false
  if (!data) return true
  return data._status === 'draft'
}
