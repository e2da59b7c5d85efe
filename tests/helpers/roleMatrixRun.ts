// What the role-matrix test files share: the three staff users with their tokens, and
// "as this actor" options for the Local API (`overrideAccess: false`, the rules REST and
// GraphQL apply). Each file starts its own Payload on its own database.
import type { Payload } from 'payload'

import type { Actor, Doc, Role } from './accessMatrix'

export type RoleUsers = Record<Role, Doc & Record<string, unknown>>

export const noRevalidate = { disableRevalidate: true, disableSearchSync: true }

/** Creates an admin, an editor and a contributor, and signs each in. */
export async function createRoleUsers(
  payload: Payload,
  tag: string,
): Promise<{ users: RoleUsers; tokens: Record<Role, string> }> {
  const users = {} as RoleUsers
  const tokens = {} as Record<Role, string>
  for (const role of ['admin', 'editor', 'contributor'] as Role[]) {
    const email = `${role}-${tag}@test.example`
    users[role] = (await payload.create({
      collection: 'users',
      data: { email, password: 'correct-horse-battery', role },
      overrideAccess: true,
    })) as unknown as Doc & Record<string, unknown>
    const login = await payload.login({
      collection: 'users',
      data: { email, password: 'correct-horse-battery' },
    })
    tokens[role] = login.token!
  }
  return { users, tokens }
}

/** Local API options that act as `actor`, under the same access rules as REST and GraphQL. */
export function asActor(users: RoleUsers, actor: Actor) {
  return actor === 'anonymous'
    ? { overrideAccess: false, context: { ...noRevalidate } }
    : {
        overrideAccess: false,
        user: { ...users[actor], collection: 'users' },
        // A fresh object each time: Payload writes into the context (a restore marks it).
        context: { ...noRevalidate },
      }
}

/** 'ok' when the operation went through, 'forbidden' when access refused it. */
export async function outcome(fn: () => Promise<unknown>): Promise<'ok' | 'forbidden'> {
  try {
    await fn()
    return 'ok'
  } catch (error) {
    const status = (error as { status?: number }).status
    // A record outside the actor's rows (e.g. another user) is as good as absent: 404.
    if (status === 401 || status === 403 || status === 404 || (error as Error).name === 'Forbidden')
      return 'forbidden'
    throw error
  }
}
