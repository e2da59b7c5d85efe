// Open-data answers: any origin (no credentials involved), cacheable, ETag/Last-Modified with
// 304, and rate-limited with the `openData` policy, 304s included.
import { createHash } from 'node:crypto'

import { withRateLimit } from '@/lib/http/rateLimit'

export interface OpenDataAnswer {
  status: number
  body: unknown
  lastModified?: Date
  /** JSON unless said otherwise (JSON-LD documents say application/ld+json). */
  contentType?: string
}

export const OPEN_DATA_CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified',
} as const

/** Browsers may revalidate from another origin: If-None-Match needs a preflight. */
export function openDataPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...OPEN_DATA_CORS,
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
      'Access-Control-Max-Age': '86400',
    },
  })
}

/** Whether the client's validators show its copy is current (RFC 9110 §13.2.2 order). */
function notModified(request: Request, etag: string, lastModified: Date | undefined): boolean {
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch !== null) {
    return ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === etag || tag === '*')
  }
  const ifModifiedSince = request.headers.get('if-modified-since')
  if (ifModifiedSince === null || !lastModified) return false
  const since = Date.parse(ifModifiedSince)
  // HTTP dates have whole seconds.
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since
}

export function openDataResponse(request: Request, answer: OpenDataAnswer): Response {
  if (answer.status !== 200) {
    return Response.json(answer.body, {
      status: answer.status,
      headers: { ...OPEN_DATA_CORS, 'Cache-Control': 'no-store' },
    })
  }
  const text = JSON.stringify(answer.body)
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`
  const headers: Record<string, string> = {
    ...OPEN_DATA_CORS,
    'Content-Type': answer.contentType ?? 'application/json; charset=utf-8',
    // Five minutes fresh; a shared cache may serve a stale copy while it revalidates.
    'Cache-Control': 'public, max-age=300, stale-while-revalidate=60',
    ETag: etag,
    ...(answer.lastModified ? { 'Last-Modified': answer.lastModified.toUTCString() } : {}),
  }
  if (notModified(request, etag, answer.lastModified))
    return new Response(null, { status: 304, headers })
  return new Response(request.method === 'HEAD' ? null : text, { status: 200, headers })
}

/**
 * An open-data route handler behind the `openData` rate limit; every answer, a 429 or a
 * 503 included, stays readable cross-origin so that a browser client can see why.
 */
export function openDataRoute<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  const limited = withRateLimit('openData', handler)
  return async (request, ...rest) => {
    const response = await limited(request, ...rest)
    if (!response.headers.has('Access-Control-Allow-Origin'))
      response.headers.set('Access-Control-Allow-Origin', '*')
    return response
  }
}
