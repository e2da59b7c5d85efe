// What the transit pages and API routes read: the timetable in service (cached per process
// and feed), the editors' overlay records and the alerts pointing at a line or stop.
import type { Payload } from 'payload'

import { alertPhase, isPublicAlert } from '@/lib/alerts/selection'
import { getPayloadClient } from '@/lib/content/payload'
import type { LngLat } from '@/lib/geo/distance'
import { fallbackLogger, lastGood } from '@/lib/resilience/lastGood'
import type { Alert } from '@/payload-types'

import { nearbyStops } from './nearbyStops'
import { loadActiveTimetable, type ActiveTimetable } from './storage'

export { lineOverlays, stopOverlay, withOverlay } from './overlays'

export async function activeTransit(): Promise<{
  payload: Payload
  active: ActiveTimetable | null
}> {
  const payload = await getPayloadClient()
  return { payload, active: await loadActiveTimetable(payload) }
}

// With the database down a transit page shows the alerts last read for the same records,
// minus those that have expired since (src/lib/resilience/lastGood.ts).
const keptAlerts = lastGood<Alert[]>({
  maxEntries: 2000,
  onFallback: fallbackLogger('transit alerts'),
})

// The alert rules the pages and feeds share: public and in force (onset ≤ now < expires).
const inForce = (alert: Alert, now: Date) =>
  isPublicAlert(alert) && alertPhase(alert, now) === 'active'

/** Published, real, current alerts naming one of these overlay records. */
export async function activeAlertsFor(
  payload: Payload,
  field: 'affects.lines' | 'affects.stops',
  ids: (number | string)[],
  locale: string,
  now = new Date(),
): Promise<Alert[]> {
  if (ids.length === 0) return []
  const key = `${field}:${locale}:${[...ids].map(String).sort().join(',')}`
  const read = async () => {
    const { docs } = await payload.find({
      collection: 'alerts',
      where: {
        and: [
          { [field]: { in: ids } },
          { status: { equals: 'Actual' } },
          { withdrawn: { not_equals: true } },
          { onset: { less_than_equal: now.toISOString() } },
          {
            or: [{ expires: { exists: false } }, { expires: { greater_than: now.toISOString() } }],
          },
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
  return (await keptAlerts.read(key, read)).filter((alert) => inForce(alert, now))
}

/** Nearby stops for a page: the public site's Payload instance, the timetable in service. */
export async function stopsNear(from: LngLat, locale: string) {
  return nearbyStops(await getPayloadClient(), from, locale)
}
