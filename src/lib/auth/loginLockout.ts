// Five bad logins lock an account for the client that made them, not for everyone.
// Why: docs/decisions/0009-login-lockout-per-client.md
import {
  LockedAuth,
  type CollectionAfterLoginHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { redisClient } from '@/lib/cluster/redis.mjs'
import { clientAddress } from '@/lib/http/clientAddress'

export const MAX_LOGIN_ATTEMPTS = 5
export const LOCK_MINUTES = 15
const LOCK_MS = LOCK_MINUTES * 60 * 1000
/** Bounds memory under a flood of made-up e-mail addresses from many clients. */
const MAX_TRACKED = 100_000

type Attempts = { count: number; until: number }
type Store = Map<string, Map<string, Attempts>>

const STORE = Symbol.for('plaza.loginLockout')
function store(): Store {
  const global = globalThis as typeof globalThis & { [STORE]?: Store }
  return (global[STORE] ??= new Map())
}

const accountKey = (collection: string, email: string) =>
  `${collection}:${email.trim().toLowerCase()}`

function tracked(): number {
  let n = 0
  for (const clients of store().values()) n += clients.size
  return n
}

function forgetExpired(now: number): void {
  for (const [account, clients] of store()) {
    for (const [client, attempts] of clients) if (attempts.until <= now) clients.delete(client)
    if (clients.size === 0) store().delete(account)
  }
}

/**
 * Counts one attempt of `client` on the account; false when this client has already made
 * MAX_LOGIN_ATTEMPTS unforgiven attempts within the lock period (refuse without checking).
 */
export function countLoginAttempt(
  collection: string,
  email: string,
  client: string,
  now = Date.now(),
): boolean {
  const account = accountKey(collection, email)
  let clients = store().get(account)
  let attempts = clients?.get(client)
  if (attempts && attempts.until <= now) attempts = undefined
  if (attempts && attempts.count >= MAX_LOGIN_ATTEMPTS) return false
  if (!attempts) {
    if (tracked() >= MAX_TRACKED) forgetExpired(now)
    attempts = { count: 0, until: 0 }
  }
  attempts.count++
  attempts.until = now + LOCK_MS
  if (!clients) store().set(account, (clients = new Map()))
  clients.set(client, attempts)
  return true
}

/** A successful login forgives this client's attempts on the account. */
export function forgiveLoginAttempts(collection: string, email: string, client: string): void {
  const clients = store().get(accountKey(collection, email))
  clients?.delete(client)
  if (clients?.size === 0) store().delete(accountKey(collection, email))
}

/** An admin's unlock lifts the account's lock for every client. */
export function unlockAccount(collection: string, email: string): void {
  store().delete(accountKey(collection, email))
}

/** Whether `client` is locked out of the account (tests, admin tools). */
export function isLockedOut(
  collection: string,
  email: string,
  client: string,
  now = Date.now(),
): boolean {
  const attempts = store().get(accountKey(collection, email))?.get(client)
  return Boolean(attempts && attempts.until > now && attempts.count >= MAX_LOGIN_ATTEMPTS)
}

/** Forgets every count (tests). */
export function resetLoginLockout(): void {
  store().clear()
}

// One attempt, atomically: refused (0) at the limit without counting or extending the lock,
// otherwise counted and the lock period restarted; the client joins the account's set, so
// an unlock can find every client's counter.
const COUNT_SCRIPT = `
local n = tonumber(redis.call('GET', KEYS[1]) or '0')
if n >= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], n + 1, 'PX', ARGV[2])
redis.call('SADD', KEYS[2], KEYS[1])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return 1`
const sharedKeys = (collection: string, email: string, client: string) => {
  const account = `plaza:lockout:${accountKey(collection, email)}`
  return { attempts: `${account}:${client}`, clients: `${account}:clients` }
}

/** countLoginAttempt, across instances when REDIS_URL is set. */
export async function countLoginAttemptShared(
  collection: string,
  email: string,
  client: string,
): Promise<boolean> {
  const redis = redisClient('limits')
  if (redis) {
    const keys = sharedKeys(collection, email, client)
    try {
      const allowed = await redis.eval(
        COUNT_SCRIPT,
        2,
        keys.attempts,
        keys.clients,
        MAX_LOGIN_ATTEMPTS,
        LOCK_MS,
      )
      return allowed === 1
    } catch {
      // Redis away: count here.
    }
  }
  return countLoginAttempt(collection, email, client)
}

async function forgetShared(collection: string, email: string, client: string | null) {
  const redis = redisClient('limits')
  if (!redis) return
  const keys = sharedKeys(collection, email, client ?? '')
  try {
    if (client !== null) await redis.del(keys.attempts)
    else {
      const all = await redis.smembers(keys.clients)
      await redis.del(keys.clients, ...all)
    }
  } catch {
    // Redis away: the lock expires by itself.
  }
}

const emailOf = (data: unknown): string | null => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' && email.trim() ? email : null
}

/** Before Payload looks at the password: count the attempt, or refuse a locked client. */
export const countLoginAttempts: CollectionBeforeOperationHook = async ({
  args,
  operation,
  collection,
  req,
}) => {
  if (operation !== 'login') return args
  const email = emailOf((args as { data?: unknown }).data)
  if (
    email &&
    !(await countLoginAttemptShared(collection.slug, email, clientAddress(req.headers)))
  ) {
    throw new LockedAuth(req.t)
  }
  return args
}

export const forgiveOnLogin: CollectionAfterLoginHook = async ({ user, collection, req }) => {
  const email = (user as { email?: unknown }).email
  if (typeof email !== 'string') return
  forgiveLoginAttempts(collection.slug, email, clientAddress(req.headers))
  await forgetShared(collection.slug, email, clientAddress(req.headers))
}

/** After an unlock that passed its access rule (admins only, collections/Users). */
export const unlockForEveryClient: CollectionAfterOperationHook = async ({
  operation,
  args,
  collection,
  result,
}) => {
  if (operation === 'unlock' && result) {
    const email = emailOf((args as { data?: unknown }).data)
    if (email) {
      unlockAccount(collection.slug, email)
      await forgetShared(collection.slug, email, null)
    }
  }
  return result
}
