import type { Access } from 'payload'

import { roleOf } from './roles'

/**
 * Create/update: contributors write drafts only; editors and admins may publish.
 * Without `data` (the admin asking what the user may do) contributors get the edit UI;
 * the actual write is checked again with the data it carries.
 */
export const draftsForContributors: Access = ({ req, data }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'editor') return true
  if (role !== 'contributor') return false
  if (!data) return true
  return data._status === 'draft'
}
