import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@/lib/auth/roles'

/**
 * Deciding a review request publishes: editors and admins only (docs/SECURITY.md line 32).
 * Access rules already refuse contributors over REST and GraphQL; this also holds for a Local
 * API call made with a contributor as `user` that forgets `overrideAccess: false`. Work the
 * server does with no person signed in (jobs, scripts) is not a person's decision.
 */
export const decisionsOnlyByEditors: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const decides = operation === 'update' || operation === 'delete'
  if (decides && req.user && !hasRole(req.user, 'editor', 'admin')) throw new Forbidden(req.t)
  return args
}
