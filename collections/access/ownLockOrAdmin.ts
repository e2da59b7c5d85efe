import type { Access, Where } from 'payload'

import { namesRequester } from './lockForSelf'
import { roleOf } from '@/lib/auth/roles'

/**
 * Release (delete) or change a document lock (docs/SECURITY.md): admins any lock;
 * other CMS users only their own, and they may not hand it to someone else. Taking over
 * another person's lock is for admins; otherwise a lock ends five minutes after its
 * holder's last edit.
 */
export const ownLockOrAdmin: Access = ({ req, data }) => {
  const role = roleOf(req.user)
  if (role === 'admin') return true
  if (role === null || !req.user) return false
  const owner = (data as { user?: unknown } | undefined)?.user
  if (owner !== undefined && !namesRequester(owner as never, req.user)) return false
  const byCollection: Where = { 'user.relationTo': { equals: req.user.collection } }
  const byId: Where = { 'user.value': { equals: req.user.id } }
  return { and: [byCollection, byId] }
}
