import type { Payload, Where } from 'payload'

import { asUser } from '../db/asUser'

// Payload's own "delete my admin preference" endpoint (DELETE /api/payload-preferences/:key)
// builds a query the SQL adapters cannot run (a polymorphic `user` filter inside a
// deleteOne), so every call answers 500. This does the same thing in two steps the
// adapters support: find the caller's preference, then delete it by id, both as the caller
// (Payload's own rule: a preference is its owner's only).
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
