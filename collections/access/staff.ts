import type { PayloadRequest } from 'payload'

import { roleOf } from '@/lib/auth/roles'

/** Any CMS user: contributor, editor or admin. Boolean, so it also serves `admin` access. */
export const staff = ({ req }: { req: PayloadRequest }): boolean => roleOf(req.user) !== null
