import { NextResponse, type NextRequest } from 'next/server'

import { limitSearchPage } from '@/lib/http/searchPageLimit'

/**
 * What Next.js buffers of a request body for this proxy (`proxyClientMaxBodySize` in
 * next.config.mjs, which must say the same). Uploads to the upload collections do not pass
 * through the proxy (see `config`), so a GTFS zip up to its own limit reaches the route,
 * which checks the user and the size before reading it.
 */
export const PROXY_BODY_MAX_BYTES = 10 * 1024 * 1024

// An address with a broken percent-escape (e.g. /en/services/%E0%A4%A) makes Next.js throw
// while decoding the route parameters, which answers 500. It is the client's mistake: say so
// with a 400 before routing. A body larger than what the proxy buffers would reach the route
// cut short (and be refused as a malformed form): say that with a 413 instead. The search
// results page is rate-limited here, where a real 429 can still be answered
// (src/lib/http/searchPageLimit.ts). Nothing is authorized here (docs/SECURITY.md: never in a
// proxy alone).
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

// Each entry is one job of the proxy above, so that it never runs on the requests that need
// none: a cached public page (GET, no body, no escape) is answered without it, (bench/requestPath.sh
// measures what that saves). Not Next's own static files;
// not the upload collections' API with a body (it goes straight to the route handler, which
// refuses it before reading: src/lib/uploads/uploadRequests.ts). Whoever changes this list
// must keep '/:locale/search' (the search page's rate limit lives here). Next.js reads this
// object without running the file: literal strings only.
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
