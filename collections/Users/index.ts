import type { CollectionConfig } from 'payload'

import { admins, adminsField } from '../access/admins'
import { hasRole, ROLES, roleOf } from '../access/roles'
import { staff } from '../access/staff'
import { cookiesMustBeSecure } from '@/lib/config/env'

/**
 * CMS users. Admins manage users; everyone else may read and edit only themselves and
 * never their own role. Five bad logins lock an account; only an admin unlocks others.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    useSessions: true,
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
  ],
}
