// The audit log (docs/SECURITY.md), written only by the server; the request's claims are recorded,
// never trusted.
import { createHash, createHmac } from 'node:crypto'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { clientAddress, UNKNOWN_CLIENT } from '@/lib/http/clientAddress'

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
  // The review workflow (collections/ReviewRequests): asked, approved, sent back.
  'review-request',
  'review-approve',
  'review-return',
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

/**
 * The client address is personal data: the log keeps a keyed hash, enough to tell that
 * many failures came from one address without storing the address itself.
 */
export function hashAddress(address: string | null, secret: string): string | null {
  if (!address || address === UNKNOWN_CLIENT) return null
  return createHmac('sha256', secret).update(`audit-ip:${address}`).digest('hex').slice(0, 24)
}

type UserLike = { id: number | string; email?: string | null; collection?: string }

export function userOf(req: Pick<PayloadRequest, 'user'> | undefined): UserLike | null {
  const user = req?.user as UserLike | null | undefined
  return user && user.id !== undefined ? user : null
}

/**
 * Anonymous refusals are counted in one row per kind, actor, client and period rather than a
 * row each, so a client repeating a refused request adds one row an hour (docs/SECURITY.md).
 */
export const REFUSAL_PERIOD_MS = 60 * 60 * 1000
const COUNTED: ReadonlySet<AuditAction> = new Set(['access-denied', 'login-failed'])

/** The start of the counting period `at` falls in. */
export function refusalPeriod(at: Date): Date {
  return new Date(Math.floor(at.getTime() / REFUSAL_PERIOD_MS) * REFUSAL_PERIOD_MS)
}

export function refusalBucket(
  action: AuditAction,
  actor: string,
  ipHash: string | null,
  at: Date,
): string {
  return createHash('sha256')
    .update([action, actor, ipHash ?? '', refusalPeriod(at).toISOString()].join('\n'))
    .digest('hex')
    .slice(0, 32)
}

// One count at a time per bucket in this process, so that parallel refusals add to one row
// instead of each creating it.
const counting = new Map<string, Promise<void>>()

async function countRefusal(payload: Payload, data: Record<string, unknown>, now: Date) {
  const bucket = refusalBucket(
    data.action as AuditAction,
    data.actor as string,
    data.ipHash as string | null,
    now,
  )
  // Read and add in one transaction: on SQLite that also queues it behind the process's
  // other writes (src/lib/db/sqliteWriters.ts) instead of failing with "database is locked".
  const run = async () => {
    const req = await createLocalReq({}, payload)
    const own = await initTransaction(req)
    try {
      const existing = await payload.db.findOne<{ id: number | string }>({
        collection: AUDIT_COLLECTION,
        where: { bucket: { equals: bucket } },
        req,
      })
      if (existing) {
        await payload.db.updateOne({
          collection: AUDIT_COLLECTION,
          id: existing.id,
          data: { count: { $inc: 1 }, lastAt: now.toISOString() },
          req,
          returning: false,
        })
      } else {
        await payload.create({
          collection: AUDIT_COLLECTION as never,
          overrideAccess: true,
          depth: 0,
          req,
          data: { ...data, bucket, count: 1, lastAt: now.toISOString() } as never,
        })
      }
      if (own) await commitTransaction(req)
    } catch (error) {
      if (own) await killTransaction(req)
      throw error
    }
  }
  const turn = (counting.get(bucket) ?? Promise.resolve()).then(run)
  const settled = turn.catch(() => undefined)
  counting.set(bucket, settled)
  try {
    await turn
  } finally {
    if (counting.get(bucket) === settled) counting.delete(bucket)
  }
}

/**
 * Writes one entry; with `req` it is rolled back with the change it records. A failed audit
 * write is logged, never turned into a failure of the user's action.
 */
export async function writeAudit(
  payload: Payload,
  entry: AuditEntry,
  req?: PayloadRequest,
  now: Date = new Date(),
): Promise<void> {
  const user = entry.user ?? null
  const data = {
    action: entry.action,
    user: user?.id ?? null,
    actor: clip(user?.email ?? entry.actor ?? 'anonymous'),
    ipHash: hashAddress(clientAddress(req?.headers ?? entry.headers), payload.secret),
    collectionSlug: clip(entry.collection ?? null),
    globalSlug: clip(entry.global ?? null),
    documentId:
      entry.documentId === null || entry.documentId === undefined ? null : String(entry.documentId),
    operation: clip(entry.operation ?? null),
    status: entry.status ?? null,
    detail: clip(entry.detail ?? null),
  }
  try {
    if (!user && !req && COUNTED.has(entry.action)) {
      await countRefusal(payload, data, now)
      return
    }
    await payload.create({
      collection: AUDIT_COLLECTION as never,
      overrideAccess: true,
      depth: 0,
      ...(req ? { req } : {}),
      data: data as never,
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: `audit log: could not record ${entry.action}` })
  }
}
