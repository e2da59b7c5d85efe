// The citizen session: a signed cookie holding only the citizen-links id, separate from the
// editors' Payload cookie (`payload-token`). Absolute lifetime of one hour, not sliding: the
// inbox is a page one glances at, pages rendered on the server cannot refresh a cookie, and
// signing in again is one redirect (the identity provider usually remembers the citizen).
// A link deleted since (disconnect, admin) signs the citizen out: the id no longer resolves.
import type { Payload } from 'payload'

import { cookiesMustBeSecure, type Env } from '@/lib/config/env'
import type { CitizenLink } from '@/payload-types'

import { deriveKey } from './keys'
import { readCookie, signToken, verifyToken } from './signedToken'

export const CITIZEN_COOKIE = 'plaza_citizen'
export const SESSION_TTL_SECONDS = 60 * 60

export interface CookieOptions {
  path: string
  maxAgeSeconds: number
  env?: Env
}

/** A Set-Cookie value: HttpOnly, SameSite=Lax, Secure unless plain-http loopback. */
export function serializeCookie(
  name: string,
  value: string,
  { path, maxAgeSeconds, env = process.env }: CookieOptions,
): string {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${path}`,
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
    'HttpOnly',
    'SameSite=Lax',
  ]
  if (maxAgeSeconds <= 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT')
  if (cookiesMustBeSecure(env)) parts.push('Secure')
  return parts.join('; ')
}

export function sessionCookie(linkId: number | string, env: Env = process.env): string {
  const token = signToken({ l: linkId }, deriveKey('citizen-session', env), {
    ttlSeconds: SESSION_TTL_SECONDS,
  })
  return serializeCookie(CITIZEN_COOKIE, token, {
    path: '/',
    maxAgeSeconds: SESSION_TTL_SECONDS,
    env,
  })
}

export function clearSessionCookie(env: Env = process.env): string {
  return serializeCookie(CITIZEN_COOKIE, '', { path: '/', maxAgeSeconds: 0, env })
}

/** The link id in a valid session cookie value, or null. */
export function sessionLinkId(
  cookieValue: string | undefined,
  env: Env = process.env,
): number | string | null {
  const data = verifyToken<{ l?: unknown }>(cookieValue, deriveKey('citizen-session', env))
  const id = data?.l
  return typeof id === 'number' || (typeof id === 'string' && id.length > 0 && id.length < 64)
    ? id
    : null
}

/** The signed-in citizen's link, from a Cookie header; null when signed out or unlinked. */
export async function citizenFromCookieHeader(
  payload: Payload,
  cookieHeader: string | null | undefined,
): Promise<CitizenLink | null> {
  return citizenFromSessionValue(payload, readCookie(cookieHeader, CITIZEN_COOKIE))
}

export async function citizenFromSessionValue(
  payload: Payload,
  value: string | undefined,
): Promise<CitizenLink | null> {
  const id = sessionLinkId(value)
  if (id === null) return null
  const { docs } = await payload.find({
    collection: 'citizen-links',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0] ?? null
}
