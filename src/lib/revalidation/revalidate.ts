// Outside a Next.js request (jobs, seed, CLI) revalidatePath is refused, so the running server
// is asked over loopback with a key derived from the secret.
import { createHmac } from 'node:crypto'

import { readPayloadSecret } from '@/lib/config/env'

import type { RevalidationTarget } from './affectedPaths'

export interface RevalidationLogger {
  info: (message: string) => void
  error: (message: string) => void
}

export function revalidationKey(secret: string): string {
  return createHmac('sha256', secret).update('plaza:revalidate').digest('hex')
}

async function revalidateInProcess(targets: RevalidationTarget[]): Promise<void> {
  const { revalidatePath, revalidateTag } = await import('next/cache')
  for (const target of targets) {
    // Expire at once: the next reader gets fresh data, not a stale copy while it refreshes.
    if (target.kind === 'tag') revalidateTag(target.tag, { expire: 0 })
    else if (target.kind === 'path') revalidatePath(target.path)
    else if (target.kind === 'layout') revalidatePath(target.path, 'layout')
    else revalidatePath(target.path, 'page')
  }
}

async function revalidateOverHttp(targets: RevalidationTarget[]): Promise<boolean> {
  const base = process.env.PLAZA_INTERNAL_URL || `http://127.0.0.1:${process.env.PORT || 3000}`
  if (base === 'off') return true // tests and one-off scripts with no site to refresh
  try {
    const response = await fetch(`${base}/next/revalidate`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        // The raw secret the route reads too (not payload.secret, which Payload hashes).
        'x-plaza-revalidate': revalidationKey(readPayloadSecret()),
      },
      body: JSON.stringify({ targets }),
      signal: AbortSignal.timeout(5000),
    })
    return response.ok
  } catch {
    return false
  }
}

/**
 * Never throws: a failed revalidation is logged and the editor's save still succeeds
 * (the page refreshes on the next publish or build).
 */
export async function requestRevalidation(
  targets: RevalidationTarget[],
  { logger }: { logger: RevalidationLogger },
): Promise<void> {
  if (targets.length === 0) return
  try {
    await revalidateInProcess(targets)
    return
  } catch {
    // Not inside a Next.js request: fall through to the server's endpoint.
  }
  const delivered = await revalidateOverHttp(targets)
  if (!delivered) {
    logger.error(
      `Could not revalidate ${targets.length} path(s) (no running site reachable); they refresh on the next build.`,
    )
  }
}
