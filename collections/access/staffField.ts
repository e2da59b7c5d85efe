import type { FieldAccess } from 'payload'

import { roleOf } from '@/lib/auth/roles'

/** Field-level: only CMS users may read (internal notes, editor emails never go public). */
export const staffField: FieldAccess = ({ req }) => roleOf(req.user) !== null
