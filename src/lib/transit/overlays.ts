// The editors' overlay records (transit-lines, transit-stops) as the public reads them.
import type { Payload } from 'payload'

import type { TransitLine, TransitStop } from '@/payload-types'

import type { LineSummary } from './query'

export async function lineOverlays(
  payload: Payload,
  locale: string,
): Promise<Map<string, TransitLine>> {
  const { docs } = await payload.find({
    collection: 'transit-lines',
    depth: 0,
    pagination: false,
    locale: locale as never,
    overrideAccess: false,
  })
  return new Map(docs.map((d) => [d.routeId, d]))
}

/** The feed's colour unless an editor set an override. */
export function withOverlay(line: LineSummary, overlay: TransitLine | undefined): LineSummary {
  return overlay?.color ? { ...line, color: overlay.color.toUpperCase() } : line
}

export async function stopOverlay(
  payload: Payload,
  stopId: string,
  locale: string,
): Promise<TransitStop | null> {
  const { docs } = await payload.find({
    collection: 'transit-stops',
    where: { stopId: { equals: stopId } },
    depth: 0,
    limit: 1,
    locale: locale as never,
    overrideAccess: false,
  })
  return docs[0] ?? null
}
