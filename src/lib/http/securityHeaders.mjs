// Security headers for every response. Why: docs/decisions/0012-csp-without-nonce.md

/** @param {{ production: boolean, extraImgSrc?: string[] }} options */
export function contentSecurityPolicy({ production, extraImgSrc = [] }) {
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(production ? [] : ["'unsafe-eval'"])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...extraImgSrc],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(production ? [] : ['ws:'])],
    'frame-src': ["'self'"],
    'frame-ancestors': ["'self'"],
    'form-action': ["'self'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/**
 * Map tile hosts from PLAZA_MAP_TILE_ORIGINS (comma-separated): headers are fixed at build time.
 * @param {string | undefined} value
 */
export function tileOrigins(value) {
  return (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => /^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin))
}

/** @param {{ production: boolean }} options */
export function securityHeaders({ production }) {
  const extraImgSrc = tileOrigins(process.env.PLAZA_MAP_TILE_ORIGINS)
  const headers = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ production, extraImgSrc }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(self)' },
  ]
  if (production) {
    headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' })
  }
  // An unnamed group, not '/:path*': with a named parameter Next.js recompiles every value
  // holding ':' (the CSP's `data:`) as a path pattern on every request.
  return [{ source: '/(.*)', headers }]
}
