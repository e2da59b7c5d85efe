// The login lockout (docs/SECURITY.md): five bad logins lock the account for
// the client that made them, not for everyone. Payload's own lockout (`maxLoginAttempts`)
// locks the account itself, so a stranger who knows an editor's e-mail could keep them out
// of the CMS during an emergency with five requests; here the stranger locks only their own
// address (an IPv6 /64, src/lib/http/clientAddress.ts) for that account, for 15 minutes,
// while the editor signs in from anywhere else.
//
// Every attempt is counted before the password is checked and forgiven when it succeeds, so
// a locked client learns nothing about the password (the right one gets the same refusal),
// and parallel attempts count exactly like sequential ones. The counts live in this process's
// memory, like the rate limits (src/lib/http/rateLimit.ts): a restart forgets them, and each
// instance of a multi-instance deployment counts on its own.
import {
  LockedAuth,
  type CollectionAfterLoginHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
} from 'payload'

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

const emailOf = (data: unknown): string | null => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' && email.trim() ? email : null
}

/** Before Payload looks at the password: count the attempt, or refuse a locked client. */
export const countLoginAttempts: CollectionBeforeOperationHook = ({
  args,
  operation,
  collection,
  req,
}) => {
  if (operation !== 'login') return args
  const email = emailOf((args as { data?: unknown }).data)
  if (email && !countLoginAttempt(collection.slug, email, clientAddress(req.headers))) {
    throw new LockedAuth(req.t)
  }
  return args
}

export const forgiveOnLogin: CollectionAfterLoginHook = ({ user, collection, req }) => {
  const email = (user as { email?: unknown }).email
  if (typeof email === 'string')
    forgiveLoginAttempts(collection.slug, email, clientAddress(req.headers))
}

/** After an unlock that passed its access rule (admins only, collections/Users). */
export const unlockForEveryClient: CollectionAfterOperationHook = ({
  operation,
  args,
  collection,
  result,
}) => {
  if (operation === 'unlock' && result) {
    const email = emailOf((args as { data?: unknown }).data)
    if (email) unlockAccount(collection.slug, email)
  }
  return result
}
