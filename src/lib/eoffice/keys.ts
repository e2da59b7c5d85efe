// Keys for the citizen side of "Connect my electronic office", all derived from one root
// secret (PLAZA_CITIZEN_SESSION_SECRET, or PAYLOAD_SECRET when that is not set) with HKDF,
// so that a leaked session key says nothing about the identity hashes and vice versa.
// Rotating the root secret signs every citizen out and orphans existing links (their
// subject hashes no longer match): citizens connect again.
import { createHmac, hkdfSync } from 'node:crypto'

import { readPayloadSecret, type Env } from '@/lib/config/env'

export type KeyPurpose = 'subject-hash' | 'citizen-session' | 'oidc-transaction'

function rootSecret(env: Env): string {
  const own = env.PLAZA_CITIZEN_SESSION_SECRET?.trim()
  if (own) {
    if (own.length < 16) {
      throw new Error('PLAZA_CITIZEN_SESSION_SECRET is too short: use at least 16 characters.')
    }
    return own
  }
  return readPayloadSecret(env)
}

const cache = new Map<string, Buffer>()

/** A 32-byte key for one purpose, derived from the root secret. */
export function deriveKey(purpose: KeyPurpose, env: Env = process.env): Buffer {
  const root = rootSecret(env)
  const cacheKey = `${purpose}\n${root}`
  let key = cache.get(cacheKey)
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', root, 'plaza-eoffice', purpose, 32))
    cache.set(cacheKey, key)
  }
  return key
}

/**
 * The only trace of a citizen's identity that Plaza keeps: HMAC-SHA256 over issuer and
 * `sub`, so that the stored value can be matched to a webhook's recipient but not reversed
 * or linked to the same person at another service.
 */
export function subjectHash(issuer: string, sub: string, env: Env = process.env): string {
  return createHmac('sha256', deriveKey('subject-hash', env))
    .update(`${issuer}\n${sub}`)
    .digest('hex')
}
