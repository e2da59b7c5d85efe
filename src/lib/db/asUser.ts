// The Local API defaults to overriding access and document locks: writes for a person go
// through this so their rules apply as over REST (docs/SECURITY.md). System writes are listed
// with their reason in tests/unit/localApiWrites.spec.ts.
import type { TypedUser } from 'payload'

export type ActingUser = TypedUser

/** The options of a Local API call, made as `user`: access rules and locks enforced. */
export function asUser<Options extends object>(
  user: ActingUser,
  options: Options,
): Options & { user: ActingUser; overrideAccess: false; overrideLock: false } {
  return { ...options, user, overrideAccess: false, overrideLock: false }
}
