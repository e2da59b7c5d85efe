// GET /api/open-data/services.json: published services as Open Referral HSDS 3 (see
// src/lib/opendata/hsds.ts). ?locale=es for the Spanish texts.
import { readServerUrl } from '@/lib/config/env'
import { getPayloadClient } from '@/lib/content/payload'
import { servicesOpenDataResponse } from '@/lib/opendata/servicesOpenData'
import { withRateLimit } from '@/lib/http/rateLimit'
import { unavailableWhenDatabaseDown } from '@/lib/resilience/databaseOutage'

export const dynamic = 'force-dynamic'

export const GET = withRateLimit(
  'openData',
  unavailableWhenDatabaseDown(async (request: Request): Promise<Response> => {
    const { status, body } = await servicesOpenDataResponse(
      await getPayloadClient(),
      new URL(request.url).searchParams,
      readServerUrl(),
    )
    return Response.json(body, {
      status,
      // Open data: anyone may read it from any origin (no credentials involved).
      headers: { 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' },
    })
  }, getPayloadClient),
)
