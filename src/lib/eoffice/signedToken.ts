// Small signed, expiring cookie values: nothing in them is secret, only tamper-proof, so an HMAC
// from node:crypto is enough.
import { createHmac, timingSafeEqual } from 'node:crypto'

function mac(key: Buffer, body: string): Buffer {
  return createHmac('sha256', key).update(body).digest()
}

/** Signs `data` with an absolute expiry (`exp`, unix seconds) added. */
export function signToken(
  data: Record<string, unknown>,
  key: Buffer,
  { ttlSeconds, now = Date.now() }: { ttlSeconds: number; now?: number },
): string {
  const payload = { ...data, exp: Math.floor(now / 1000) + ttlSeconds }
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url')
  return `${body}.${mac(key, body).toString('base64url')}`
}

/** The signed data, or null when the token is malformed, forged or expired. */
export function verifyToken<T extends Record<string, unknown>>(
  token: string | undefined | null,
  key: Buffer,
  now: number = Date.now(),
): (T & { exp: number }) | null {
  if (!token || token.length > 4096) return null
  const dot = token.indexOf('.')
  if (dot <= 0 || dot !== token.lastIndexOf('.')) return null
  const body = token.slice(0, dot)
  const given = Buffer.from(token.slice(dot + 1), 'base64url')
  const expected = mac(key, body)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  let payload: unknown
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return null
  const exp = (payload as { exp?: unknown }).exp
  if (typeof exp !== 'number' || exp * 1000 <= now) return null
  return payload as T & { exp: number }
}

/** The value of one cookie from a Cookie header (first occurrence). */
export function readCookie(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim()
      try {
        return decodeURIComponent(value)
      } catch {
        return undefined
      }
    }
  }
  return undefined
}
