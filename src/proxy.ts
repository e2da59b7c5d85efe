import { NextResponse, type NextRequest } from 'next/server'

import { limitSearchPage } from '@/lib/http/searchPageLimit'

/**
 * What Next.js buffers of a body for this proxy: `proxyClientMaxBodySize` in next.config.mjs
 * must say the same. Upload collections bypass the proxy and check their own limit.
 */
export const PROXY_BODY_MAX_BYTES = 10 * 1024 * 1024

// Broken percent-escapes (400) and oversized bodies (413) are the client's mistake: said before
// routing, where Next would answer 500 or cut the body short. Never authorize here
// (docs/SECURITY.md).
export async function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad request: the address contains an invalid percent-escape.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  if (Number(request.headers.get('content-length') ?? 0) > PROXY_BODY_MAX_BYTES) {
    return NextResponse.json(
      {
        errors: [
          { message: `The request body is larger than ${PROXY_BODY_MAX_BYTES / 1024 / 1024} MB.` },
        ],
      },
      { status: 413, headers: { 'Cache-Control': 'no-store' } },
    )
  }
  return (await limitSearchPage(request)) ?? NextResponse.next()
}

// Only requests with a job for the proxy match, so cached public pages skip it. Keep
// '/:locale/search' (its rate limit lives here). Next.js reads this without running the file:
// literal strings only.
export const config = {
  matcher: [
    // A percent-escape, possibly broken: the 400 check.
    '/((?!_next/static|_next/image|favicon.ico|api/media|api/transit-feeds).*%.*)',
    {
      source: '/api/(media|transit-feeds)(.*%.*)',
      missing: [
        { type: 'header', key: 'content-length' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    // A body: the 413 check.
    {
      source: '/((?!_next/static|_next/image|favicon.ico|api/media|api/transit-feeds).*)',
      has: [{ type: 'header', key: 'content-length' }],
    },
    // The search results page with a query: its rate limit.
    { source: '/:locale/search', has: [{ type: 'query', key: 'q' }] },
  ],
}
