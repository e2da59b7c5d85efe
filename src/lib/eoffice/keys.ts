// Citizen-side keys, derived by HKDF from one root secret so a leaked session key says nothing
// about identity hashes. Rotating the root signs everyone out and orphans existing links.
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
 * The only trace of a citizen's identity Plaza keeps: an HMAC over issuer and `sub`, matchable
 * to a webhook's recipient but not reversible nor linkable across services.
 */
export function subjectHash(issuer: string, sub: string, env: Env = process.env): string {
  return createHmac('sha256', deriveKey('subject-hash', env))
    .update(`${issuer}\n${sub}`)
    .digest('hex')
}
