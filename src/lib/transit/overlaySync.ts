import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import type { Timetable } from './model'

/**
 * One editorial record per line and stop (created when new, only `name` refreshed), so
 * alerts can point at them; descriptions and notes typed by editors are never touched.
 */
export type OverlayItems = ReturnType<typeof overlayItemsOf>

export function overlayItemsOf(timetable: Timetable) {
  return [
    {
      collection: 'transit-lines' as const,
      key: 'routeId' as const,
      items: timetable.routes.map((r) => ({
        id: r.id,
        name: [r.shortName, r.longName].filter(Boolean).join(' ') || r.id,
      })),
    },
    {
      collection: 'transit-stops' as const,
      key: 'stopId' as const,
      items: timetable.stops
        // Stations and stand-alone stops: what riders name (platforms share their station's).
        .filter((s) => s.locationType === 1 || (s.locationType === 0 && s.parent === -1))
        .map((s) => ({ id: s.id, name: s.name || s.id })),
    },
  ]
}

/** Records written per transaction: one commit per batch instead of one per record. */
const OVERLAY_BATCH = 250

/**
 * Creates missing records and renames changed ones in batches that commit once each: single
 * commits made this the import's slowest step. Records already right are not written.
 */
export async function syncOverlay(
  payload: Payload,
  sets: OverlayItems,
  onBatch?: (done: number, total: number) => void,
) {
  const work: ((req: PayloadRequest) => Promise<unknown>)[] = []
  for (const { collection, key, items } of sets) {
    const { docs } = await payload.find({
      collection,
      select: { [key]: true, name: true },
      depth: 0,
      pagination: false,
    })
    const existing = new Map(
      docs.map((d) => [(d as unknown as Record<string, unknown>)[key] as string, d]),
    )
    for (const item of items) {
      const doc = existing.get(item.id)
      if (!doc)
        work.push((req) =>
          payload.create({
            collection,
            data: { [key]: item.id, name: item.name } as never,
            depth: 0,
            req,
          }),
        )
      else if (doc.name !== item.name)
        work.push((req) =>
          payload.update({ collection, id: doc.id, data: { name: item.name }, depth: 0, req }),
        )
    }
  }
  for (let start = 0; start < work.length; start += OVERLAY_BATCH) {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      for (const write of work.slice(start, start + OVERLAY_BATCH)) await write(req)
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    onBatch?.(Math.min(start + OVERLAY_BATCH, work.length), work.length)
  }
}
