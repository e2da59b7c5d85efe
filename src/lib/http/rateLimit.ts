// Per-client rate limits for login, forgot-password and the public JSON APIs (SECURITY.md
// line 8), on rate-limiter-flexible's in-memory limiter.
//
// In memory means per process: with several Plaza instances behind a load balancer each
// keeps its own counters, so a client may get up to N × the limit. That is acceptable for a
// single-server city portal; a multi-instance deployment should swap RateLimiterMemory for
// the library's RateLimiterPostgres/RateLimiterRedis (same API, one line in `limiterFor`).
//
// Client address. Next.js (`next start`) fills `X-Forwarded-For` with the socket address
// only when the request has none, and keeps a client-sent header as it is; the socket
// address is not visible to route handlers otherwise. So:
// - PLAZA_TRUSTED_PROXIES=N (N ≥ 1 reverse proxies in front of Plaza, each appending the
//   address it saw to X-Forwarded-For, e.g. nginx `$proxy_add_x_forwarded_for`): the client
//   is the N-th entry from the right; entries further left are the client's own claims and
//   are ignored.
// - unset or 0 (Plaza directly on the network, the demo and the tests): the last entry,
//   which is the socket address unless the client sent the header itself. A client that
//   forges the header can pick its own key there, which is why production belongs behind a
//   proxy, and why forgot-password is also limited per e-mail address and login is
//   backed by the per-account lockout (5 bad attempts).
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { ConfigError, type Env } from '@/lib/config/env'

export interface RateLimitRule {
  /** Requests allowed per window. */
  points: number
  /** Window length in seconds. */
  duration: number
}

/** Named policies and their defaults; each can be changed with PLAZA_RATE_LIMIT_<NAME>. */
export const RATE_LIMIT_DEFAULTS = {
  login: { points: 10, duration: 5 * 60 },
  forgotPassword: { points: 5, duration: 15 * 60 },
  search: { points: 60, duration: 60 },
  nearby: { points: 120, duration: 60 },
  transit: { points: 120, duration: 60 },
  openData: { points: 30, duration: 60 },
  webhook: { points: 120, duration: 60 },
  pushSubscribe: { points: 10, duration: 10 * 60 },
  // New devices per client and day (changes to an existing subscription are not counted).
  pushNewSubscription: { points: 50, duration: 24 * 60 * 60 },
} satisfies Record<string, RateLimitRule>

export type RateLimitPolicy = keyof typeof RATE_LIMIT_DEFAULTS

/** `forgotPassword` → `PLAZA_RATE_LIMIT_FORGOT_PASSWORD`. */
export function rateLimitEnvName(policy: RateLimitPolicy): string {
  return `PLAZA_RATE_LIMIT_${policy.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`
}

/** A policy's rule: the env value "points/seconds" (e.g. "10/60") or the default. */
export function rateLimitRule(policy: RateLimitPolicy, env: Env = process.env): RateLimitRule {
  const name = rateLimitEnvName(policy)
  const raw = env[name]?.trim()
  if (!raw) return RATE_LIMIT_DEFAULTS[policy]
  const match = /^(\d{1,9})\s*\/\s*(\d{1,7})$/.exec(raw)
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new ConfigError(
      `${name} must be "requests/seconds" with both at least 1, for example "10/60" (got "${raw.slice(0, 30)}").`,
    )
  }
  return { points: Number(match[1]), duration: Number(match[2]) }
}

/** How many reverse proxies in front of Plaza append to X-Forwarded-For (0 = none). */
export function trustedProxyHops(env: Env = process.env): number {
  const raw = env.PLAZA_TRUSTED_PROXIES?.trim()
  if (!raw) return 0
  if (!/^\d{1,2}$/.test(raw)) {
    throw new ConfigError(
      `PLAZA_TRUSTED_PROXIES must be the number of reverse proxies in front of Plaza, e.g. 1 (got "${raw.slice(0, 20)}").`,
    )
  }
  return Number(raw)
}

/** The client's address as far as the deployment lets us know it (see the file comment). */
export function clientAddress(request: Request, env: Env = process.env): string {
  const hops = trustedProxyHops(env)
  const entries = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return 'unknown'
  // With N trusted proxies the closest one appended last; the client is N from the right.
  // Fewer entries than proxies means the request bypassed a proxy: take the leftmost.
  const index = hops === 0 ? entries.length - 1 : Math.max(0, entries.length - hops)
  return entries[index].toLowerCase().slice(0, 64)
}

const limiters = new Map<RateLimitPolicy, RateLimiterMemory>()

function limiterFor(policy: RateLimitPolicy): RateLimiterMemory {
  let limiter = limiters.get(policy)
  if (!limiter) {
    limiter = new RateLimiterMemory({ keyPrefix: policy, ...rateLimitRule(policy) })
    limiters.set(policy, limiter)
  }
  return limiter
}

/** Forgets all counters and re-reads the limits from the environment (tests). */
export function resetRateLimits(): void {
  limiters.clear()
}

function tooManyRequests(policy: RateLimitPolicy, retryAfterMs: number): Response {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  return Response.json(
    {
      error: `Too many requests. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`,
      policy,
      retryAfter: seconds,
    },
    { status: 429, headers: { 'Retry-After': String(seconds), 'Cache-Control': 'no-store' } },
  )
}

/**
 * Counts `points` requests (default 1) against `policy` for this client and, when given, for
 * `extraKey` (e.g. an e-mail address). Returns the 429 answer when over the limit, or null
 * to go ahead.
 */
export async function rateLimit(
  policy: RateLimitPolicy,
  request: Request,
  { extraKey, points = 1 }: { extraKey?: string; points?: number } = {},
): Promise<Response | null> {
  const limiter = limiterFor(policy)
  const keys = [`ip:${clientAddress(request)}`]
  if (extraKey) keys.push(`key:${extraKey.trim().toLowerCase().slice(0, 200)}`)
  for (const key of keys) {
    try {
      await limiter.consume(key, points)
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes)
        return tooManyRequests(policy, rejection.msBeforeNext)
      throw rejection
    }
  }
  return null
}

/**
 * A route handler behind a rate-limit policy, as a one-line wrapper:
 *   export const GET = withRateLimit('search', async (request) => …)
 */
export function withRateLimit<Req extends Request, Rest extends unknown[]>(
  policy: RateLimitPolicy,
  handler: (request: Req, ...rest: Rest) => Response | Promise<Response>,
): (request: Req, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => (await rateLimit(policy, request)) ?? handler(request, ...rest)
}
