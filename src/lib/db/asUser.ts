// Local API writes made on behalf of a signed-in person (docs/SECURITY.md). The
// Local API defaults to `overrideAccess: true` and `overrideLock: true`: it would let any
// code path change what the person may not, or a document another editor has open. Writes
// for a person go through this, so their access rules and document locks apply exactly as
// over REST; system work (jobs, imports, seed, backup, audit log) writes as the system and
// is listed with its reason in tests/unit/localApiWrites.spec.ts.
import type { TypedUser } from 'payload'

export type ActingUser = TypedUser

/** The options of a Local API call, made as `user`: access rules and locks enforced. */
export function asUser<Options extends object>(
  user: ActingUser,
  options: Options,
): Options & { user: ActingUser; overrideAccess: false; overrideLock: false } {
  return { ...options, user, overrideAccess: false, overrideLock: false }
}
