import type { Payload, Where } from 'payload'

import { asUser } from '../db/asUser'

// Payload's DELETE /api/payload-preferences/:key builds a query the SQL adapters cannot run
// (500), so: find the caller's own preference, then delete it by id, both as the caller.
export async function deleteOwnPreference(
  payload: Payload,
  headers: Headers,
  key: string,
): Promise<Response> {
  const { user } = await payload.auth({ headers })
  if (!user) return Response.json({ errors: [{ message: 'Log in first.' }] }, { status: 401 })
  const found = await payload.find(
    asUser(user, {
      collection: 'payload-preferences' as const,
      where: <Where>{
        and: [
          { key: { equals: key } },
          { 'user.value': { equals: user.id } },
          { 'user.relationTo': { equals: user.collection } },
        ],
      },
      limit: 1,
      depth: 0,
    }),
  )
  const preference = found.docs[0]
  if (!preference)
    return Response.json({ errors: [{ message: 'No such preference.' }] }, { status: 404 })
  await payload.delete(
    asUser(user, { collection: 'payload-preferences' as const, id: preference.id }),
  )
  return Response.json({ message: 'Deleted.' })
}
