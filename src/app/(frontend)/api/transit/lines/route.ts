import { getPayloadClient } from '@/lib/content/payload'
import { withRateLimit } from '@/lib/http/rateLimit'
import { activeTransit, lineOverlays, withOverlay } from '@/lib/transit/read'
import { unavailableWhenDatabaseDown } from '@/lib/resilience/databaseOutage'

import { jsonError, jsonOk, NO_TIMETABLE } from '../respond'

export const dynamic = 'force-dynamic'

/** GET /api/transit/lines: every line with its mode and colours, metro and rail first. */
export const GET = withRateLimit(
  'transit',
  unavailableWhenDatabaseDown(async (_request: Request) => {
    const { payload, active } = await activeTransit()
    if (!active) return jsonError(503, NO_TIMETABLE)
    const overlays = await lineOverlays(payload, 'en')
    return jsonOk(active.index.lines().map((line) => withOverlay(line, overlays.get(line.routeId))))
  }, getPayloadClient),
)
