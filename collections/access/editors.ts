import type { Access } from 'payload'

import { hasRole } from '@/lib/auth/roles'

/** Editors and admins: the people who may publish and delete. */
export const editors: Access = ({ req }) => hasRole(req.user, 'editor', 'admin')
