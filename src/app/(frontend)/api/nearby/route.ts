// GET /api/nearby: a Next.js route, not a Payload endpoint (public and read-only); this static
// segment takes precedence over Payload's /api/[...slug] catch-all.
import { getPayloadClient } from '@/lib/content/payload'
import { nearbyResponse } from '@/lib/geo/nearbyResponse'
import { withRateLimit } from '@/lib/http/rateLimit'
import { unavailableWhenDatabaseDown } from '@/lib/resilience/databaseOutage'

// Distances and opening status depend on the query and on the clock: never prerendered.
export const dynamic = 'force-dynamic'

export const GET = withRateLimit(
  'nearby',
  unavailableWhenDatabaseDown(async (request: Request): Promise<Response> => {
    const { status, body } = await nearbyResponse(
      await getPayloadClient(),
      new URL(request.url).searchParams,
    )
    return Response.json(body, {
      status,
      headers: { 'Cache-Control': 'no-store' },
    })
  }, getPayloadClient),
)
