// The editors' overlay records (transit-lines, transit-stops) as the public reads them.
import type { Payload } from 'payload'

import type { TransitLine, TransitStop } from '@/payload-types'

import { fallbackLogger, lastGood } from '@/lib/resilience/lastGood'

import type { LineSummary } from './lines'

// Transit pages are rendered per request (departures move with the clock): with the database
// down they use the overlay records last read (src/lib/resilience/lastGood.ts).
const keptLineOverlays = lastGood<TransitLine[]>({
  onFallback: fallbackLogger('transit line records'),
})
const keptStopOverlays = lastGood<TransitStop | null>({
  maxEntries: 2000,
  onFallback: fallbackLogger('transit stop records'),
})

export async function lineOverlays(
  payload: Payload,
  locale: string,
): Promise<Map<string, TransitLine>> {
  const docs = await keptLineOverlays.read(locale, async () => {
    const { docs } = await payload.find({
      collection: 'transit-lines',
      depth: 0,
      pagination: false,
      locale: locale as never,
      overrideAccess: false,
    })
    return docs
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
  return keptStopOverlays.read(`${locale}:${stopId}`, async () => {
    const { docs } = await payload.find({
      collection: 'transit-stops',
      where: { stopId: { equals: stopId } },
      depth: 0,
      limit: 1,
      locale: locale as never,
      overrideAccess: false,
    })
    return docs[0] ?? null
  })
}
