import { NextResponse, type NextRequest } from 'next/server'

import { limitSearchPage } from '@/lib/http/searchPageLimit'

// An address with a broken percent-escape (e.g. /en/services/%E0%A4%A) makes Next.js throw
// while decoding the route parameters, which answers 500. It is the client's mistake: say so
// with a 400 before routing. Nothing is authorized here (SECURITY.md: never in a proxy alone).
// The search results page is rate-limited here, where a real 429 can still be answered
// (src/lib/http/searchPageLimit.ts).
export async function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad request: the address contains an invalid percent-escape.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  return (await limitSearchPage(request)) ?? NextResponse.next()
}

export const config = {
  // Only addresses that can carry a parameter: not Next's own static files. Whoever narrows
  // this list must keep '/:locale/search' (the search page's rate limit lives here).
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
