// Which requests the proxy (src/proxy.ts) runs on, through Next.js's own matcher code: every
// job it has (400 on a broken escape, 413 on a large body, the search page's rate limit) still
// reaches it, and a cached public page does not pay for it.
import * as staticInfo from 'next/dist/build/analysis/get-page-static-info'
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher'
import { describe, expect, it } from 'vitest'

import { config } from '@/proxy'

// The build's own compilation of `config.matcher` (exported, though not in its type file).
const { getMiddlewareMatchers } = staticInfo as unknown as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: object) => never
}
const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}))

function runsOn(url: string, headers: Record<string, string> = {}): boolean {
  const parsed = new URL(url, 'http://127.0.0.1')
  const query = Object.fromEntries(parsed.searchParams)
  const req = { headers, url } as never
  return matches(parsed.pathname, req, query)
}

describe('the proxy runs only where it has work', () => {
  it.each([
    '/en',
    '/es',
    '/en/services',
    '/en/services/ecoparques',
    '/en/procedures/bulky-waste-collection',
    '/en/agenda',
    '/en/alerts',
    '/en/transit/lines/L1',
    '/en/search',
    '/sw.js',
    '/_next/static/chunks/app.js',
    '/api/services?limit=1',
    '/api/media/file/photo.png',
  ])('not on a GET of %s', (url) => {
    expect(runsOn(url)).toBe(false)
  })

  it.each([
    '/en/services/%E0%A4%A',
    '/en/services/caf%C3%A9',
    '/api/search?q=x&where=%E0%A4%A',
    '/api/transit/lines/%E0%A4%A',
  ])('on a path with a percent-escape: %s', (url) => {
    expect(runsOn(url)).toBe(true)
  })

  it.each(['/en/search?q=waste', '/es/search?q=agua', '/en/search?page=2&q=x'])(
    'on the search page with a query: %s',
    (url) => {
      expect(runsOn(url)).toBe(true)
    },
  )

  it.each(['/api/services', '/api/users/login', '/en/notifications', '/api/graphql'])(
    'on a request with a body to %s',
    (url) => {
      expect(runsOn(url, { 'content-length': '12' })).toBe(true)
    },
  )

  it.each(['/api/media', '/api/transit-feeds', '/api/media/file/..%2Fx'])(
    'never on an upload with a body to %s (the route reads it whole)',
    (url) => {
      expect(runsOn(url, { 'content-length': String(20 * 1024 * 1024) })).toBe(false)
      expect(runsOn(url, { 'transfer-encoding': 'chunked' })).toBe(false)
    },
  )
})
