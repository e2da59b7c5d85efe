import type { User } from '@/payload-types'

export const ROLES = ['admin', 'editor', 'contributor'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = { collection?: string; role?: string | null } | null | undefined

/** Staff are the city's CMS users; a future citizen account (another auth collection) is not. */
export function roleOf(user: MaybeUser): Role | null {
  if (!user || user.collection !== 'users') return null
  return ROLES.includes(user.role as Role) ? (user.role as Role) : null
}

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  const role = roleOf(user)
  return role !== null && roles.includes(role)
}

export type StaffUser = User & { collection: 'users' }
