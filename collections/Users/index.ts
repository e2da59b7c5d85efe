import type { CollectionConfig } from 'payload'

import { admins, adminsField } from '../access/admins'
import { hasRole, ROLES, roleOf } from '@/lib/auth/roles'
import { staff } from '../access/staff'
import { cookiesMustBeSecure } from '@/lib/config/env'
import { countLoginAttempts, forgiveOnLogin, unlockForEveryClient } from '@/lib/auth/loginLockout'
import { auditDelete, auditLogin, auditLogout } from '@/lib/audit/hooks'

/**
 * CMS users. Admins manage users; everyone else may read and edit only themselves and
 * never their own role. Five bad logins lock the account for the client that made them
 * (src/lib/auth/loginLockout.ts); only an admin unlocks others.
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
    // Payload's own forgot-password throttle (one request per user per 15 s) updates the user
    // outside the operation's transaction; on SQLite, whose write lock the transaction already
    // holds, that update waits out the busy timeout and the request ends in a 500 ("database
    // is locked"). The HTTP limiter (src/lib/http/payloadAuthLimits.ts) limits forgot-password
    // per client and per e-mail address instead.
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
    // Payload adds this column only while its own forgot-password throttle is on (see
    // `forgotPassword` above); declared here, as Payload declares it, so that turning the
    // throttle off changes no schema. Nothing writes it any more.
    {
      name: 'resetPasswordRequestedAt',
      type: 'date',
      hidden: true,
      access: { create: () => false, update: () => false },
    },
  ],
}
