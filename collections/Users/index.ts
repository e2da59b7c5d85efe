import type { CollectionConfig } from 'payload'

import { admins, adminsField } from '../access/admins'
import { hasRole, ROLES, roleOf } from '@/lib/auth/roles'
import { staff } from '../access/staff'
import { cookiesMustBeSecure } from '@/lib/config/env'
import { countLoginAttempts, forgiveOnLogin, unlockForEveryClient } from '@/lib/auth/loginLockout'
import { auditDelete, auditLogin, auditLogout } from '@/lib/audit/hooks'

/**
 * CMS users: admins manage users; others read and edit only themselves, never their role.
 * Lockout: docs/decisions/0009-login-lockout-per-client.md
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  auth: {
    // Per account and client, not Payload's lock of the whole account: a stranger's bad
    // logins must not keep an editor out (docs/SECURITY.md, src/lib/auth/loginLockout.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    useSessions: true,
    // Payload's throttle writes outside the transaction and deadlocks SQLite ("database is
    // locked"); src/lib/http/payloadAuthLimits.ts limits per client and e-mail instead.
    forgotPassword: { minRequestInterval: 0 },
    cookies: {
      sameSite: 'Lax',
      secure: cookiesMustBeSecure(),
    },
  },
  access: {
    read: ({ req }) =>
      hasRole(req.user, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false,
    create: admins,
    update: ({ req }) =>
      hasRole(req.user, 'admin')
        ? true
        : roleOf(req.user)
          ? { id: { equals: req.user!.id } }
          : false,
    delete: admins,
    unlock: admins,
    admin: staff,
  },
  hooks: {
    afterLogout: [auditLogout],
    afterDelete: [auditDelete],
    beforeOperation: [countLoginAttempts],
    afterLogin: [forgiveOnLogin, auditLogin],
    afterOperation: [unlockForEveryClient],
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'] },
  fields: [
    { name: 'name', type: 'text', maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'contributor',
      saveToJWT: true,
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      access: { create: adminsField, update: adminsField },
    },
    // Declared as Payload declares it with its throttle on, so turning the throttle off changes
    // no schema. Nothing writes it.
    {
      name: 'resetPasswordRequestedAt',
      type: 'date',
      hidden: true,
      access: { create: () => false, update: () => false },
    },
  ],
}
