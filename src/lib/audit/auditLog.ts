// The audit log (SECURITY.md line 19): who did what, when. Written only by the server
// through the Local API with overrideAccess; nothing here trusts the request's own claims
// beyond recording them. Framework-free apart from Payload's types.
import { createHmac } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

export const AUDIT_COLLECTION = 'audit-log'

export const AUDIT_ACTIONS = [
  'login',
  'login-failed',
  'logout',
  'access-denied',
  'publish',
  'unpublish',
  'schedule',
  'delete',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export interface AuditEntry {
  action: AuditAction
  /** The signed-in user, if any; the email is copied so the entry outlives the account. */
  user?: { id: number | string; email?: string | null } | null
  /** Who when there is no user: "anonymous", "system" (jobs, scripts) or the email tried. */
  actor?: string
  collection?: string | null
  global?: string | null
  documentId?: number | string | null
  operation?: string | null
  status?: number | null
  detail?: string | null
  /** The request's headers, for the client address, when `req` is not passed. */
  headers?: Headers
}

const MAX_TEXT = 500

function clip(value: string | null | undefined): string | null {
  if (!value) return null
  return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value
}

/** The client address as the request gives it (first X-Forwarded-For hop, else X-Real-IP). */
export function clientAddress(headers: Headers | undefined): string | null {
  const forwarded = headers?.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || headers?.get('x-real-ip')?.trim() || null
}

/**
 * The client address is personal data: the log keeps a keyed hash, enough to tell that
 * many failures came from one address without storing the address itself.
 */
export function hashAddress(address: string | null, secret: string): string | null {
  if (!address) return null
  return createHmac('sha256', secret).update(`audit-ip:${address}`).digest('hex').slice(0, 24)
}

type UserLike = { id: number | string; email?: string | null; collection?: string }

export function userOf(req: Pick<PayloadRequest, 'user'> | undefined): UserLike | null {
  const user = req?.user as UserLike | null | undefined
  return user && user.id !== undefined ? user : null
}

/**
 * Writes one entry. Passing `req` makes the entry part of the request's transaction (it
 * disappears if the change it records is rolled back); without it the entry is its own
 * write (used after errors, whose transaction is already gone). An audit write that fails
 * is logged, never turned into a failure of the user's action.
 */
export async function writeAudit(
  payload: Payload,
  entry: AuditEntry,
  req?: PayloadRequest,
): Promise<void> {
  const user = entry.user ?? null
  try {
    await payload.create({
      collection: AUDIT_COLLECTION as never,
      overrideAccess: true,
      depth: 0,
      ...(req ? { req } : {}),
      data: {
        action: entry.action,
        user: user?.id ?? null,
        actor: clip(user?.email ?? entry.actor ?? 'anonymous'),
        ipHash: hashAddress(clientAddress(req?.headers ?? entry.headers), payload.secret),
        collectionSlug: clip(entry.collection ?? null),
        globalSlug: clip(entry.global ?? null),
        documentId:
          entry.documentId === null || entry.documentId === undefined
            ? null
            : String(entry.documentId),
        operation: clip(entry.operation ?? null),
        status: entry.status ?? null,
        detail: clip(entry.detail ?? null),
      } as never,
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: `audit log: could not record ${entry.action}` })
  }
}
