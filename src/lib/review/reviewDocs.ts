import type { PayloadRequest } from 'payload'

export type DocRef = { relationTo: string; value: number | string }

/** A polymorphic relationship value, populated or not, as `{ relationTo, value: id }`. */
export function docRef(value: unknown): DocRef | null {
  if (!value || typeof value !== 'object') return null
  const { relationTo, value: inner } = value as { relationTo?: unknown; value?: unknown }
  if (typeof relationTo !== 'string') return null
  const id =
    inner && typeof inner === 'object' ? (inner as { id?: unknown }).id : (inner as unknown)
  if (typeof id !== 'number' && typeof id !== 'string') return null
  return { relationTo, value: id }
}

/** The newest version (draft or published) of a document: what a reviewer sees. */
export async function latestVersionId(req: PayloadRequest, ref: DocRef): Promise<string | null> {
  const { docs } = await req.payload.findVersions({
    collection: ref.relationTo as never,
    where: { parent: { equals: ref.value } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ? String(docs[0].id) : null
}

/** How a person appears in the queue: editors may not read other users' accounts. */
export function personLabel(user: unknown): string | null {
  const u = user as { name?: string | null; email?: string | null } | null | undefined
  if (!u) return null
  return u.name?.trim() || u.email || null
}
