import type { Access } from 'payload'

import { roleOf } from '@/lib/auth/roles'

type LockOwner = { relationTo?: string; value?: unknown } | null | undefined

/** Whether a lock's `user` field names the requesting user. */
export function namesRequester(owner: LockOwner, user: { id: unknown; collection?: string }) {
  return (
    typeof owner === 'object' &&
    owner !== null &&
    owner.relationTo === user.collection &&
    String(owner.value) === String(user.id)
  )
}

/**
 * Document locks (docs/SECURITY.md): a CMS user takes a lock only in their own name,
 * so nobody can make a document look held by someone else (an editor) and keep others out.
 */
export const lockForSelf: Access = ({ req, data }) => {
  if (!req.user || roleOf(req.user) === null) return false
  if (!data) return true
  return namesRequester((data as { user?: LockOwner }).user, req.user)
}
