import { timingSafeEqual } from 'node:crypto'

import { revalidatePath, revalidateTag } from 'next/cache'
import { z } from 'zod'

import { readPayloadSecret } from '@/lib/config/env'
import { revalidationKey } from '@/lib/revalidation/revalidate'

const bodySchema = z.object({
  targets: z
    .array(
      z.union([
        z.object({
          kind: z.enum(['path', 'layout', 'page-pattern']),
          path: z.string().startsWith('/').max(300),
        }),
        z.object({ kind: z.literal('tag'), tag: z.string().regex(/^[a-z0-9-]{1,64}$/) }),
      ]),
    )
    .min(1)
    .max(500),
})

function sameKey(given: string | null, expected: string): boolean {
  if (!given || given.length !== expected.length) return false
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected))
}

/**
 * Revalidation for work outside a Next.js request (jobs, CLI imports); callers prove
 * themselves with a key derived from the Payload secret.
 */
export async function POST(request: Request): Promise<Response> {
  if (!sameKey(request.headers.get('x-plaza-revalidate'), revalidationKey(readPayloadSecret()))) {
    return Response.json({ error: 'Not allowed.' }, { status: 403 })
  }
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return Response.json({ error: 'The body must be JSON.' }, { status: 400 })
  }
  const parsed = bodySchema.safeParse(body)
  if (!parsed.success) {
    return Response.json({ error: 'Expected { targets: [{ kind, path }] }.' }, { status: 400 })
  }
  for (const target of parsed.data.targets) {
    if (target.kind === 'tag') revalidateTag(target.tag, { expire: 0 })
    else if (target.kind === 'path') revalidatePath(target.path)
    else revalidatePath(target.path, target.kind === 'layout' ? 'layout' : 'page')
  }
  return Response.json({ revalidated: parsed.data.targets.length })
}
