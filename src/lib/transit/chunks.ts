// A feed's zip and derived timetable, stored as ordered text parts in transit-feed-chunks.
import type { Payload, PayloadRequest } from 'payload'

export type ChunkKind = 'source' | 'timetable'
export type Id = number | string

export async function writeChunks(
  payload: Payload,
  feed: Id,
  kind: ChunkKind,
  parts: string[],
  req?: PayloadRequest,
  onPart?: (done: number) => Promise<void>,
) {
  for (let seq = 0; seq < parts.length; seq++) {
    await payload.create({
      collection: 'transit-feed-chunks',
      data: { feed: feed as number, kind, seq, data: parts[seq] },
      depth: 0,
      req,
    })
    await onPart?.(seq + 1)
  }
}

export async function readChunks(
  payload: Payload,
  feed: Id,
  kind: ChunkKind,
): Promise<string[] | null> {
  const { docs } = await payload.find({
    collection: 'transit-feed-chunks',
    where: { and: [{ feed: { equals: feed } }, { kind: { equals: kind } }] },
    select: { seq: true, data: true },
    sort: 'seq',
    depth: 0,
    pagination: false,
  })
  if (docs.length === 0) return null
  return docs.map((d) => d.data)
}

export async function deleteChunks(
  payload: Payload,
  where: Parameters<Payload['delete']>[0]['where'],
) {
  await payload.delete({ collection: 'transit-feed-chunks', where: where!, depth: 0 })
}

/** Called when a zip is uploaded: keep its bytes in the database, then queue the import. */
