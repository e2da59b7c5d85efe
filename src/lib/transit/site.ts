// What the transit pages and API routes read: the timetable in service (cached per process
// and feed), the editors' overlay records and the alerts pointing at a line or stop.
import type { Payload } from 'payload'

import { getPayloadClient } from '@/lib/content/payload'
import type { Alert, TransitLine, TransitStop } from '@/payload-types'

import type { LineSummary } from './query'
import { loadActiveTimetable, type ActiveTimetable } from './storage'

export async function activeTransit(): Promise<{
  payload: Payload
  active: ActiveTimetable | null
}> {
  const payload = await getPayloadClient()
  return { payload, active: await loadActiveTimetable(payload) }
}

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

/** Published, real, current alerts naming one of these overlay records. */
export async function activeAlertsFor(
  payload: Payload,
  field: 'affects.lines' | 'affects.stops',
  ids: (number | string)[],
  locale: string,
  now = new Date(),
): Promise<Alert[]> {
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'alerts',
    where: {
      and: [
        { [field]: { in: ids } },
        { status: { equals: 'Actual' } },
        { withdrawn: { not_equals: true } },
        { onset: { less_than_equal: now.toISOString() } },
        { or: [{ expires: { exists: false } }, { expires: { greater_than: now.toISOString() } }] },
      ],
    },
    depth: 0,
    limit: 20,
    sort: '-onset',
    locale: locale as never,
    overrideAccess: false,
  })
  return docs
}
