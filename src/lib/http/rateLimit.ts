// Per-client rate limits (docs/SECURITY.md): in memory per process, in Redis with REDIS_URL so
// a client gets the limit once across instances. Clients: see docs/decisions/0002-client-address.md
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

import { redisClient } from '@/lib/cluster/redis.mjs'
import { ConfigError, type Env } from '@/lib/config/env'

import { clientAddress } from './clientAddress'

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
  // Anonymous reads through Payload's REST and GraphQL APIs (each list, document or global
  // read counts one; populating relationships counts nothing more).
  publicApi: { points: 120, duration: 60 },
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

// One set of counters per process, shared by every bundle that imports this module (Next.js
// may load it once for the proxy and once per route), so one policy means one budget.
const LIMITERS = Symbol.for('plaza.rateLimiters')
const limiters: Map<RateLimitPolicy, RateLimiterAbstract> = ((
  globalThis as typeof globalThis & { [LIMITERS]?: Map<RateLimitPolicy, RateLimiterAbstract> }
)[LIMITERS] ??= new Map())

function limiterFor(policy: RateLimitPolicy): RateLimiterAbstract {
  let limiter = limiters.get(policy)
  if (!limiter) {
    const rule = rateLimitRule(policy)
    const memory = new RateLimiterMemory({ keyPrefix: policy, ...rule })
    const redis = redisClient('limits')
    limiter = redis
      ? new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `plaza:limit:${policy}`,
          ...rule,
          // Redis away: each instance counts on its own until it is back.
          rejectIfRedisNotReady: true,
          insuranceLimiter: memory,
        })
      : memory
    limiters.set(policy, limiter)
  }
  return limiter
}

/** Forgets all counters and re-reads the limits from the environment (tests). */
export function resetRateLimits(): void {
  limiters.clear()
}

/** Seconds to wait, as Retry-After says it: at least 1. */
export function retryAfterSeconds(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1000))
}

/** The sentence every 429 answer carries. */
export function tooManyRequestsMessage(seconds: number): string {
  return `Too many requests. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`
}

function tooManyRequests(policy: RateLimitPolicy, seconds: number): Response {
  return Response.json(
    { error: tooManyRequestsMessage(seconds), policy, retryAfter: seconds },
    { status: 429, headers: { 'Retry-After': String(seconds), 'Cache-Control': 'no-store' } },
  )
}

/**
 * Counts `points` against `policy` for each key (e.g. "ip:203.0.113.9"). Returns the seconds
 * to wait when one of them is over the limit, or null to go ahead.
 */
export async function consumeRateLimit(
  policy: RateLimitPolicy,
  keys: string[],
  points = 1,
): Promise<number | null> {
  const limiter = limiterFor(policy)
  for (const key of keys) {
    try {
      await limiter.consume(key, points)
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return retryAfterSeconds(rejection.msBeforeNext)
      throw rejection
    }
  }
  return null
}

/**
 * Counts `points` requests against `policy` for this client and, if given, `extraKey`. Returns
 * the 429 answer when over the limit, else null.
 */
export async function rateLimit(
  policy: RateLimitPolicy,
  request: Request,
  { extraKey, points = 1 }: { extraKey?: string; points?: number } = {},
): Promise<Response | null> {
  const keys = [`ip:${clientAddress(request)}`]
  if (extraKey) keys.push(`key:${extraKey.trim().toLowerCase().slice(0, 200)}`)
  const wait = await consumeRateLimit(policy, keys, points)
  return wait === null ? null : tooManyRequests(policy, wait)
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
