import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@/lib/auth/roles'

/**
 * Deciding a review request publishes: editors and admins only (docs/SECURITY.md), also for a
 * Local API call with a contributor as `user` that forgets `overrideAccess: false`.
 */
export const decisionsOnlyByEditors: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const decides = operation === 'update' || operation === 'delete'
  if (decides && req.user && !hasRole(req.user, 'editor', 'admin')) throw new Forbidden(req.t)
  return args
}
