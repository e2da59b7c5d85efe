import { describe, expect, it } from 'vitest'

import { deriveKey, subjectHash } from '@/lib/eoffice/keys'
import { readOidcSettings, safeNextPath } from '@/lib/eoffice/oidc'
import { serializeCookie, sessionCookie, sessionLinkId } from '@/lib/eoffice/session'
import { readCookie, signToken, verifyToken } from '@/lib/eoffice/signedToken'
import { noticeExpiry, signWebhook, verifyWebhookSignature } from '@/lib/eoffice/webhook'

const env = { PAYLOAD_SECRET: 'unit-secret-0123456789abcdef' }

describe('webhook signature window', () => {
  const secret = 's3cret-s3cret-s3cret'
  const body = '{"messageId":"1"}'
  const now = 1_800_000_000_000
  const at = (offsetSeconds: number) => {
    const timestamp = String(now / 1000 + offsetSeconds)
    return verifyWebhookSignature({
      secret,
      timestamp,
      signature: signWebhook(secret, timestamp, body),
      rawBody: body,
      now,
    })
  }

  it.each([0, -300, 300, -1, 1])('accepts a timestamp %i s from now', (offset) => {
    expect(at(offset)).toEqual({ ok: true })
  })

  it.each([
    [-301, 'timestamp too old'],
    [301, 'timestamp in the future'],
    [-86_400, 'timestamp too old'],
  ])('refuses %i s', (offset, reason) => {
    expect(at(offset)).toEqual({ ok: false, reason })
  })

  it('accepts the hex signature in either case and refuses a one-bit change', () => {
    const timestamp = String(now / 1000)
    const good = signWebhook(secret, timestamp, body)
    expect(
      verifyWebhookSignature({
        secret,
        timestamp,
        signature: good.toUpperCase().replace('SHA256', 'sha256'),
        rawBody: body,
        now,
      }),
    ).toEqual({ ok: true })
    const flipped = good.slice(0, -1) + (good.at(-1) === '0' ? '1' : '0')
    expect(
      verifyWebhookSignature({ secret, timestamp, signature: flipped, rawBody: body, now }).ok,
    ).toBe(false)
  })
})

describe('signed tokens and cookies', () => {
  const key = deriveKey('citizen-session', env)

  it('round-trips, expires, and refuses tampering or another key', () => {
    const token = signToken({ l: 7 }, key, { ttlSeconds: 60, now: 1_000_000 })
    expect(verifyToken(token, key, 1_000_000)).toMatchObject({ l: 7 })
    expect(verifyToken(token, key, 1_000_000 + 61_000)).toBeNull()
    const [body, mac] = token.split('.')
    const other = Buffer.from(JSON.stringify({ l: 8, exp: 9e9 })).toString('base64url')
    expect(verifyToken(`${other}.${mac}`, key, 1_000_000)).toBeNull()
    expect(verifyToken(`${body}.${mac}x`, key, 1_000_000)).toBeNull()
    expect(verifyToken(token, deriveKey('oidc-transaction', env), 1_000_000)).toBeNull()
    expect(verifyToken('garbage', key)).toBeNull()
    expect(verifyToken(undefined, key)).toBeNull()
  })

  it('keys differ by purpose and by root secret; a citizen secret takes precedence', () => {
    expect(deriveKey('subject-hash', env).equals(deriveKey('citizen-session', env))).toBe(false)
    const own = { ...env, PLAZA_CITIZEN_SESSION_SECRET: 'citizen-secret-0123456789' }
    expect(subjectHash('https://id.example', 'abc', own)).not.toBe(
      subjectHash('https://id.example', 'abc', env),
    )
    expect(subjectHash('https://id.example', 'abc', env)).toMatch(/^[0-9a-f]{64}$/)
    expect(() =>
      deriveKey('subject-hash', { ...env, PLAZA_CITIZEN_SESSION_SECRET: 'short' }),
    ).toThrow(/too short/)
  })

  it('session cookie: HttpOnly, SameSite=Lax, an hour, Secure except plain-http loopback', () => {
    const production = { ...env, PLAZA_SERVER_URL: 'https://city.example' }
    const cookie = sessionCookie({ linkId: 12, sessionId: 'session-id-0123456789' }, production)
    expect(cookie).toMatch(
      /^plaza_citizen=[^;]+; Path=\/; Max-Age=3600; HttpOnly; SameSite=Lax; Secure$/,
    )
    const local = serializeCookie('x', 'y', {
      path: '/',
      maxAgeSeconds: 5,
      env: { ...env, PLAZA_SERVER_URL: 'http://127.0.0.1:3000' },
    })
    expect(local).not.toMatch(/Secure/)
    const value = readCookie(
      `a=b; plaza_citizen=${cookie.split(';')[0].split('=')[1]}`,
      'plaza_citizen',
    )
    expect(sessionLinkId(value, production)).toBe(12)
    expect(sessionLinkId(value, { PAYLOAD_SECRET: 'another-secret-0123456789' })).toBeNull()
  })
})

describe('settings and small rules', () => {
  it('is off without an issuer or client id; the redirect URI comes from PLAZA_SERVER_URL', () => {
    expect(readOidcSettings(env)).toBeNull()
    expect(readOidcSettings({ ...env, EOFFICE_OIDC_ISSUER: 'https://id.example' })).toBeNull()
    expect(
      readOidcSettings({
        ...env,
        EOFFICE_OIDC_ISSUER: 'https://id.example/',
        EOFFICE_OIDC_CLIENT_ID: 'plaza',
        PLAZA_SERVER_URL: 'https://city.example',
      }),
    ).toEqual({
      issuer: 'https://id.example',
      clientId: 'plaza',
      clientSecret: '',
      redirectUri: 'https://city.example/api/eoffice/callback',
    })
  })

  it.each([
    ['/es/my/notifications', '/es/my/notifications'],
    ['//evil.example', '/en/my/notifications'],
    ['https://evil.example', '/en/my/notifications'],
    ['/\\evil.example', '/en/my/notifications'],
    ['/en/\u0000', '/en/my/notifications'],
    [null, '/en/my/notifications'],
  ])('safeNextPath(%j) → %s', (value, expected) => {
    expect(safeNextPath(value, '/en/my/notifications')).toBe(expected)
  })

  it('keeps a notice for the retention days from its date, never from the future', () => {
    const now = new Date('2026-11-26T10:00:00Z')
    expect(noticeExpiry('2026-11-20T10:00:00Z', 90, now).toISOString()).toBe(
      '2027-02-18T10:00:00.000Z',
    )
    expect(noticeExpiry('2030-01-01T00:00:00Z', 1, now).toISOString()).toBe(
      '2026-11-27T10:00:00.000Z',
    )
  })
})
