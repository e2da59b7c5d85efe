import { getPayloadClient } from '@/lib/content/payload'
import { withRateLimit } from '@/lib/http/rateLimit'
import { activeTransit, lineOverlays, withOverlay } from '@/lib/transit/read'
import { unavailableWhenDatabaseDown } from '@/lib/resilience/databaseOutage'

import { jsonError, jsonOk, NO_TIMETABLE } from '../../respond'

export const dynamic = 'force-dynamic'

/**
 * GET /api/transit/lines/[routeId]: the line, its longest itinerary per direction and every
 * stop pattern it runs.
 */
export const GET = withRateLimit(
  'transit',
  unavailableWhenDatabaseDown(
    async (_: Request, { params }: { params: Promise<{ routeId: string }> }) => {
      const { routeId } = await params
      const { payload, active } = await activeTransit()
      if (!active) return jsonError(503, NO_TIMETABLE)
      const line = active.index.line(routeId)
      if (!line) return jsonError(404, `There is no line with route_id "${routeId}".`)
      const overlays = await lineOverlays(payload, 'en')
      return jsonOk({
        ...withOverlay(line, overlays.get(routeId)),
        itineraries: active.index.itineraries(routeId),
        patterns: active.index.patterns(routeId),
      })
    },
    getPayloadClient,
  ),
)
