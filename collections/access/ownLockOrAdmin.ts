import type { Access, Where } from 'payload'

import { namesRequester } from './lockForSelf'
import { roleOf } from '@/lib/auth/roles'

/**
 * Release or change a document lock: admins any, others only their own and not handed to
 * someone else (docs/SECURITY.md).
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
