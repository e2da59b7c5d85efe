// The citizen session cookie. Why: docs/decisions/0010-citizen-session.md
import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { cookiesMustBeSecure, type Env } from '@/lib/config/env'
import type { CitizenLink } from '@/payload-types'

import { deriveKey } from './keys'
import { readCookie, signToken, verifyToken } from './signedToken'

export const CITIZEN_COOKIE = 'plaza_citizen'
export const SESSION_TTL_SECONDS = 60 * 60
/** Devices signed in at once per citizen; the oldest session ends first. */
export const MAX_SESSIONS_PER_LINK = 10

/** One live session as the link stores it: its id and when it expires (unix seconds). */
export type StoredSession = { id: string; exp: number }
export type CitizenSession = { linkId: number | string; sessionId: string }

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

export function sessionCookie(
  { linkId, sessionId }: CitizenSession,
  env: Env = process.env,
): string {
  const token = signToken({ l: linkId, s: sessionId }, deriveKey('citizen-session', env), {
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

/** The link and session ids in a validly signed, unexpired session cookie value, or null. */
export function readSession(
  cookieValue: string | undefined,
  env: Env = process.env,
): CitizenSession | null {
  const data = verifyToken<{ l?: unknown; s?: unknown }>(
    cookieValue,
    deriveKey('citizen-session', env),
  )
  const id = data?.l
  const sessionId = data?.s
  const linkOk =
    typeof id === 'number' || (typeof id === 'string' && id.length > 0 && id.length < 64)
  if (!linkOk || typeof sessionId !== 'string' || !/^[\w-]{16,64}$/.test(sessionId)) return null
  return { linkId: id, sessionId }
}

/** The link id in a valid session cookie value, or null. */
export function sessionLinkId(
  cookieValue: string | undefined,
  env: Env = process.env,
): number | string | null {
  return readSession(cookieValue, env)?.linkId ?? null
}

/** The link's sessions that have not expired. */
function liveSessions(link: CitizenLink, now: number): StoredSession[] {
  const stored = link.sessions
  if (!Array.isArray(stored)) return []
  return (stored as Partial<StoredSession>[]).filter(
    (entry): entry is StoredSession =>
      typeof entry?.id === 'string' && typeof entry?.exp === 'number' && entry.exp * 1000 > now,
  )
}

async function saveSessions(payload: Payload, linkId: number | string, sessions: StoredSession[]) {
  await payload.update({
    collection: 'citizen-links',
    id: linkId,
    data: { sessions },
    depth: 0,
    overrideAccess: true,
  })
}

async function findLink(payload: Payload, id: number | string): Promise<CitizenLink | null> {
  const { docs } = await payload.find({
    collection: 'citizen-links',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return docs[0] ?? null
}

/** Starts a session for the link (at sign-in); returns its Set-Cookie value. */
export async function startSession(
  payload: Payload,
  link: CitizenLink,
  env: Env = process.env,
  now: number = Date.now(),
): Promise<string> {
  const sessionId = randomBytes(18).toString('base64url')
  const current = (await findLink(payload, link.id)) ?? link
  const sessions = [
    ...liveSessions(current, now),
    { id: sessionId, exp: Math.floor(now / 1000) + SESSION_TTL_SECONDS },
  ].slice(-MAX_SESSIONS_PER_LINK)
  await saveSessions(payload, link.id, sessions)
  return sessionCookie({ linkId: link.id, sessionId }, env)
}

/** Ends the session a cookie value names (sign-out): that cookie is refused from now on. */
export async function endSession(
  payload: Payload,
  cookieValue: string | undefined,
  env: Env = process.env,
  now: number = Date.now(),
): Promise<void> {
  const session = readSession(cookieValue, env)
  if (!session) return
  const link = await findLink(payload, session.linkId)
  if (!link) return
  const remaining = liveSessions(link, now).filter((entry) => entry.id !== session.sessionId)
  await saveSessions(payload, link.id, remaining)
}

/** The signed-in citizen's link, from a Cookie header; null when signed out or unlinked. */
export async function citizenFromCookieHeader(
  payload: Payload,
  cookieHeader: string | null | undefined,
): Promise<CitizenLink | null> {
  return citizenFromSessionValue(payload, readCookie(cookieHeader, CITIZEN_COOKIE))
}

/** The link of a live session: signed, unexpired, and not ended (signed out) since. */
export async function citizenFromSessionValue(
  payload: Payload,
  value: string | undefined,
  now: number = Date.now(),
): Promise<CitizenLink | null> {
  const session = readSession(value)
  if (session === null) return null
  const link = await findLink(payload, session.linkId)
  if (!link) return null
  return liveSessions(link, now).some((entry) => entry.id === session.sessionId) ? link : null
}
